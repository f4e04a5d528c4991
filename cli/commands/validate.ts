import { parseBackup, readJson } from '@/lib/io';
import { listProblems, Template, type Problem } from '@/lib/model';
import type { Command } from '../command';
import { readTextFile } from '../files';

type Outcome = { ok: true; summary: string } | { ok: false; problems: Problem[] };

/** Backup or template, told apart by the file's own `format` field. */
function validateText(text: string): Outcome {
  const json = readJson(text);
  if (!json.ok) return json;
  const format = (json.data as { format?: unknown } | null)?.format;
  if (format === 'candor.template') {
    const version = (json.data as { version?: unknown }).version;
    if (typeof version === 'number' && version > 1) {
      return { ok: false, problems: [{ path: 'version', message: `This template was made for a newer Candor (format version ${version}). Update Candor to read it.` }] };
    }
    const parsed = Template.safeParse(json.data);
    if (!parsed.success) return { ok: false, problems: listProblems(parsed.error) };
    return { ok: true, summary: `template with ${parsed.data.entries.length} entries` };
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, summary: `backup with ${parsed.backup.entries.length} entries` };
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate <file>',
  summary: 'Check a backup or institution template file; list each problem with its path',
  async run(args) {
    if (args.length !== 1) {
      console.error('Usage: npm run candor -- validate <file>');
      return 2;
    }
    const text = readTextFile(args[0]);
    if (text === undefined) return 2;
    const outcome = validateText(text);
    if (outcome.ok) {
      console.log(`OK: ${outcome.summary}`);
      return 0;
    }
    for (const p of outcome.problems) console.log(`${p.path}: ${p.message}`);
    return 1;
  },
};
