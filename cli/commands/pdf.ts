import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDF_LAYOUTS, renderPdf, type PdfLayout } from '@/lib/pdf';
import { nodeFontSource } from '@/lib/pdf/node-fonts';
import { BUILTIN_PACKS, evaluate } from '@/lib/rules';
import { checklistContext, evaluateStoredChecklists } from '@/lib/checklists';
import { isRealPartialDate } from '@/lib/model';
import { usageError, type Command } from '../command';
import { readBackupFile } from '../files';

const USAGE = `pdf <backup.json> --layout ${PDF_LAYOUTS.join('|')} --out <file.pdf> [--date YYYY-MM-DD]`;

interface PdfArgs {
  file: string;
  layout: PdfLayout;
  out: string;
  date: string;
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

function parseArgs(args: string[]): PdfArgs | string {
  let file = '';
  let layout = '';
  let out = '';
  let date = todayUtc();
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s, 2) : [args[i], undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--layout') layout = value() ?? '';
    else if (flag === '--out') out = value() ?? '';
    else if (flag === '--date') date = value() ?? '';
    else if (flag.startsWith('--')) return `Unknown option ${flag}`;
    else if (!file) file = flag;
    else return `Unexpected argument ${flag}`;
  }
  if (!file) return 'Give the backup file to export';
  if (!(PDF_LAYOUTS as readonly string[]).includes(layout)) return `--layout must be one of ${PDF_LAYOUTS.join(', ')}`;
  if (!out) return 'Give the output file with --out <file.pdf>';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealPartialDate(date)) return `--date needs a real date as YYYY-MM-DD, got "${date}"`;
  return { file, layout: layout as PdfLayout, out, date };
}

export const pdfCommand: Command = {
  name: 'pdf',
  usage: USAGE,
  summary: 'Export a backup as a disclosure PDF (summary with gaps appendix, current and pending support, or appointments; answered checklists as an appendix)',
  async run(args) {
    const parsedArgs = parseArgs(args);
    if (typeof parsedArgs === 'string') return usageError(parsedArgs, USAGE);
    const backup = readBackupFile(parsedArgs.file);
    if (!backup) return 2;
    const { profile, entries } = backup;
    const gaps = parsedArgs.layout === 'summary' ? evaluate(profile, entries, BUILTIN_PACKS, { today: parsedArgs.date }) : undefined;
    const context = checklistContext(profile, entries, backup.templates);
    const checklists = evaluateStoredChecklists(context.checklists, context.record, backup.checklists ?? []);
    const bytes = await renderPdf({ profile, entries, gaps, checklists, layout: parsedArgs.layout, date: parsedArgs.date, fonts: nodeFontSource() });
    const out = path.resolve(parsedArgs.out);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, bytes);
    console.log(out);
    return 0;
  },
};
