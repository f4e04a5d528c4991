import type { Citation, Gap } from '@/lib/model';
import { BUILTIN_PACKS, countBySeverity, evaluate, packById } from '@/lib/rules';
import { usageError, type Command } from '../command';
import { readBackupFile } from '../files';

const USAGE = 'check <backup.json> [--pack id …] [--json] [--today YYYY-MM-DD]';

interface CheckArgs {
  file: string;
  packs: string[];
  json: boolean;
  today?: string;
}

/** Parses the arguments, or returns the usage problem to print. */
function parseArgs(args: string[]): CheckArgs | string {
  const out: CheckArgs = { file: '', packs: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') out.json = true;
    else if (arg === '--pack') {
      // `--pack a b` and `--pack a --pack b` both work: take values until the next option.
      let taken = 0;
      while (i + 1 < args.length && !args[i + 1].startsWith('--')) {
        out.packs.push(args[++i]);
        taken++;
      }
      if (!taken) return '--pack needs a pack id';
    } else if (arg.startsWith('--pack=')) out.packs.push(arg.slice('--pack='.length));
    else if (arg === '--today') {
      const value = args[++i];
      if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '--today needs a date as YYYY-MM-DD';
      out.today = value;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}`;
    else if (!out.file) out.file = arg;
    else return `Unexpected argument ${arg}`;
  }
  if (!out.file) return 'Give the backup file to check';
  const unknown = out.packs.filter((id) => !packById(id));
  if (unknown.length) return `Unknown pack ${unknown.join(', ')}. Packs: ${BUILTIN_PACKS.map((p) => p.id).join(', ')}`;
  return out;
}

function citationText(citation: Citation): string {
  if (typeof citation === 'string') return citation;
  return [citation.title, citation.section, citation.url].filter(Boolean).join(' — ');
}

/** Human-readable report: one block per pack, errors first. */
function formatReport(gaps: Gap[], packIds: string[], entryLabel: (id: string) => string): string {
  const lines: string[] = [];
  for (const id of packIds) {
    const pack = packById(id)!;
    const own = gaps.filter((g) => g.packId === id);
    const c = countBySeverity(own);
    lines.push(`${pack.title} [${id}]: ${c.error} errors, ${c.warning} warnings, ${c.info} info`);
    for (const gap of own) {
      const where = gap.entryId ? `${entryLabel(gap.entryId)}${gap.path ? ` › ${gap.path}` : ''}` : (gap.path ?? 'record');
      lines.push(`  ${gap.severity.toUpperCase().padEnd(7)} ${where}`);
      lines.push(`          ${gap.message}`);
      lines.push(`          Fix: ${gap.fix}`);
      lines.push(`          Source: ${citationText(gap.citation)}  (${gap.ruleId})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export const checkCommand: Command = {
  name: 'check',
  usage: USAGE,
  summary: 'List disclosure gaps in a backup against rule packs (default: all); exit 1 if any error',
  async run(args) {
    const parsedArgs = parseArgs(args);
    if (typeof parsedArgs === 'string') return usageError(parsedArgs, USAGE);
    const backup = readBackupFile(parsedArgs.file);
    if (!backup) return 2;
    const packIds = parsedArgs.packs.length ? [...new Set(parsedArgs.packs)] : BUILTIN_PACKS.map((p) => p.id);
    const { profile, entries } = backup;
    const gaps = evaluate(profile, entries, packIds.map((id) => packById(id)!), { today: parsedArgs.today });
    if (parsedArgs.json) console.log(JSON.stringify(gaps, null, 2));
    else {
      const byId = new Map(entries.map((e) => [e.id, e]));
      const label = (id: string) => {
        const e = byId.get(id);
        return e ? `${e.kind} “${e.organization.name}” (${id})` : id;
      };
      console.log(formatReport(gaps, packIds, label));
    }
    return gaps.some((g) => g.severity === 'error') ? 1 : 0;
  },
};
