import {
  BUILTIN_CHECKLISTS, checklistContext, checklistSubjects, derivedText, effectiveText, entryLabel, evaluateChecklist, evidenceIds, MEASURE_LABELS,
  type ChecklistEvaluation,
} from '@/lib/checklists';
import type { Backup, Checklist, Entry } from '@/lib/model';
import { usageError, type Command } from '../command';
import { readBackupFile } from '../files';

const USAGE = 'checklist <backup.json> --id <checklist> [--subject <partnership-id>] [--json]';

interface ChecklistArgs {
  file: string;
  id: string;
  subject?: string;
  json: boolean;
}

function parseArgs(args: string[]): ChecklistArgs | string {
  const out: ChecklistArgs = { file: '', id: '', json: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s, 2) : [args[i], undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--json') out.json = true;
    else if (flag === '--id') out.id = value() ?? '';
    else if (flag === '--subject') out.subject = value() ?? '';
    else if (flag.startsWith('--')) return `Unknown option ${flag}`;
    else if (!out.file) out.file = flag;
    else return `Unexpected argument ${flag}`;
  }
  if (!out.file) return 'Give the backup file whose record answers the checklist';
  if (!out.id) return `Give the checklist with --id. Bundled checklists: ${BUILTIN_CHECKLISTS.map((c) => c.id).join(', ')}`;
  return out;
}

/** The machine-readable report: what the record answers, with evidence ids, and what remains for the researcher. */
function jsonReport(ev: ChecklistEvaluation) {
  return {
    subject: ev.subject,
    subjectLabel: ev.subjectEntry ? entryLabel(ev.subjectEntry) : undefined,
    progress: ev.progress,
    complete: ev.complete,
    needsMitigation: ev.needsMitigation,
    mitigation: ev.mitigation,
    questions: ev.questions.map((q) => ({
      id: q.question.id,
      group: q.groupId,
      text: q.question.text,
      derived: q.derived
        ? {
            answer: q.derived.answer, basis: q.derived.basis, evidence: evidenceIds(q.derived.evidence),
            listings: q.derived.evidence.flatMap((e) => (e.listing ? [{ evidence: e.entryId ?? e.profileField, organisation: e.organisation, ...e.listing }] : [])),
          }
        : null,
      effective: q.effective ?? null,
      needsMitigation: q.needsMitigation,
      remaining: !q.effective,
    })),
  };
}

function textReport(ev: ChecklistEvaluation, entriesById: ReadonlyMap<string, Entry>): string {
  const { checklist } = ev;
  const lines = [
    `${checklist.title}`,
    `Source: ${[checklist.source.title, checklist.source.date, checklist.source.url].filter(Boolean).join(' — ')}`,
    `About: ${checklist.appliesTo === 'record' ? 'the whole record' : ev.subjectEntry ? `${entryLabel(ev.subjectEntry)} (${ev.subject})` : `partnership ${ev.subject} (not in the record)`}`,
    `Progress: ${ev.progress.answered} of ${ev.progress.total} answered${ev.complete ? ' — complete' : ''}`,
    '',
  ];
  for (const group of checklist.groups) {
    lines.push(group.title);
    for (const q of ev.questions.filter((r) => r.groupId === group.id)) {
      lines.push(`  [${q.question.id}] ${q.question.text}`);
      lines.push(`      Answer: ${effectiveText(q.effective)}${q.needsMitigation ? ' — calls for a mitigation plan' : ''}`);
      if (q.derived) {
        lines.push(`      ${derivedText(q.derived, entriesById)}`);
        if (q.derived.evidence.length) lines.push(`      Evidence entry ids: ${evidenceIds(q.derived.evidence).join(', ')}`);
      }
      if (!q.effective) lines.push('      Remaining: for the researcher to answer (yes / no / unsure / not applicable)');
      if (q.response?.note) lines.push(`      Note: ${q.response.note}`);
    }
    lines.push('');
  }
  const plan = ev.mitigation;
  if (plan && (plan.text.trim() || plan.measures.length)) {
    lines.push(`Mitigation plan: ${plan.text.trim() || '—'}`, `Measures: ${plan.measures.map((m) => MEASURE_LABELS[m]).join(', ') || '—'}`, '');
  } else if (ev.needsMitigation) lines.push('Mitigation plan: none yet — the answers above call for one.', '');
  return lines.join('\n');
}

/** Evaluations for the chosen subject, or for every subject the checklist can be about. */
function evaluate(backup: Backup, checklistId: string, subject: string | undefined): { checklist: Checklist; evaluations: ChecklistEvaluation[] } | string {
  const { record, checklists } = checklistContext(backup.profile, backup.entries, backup.templates);
  const checklist = checklists.find((c) => c.id === checklistId);
  if (!checklist) return `Unknown checklist "${checklistId}". Checklists: ${checklists.map((c) => c.id).join(', ')}`;
  const subjects = checklistSubjects(checklist, backup.entries);
  if (subject !== undefined && !subjects.includes(subject)) {
    return checklist.appliesTo === 'record'
      ? `--subject is for partnership checklists; "${checklistId}" is about the whole record`
      : `No partnership "${subject}" in the backup. Partnerships: ${subjects.join(', ') || 'none'}`;
  }
  const stored = backup.checklists ?? [];
  const evaluations = (subject ? [subject] : subjects).map((s) =>
    evaluateChecklist(checklist, record, stored.find((a) => a.checklistId === checklist.id && a.subject === s), s),
  );
  return { checklist, evaluations };
}

export const checklistCommand: Command = {
  name: 'checklist',
  usage: USAGE,
  summary: 'Answer a due-diligence checklist from a backup: derived answers with evidence entry ids, and what remains',
  async run(args) {
    const parsedArgs = parseArgs(args);
    if (typeof parsedArgs === 'string') return usageError(parsedArgs, USAGE);
    const backup = readBackupFile(parsedArgs.file);
    if (!backup) return 2;
    const evaluated = evaluate(backup, parsedArgs.id, parsedArgs.subject);
    if (typeof evaluated === 'string') return usageError(evaluated, USAGE);
    const { checklist, evaluations } = evaluated;
    if (parsedArgs.json) {
      console.log(JSON.stringify({ checklist: { id: checklist.id, title: checklist.title, source: checklist.source, appliesTo: checklist.appliesTo }, subjects: evaluations.map(jsonReport) }, null, 2));
    } else if (!evaluations.length) {
      console.log(`${checklist.title}\nThis checklist is answered per partnership, and the backup has no partnership entries.`);
    } else {
      const byId = new Map(backup.entries.map((e) => [e.id, e]));
      console.log(evaluations.map((ev) => textReport(ev, byId)).join('\n'));
    }
    return 0;
  },
};
