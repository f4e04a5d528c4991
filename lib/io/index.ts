/** Import and export: backup JSON, CSV, the demo profile, and the JSON Schemas of the public formats. */
export {
  exportBackup, backupFileName, serializeBackup, parseBackup, upgradeBackupV1, previewImport, applyImport, LAST_IMPORT_META_KEY,
  type ImportMode, type ImportPreview, type ParseBackupResult,
} from './backup';
export { readJson } from './json-text';
export { entriesToCsv, csvFileName, csvColumns, neutraliseFormula } from './csv';
export { demoBackup, loadDemoProfile } from './demo';
export { formatJsonSchemas } from './json-schema';
export { parseOrcidRecord, normaliseOrcidId, normaliseFundref, fundingStatus, sectionFromFileName, ORCID_SECTIONS, PAYMENT_NOT_RECORDED, type OrcidSection, type OrcidProblem, type OrcidPerson, type ParsedOrcid, type ParseOrcidOptions } from './orcid';
export { planOrcidImport, applyOrcidImport, orcidPlannedWrites, fillPersonFromOrcid, type OrcidImportPlan, type OrcidFieldChange, type AppliedOrcidImport } from './orcid-plan';
export { fetchOrcidRecord, orcidRecordUrl, OrcidFetchError, ORCID_PUBLIC_API, type OrcidFetchFailure, type FetchOrcidOptions } from './orcid-fetch';
