/** The real ORCID v3.0 samples in ../shared/data/orcid (read at test time, never copied into the repo). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ORCID_DIR = path.resolve(process.cwd(), '../shared/data/orcid');
export const RECORD_FILE = path.join(ORCID_DIR, 'record-full-3.0.json');

export const sampleFiles = (): string[] => readdirSync(ORCID_DIR).filter((f) => f.endsWith('.json')).sort();

export type Json = any;

export function readSample(name: string): Json {
  return JSON.parse(readFileSync(path.join(ORCID_DIR, name), 'utf8'));
}

export const fullRecord = (): Json => readSample('record-full-3.0.json');

/** `{year, month?, day?}` → `YYYY[-MM[-DD]]`, written independently of the importer. */
export function fuzzy(d: Json): string | undefined {
  if (!d?.year?.value) return undefined;
  return [d.year.value, d.month?.value, d.day?.value].filter(Boolean).join('-');
}

export const AFFILIATION_SECTIONS = {
  employments: 'employment',
  'invited-positions': 'invited-position',
  distinctions: 'distinction',
  memberships: 'membership',
  services: 'service',
} as const;

/** Every summary of an affiliation section of a full record, as [section, summary]. */
export function affiliationSummaries(record: Json): [string, Json][] {
  const out: [string, Json][] = [];
  for (const [key, section] of Object.entries(AFFILIATION_SECTIONS)) {
    for (const group of record['activities-summary'][key]['affiliation-group']) {
      for (const summary of group.summaries) out.push([section, summary[`${section}-summary`]]);
    }
  }
  return out;
}

export function fundingSummaries(record: Json): Json[] {
  return record['activities-summary'].fundings.group.flatMap((g: Json) => g['funding-summary']);
}
