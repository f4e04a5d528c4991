import { writeFileSync } from 'node:fs';
import {
  fillPersonFromOrcid, parseBackup, parseOrcidRecord, planOrcidImport, orcidPlannedWrites, readJson, sectionFromFileName, serializeBackup,
  ORCID_SECTIONS, type OrcidSection,
} from '@/lib/io';
import { Backup, BACKUP_VERSION, DEFAULT_SETTINGS, listProblems, type Backup as BackupType } from '@/lib/model';
import { usageError, type Command } from '../command';
import { readTextFile } from '../files';

const USAGE = 'import orcid <record.json> [--into <backup.json>] --out <backup.json> [--today YYYY-MM-DD] [--section <name>]';

interface ImportArgs {
  record: string;
  into?: string;
  out: string;
  today?: string;
  section?: OrcidSection;
}

function parseArgs(args: string[]): ImportArgs | string {
  const [source, record, ...rest] = args;
  if (source !== 'orcid') return source ? `Unknown import source "${source}": only "orcid" is supported` : 'Say what to import: orcid';
  if (!record || record.startsWith('--')) return 'Give the ORCID record file (JSON)';
  const out: Partial<ImportArgs> = { record };
  for (let i = 0; i < rest.length; i++) {
    const [arg, value] = [rest[i], rest[i + 1]];
    if (!['--into', '--out', '--today', '--section'].includes(arg)) return `Unexpected argument ${arg}`;
    if (!value || value.startsWith('--')) return `${arg} needs a value`;
    i++;
    if (arg === '--into') out.into = value;
    else if (arg === '--out') out.out = value;
    else if (arg === '--today') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return '--today needs a date as YYYY-MM-DD';
      out.today = value;
    } else {
      if (!(ORCID_SECTIONS as readonly string[]).includes(value)) return `--section is one of ${ORCID_SECTIONS.join(', ')}`;
      out.section = value as OrcidSection;
    }
  }
  if (!out.out) return 'Give --out <backup.json> for the result';
  return out as ImportArgs;
}

export const importCommand: Command = {
  name: 'import',
  usage: USAGE,
  summary: 'Merge an ORCID record (JSON) into a backup: appointments and support, re-import safe',
  async run(args) {
    const parsedArgs = parseArgs(args);
    if (typeof parsedArgs === 'string') return usageError(parsedArgs, USAGE);
    const { record, into, out, today, section } = parsedArgs;
    const recordText = readTextFile(record);
    if (recordText === undefined) return 1;
    const json = readJson(recordText);
    if (!json.ok) {
      for (const p of json.problems) console.error(`${record}: ${p.message}`);
      return 1;
    }
    const parsed = parseOrcidRecord(json.data, { today, section: section ?? sectionFromFileName(record) });

    let base: BackupType | undefined;
    if (into) {
      const text = readTextFile(into);
      if (text === undefined) return 1;
      const existing = parseBackup(text);
      if (!existing.ok) {
        for (const p of existing.problems) console.error(`${into}: ${p.path}: ${p.message}`);
        return 1;
      }
      base = existing.backup;
    }
    const person = fillPersonFromOrcid(base?.profile.person, parsed.person);
    if (!person.familyName) {
      console.error('The record has no family name, and a new backup needs one: pass --into <backup.json> with your profile.');
      return 1;
    }
    const now = new Date().toISOString();
    const plan = planOrcidImport(parsed, base?.entries ?? [], now);
    const written = new Map(orcidPlannedWrites(plan).map((e) => [e.id, e]));
    const candidate = {
      format: 'candor.backup',
      version: BACKUP_VERSION,
      exportedAt: now,
      profile: { ...(base?.profile ?? { settings: DEFAULT_SETTINGS }), person },
      // Existing entries keep their order; updates replace them in place, additions go at the end.
      entries: [...(base?.entries ?? []).map((e) => written.get(e.id) ?? e), ...plan.added],
      templates: base?.templates ?? [],
    };
    const backup = Backup.safeParse(candidate);
    if (!backup.success) {
      for (const p of listProblems(backup.error)) console.error(`${p.path}: ${p.message}`);
      return 1;
    }
    writeFileSync(out, serializeBackup(backup.data));

    const problems = [...parsed.problems, ...plan.problems];
    console.log(`ORCID import → ${out}`);
    console.log(`  added ${plan.added.length}, updated ${plan.updated.length}, unchanged ${plan.unchanged.length}, left alone ${plan.untouched.length}`);
    for (const u of plan.updated) console.log(`  updated ${u.after.id}: ${u.changes.map((c) => c.path).join(', ')}`);
    if (plan.needsReview.length) console.log(`  to check (${plan.needsReview.length}):`);
    for (const r of plan.needsReview) console.log(`    ${r.item}: ${r.reason}`);
    if (parsed.skipped.length) console.log(`  not imported (${parsed.skipped.length}):`);
    for (const s of parsed.skipped) console.log(`    ${s.item}: ${s.message}`);
    console.log(`  problems: ${problems.length}`);
    for (const p of problems) console.log(`    ${p.item}: ${p.message}`);
    return 0;
  },
};
