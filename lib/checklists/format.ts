/** Plain-text wording of checklist results, shared by the editor, the PDF appendix and the CLI. */
import type { ChecklistAnswer, Entry, EntryKind, MitigationMeasure } from '@/lib/model';
import { entryTitle } from '@/lib/ui';
import type { DerivedAnswer, EffectiveAnswer, Evidence } from './evaluate';

export const ANSWER_LABELS: Record<ChecklistAnswer, string> = { yes: 'Yes', no: 'No', unsure: 'Unsure', na: 'Not applicable' };

export const MEASURE_LABELS: Record<MitigationMeasure, string> = {
  'data-management': 'Data management',
  'access-control': 'Access control',
  training: 'Training',
  agreements: 'Agreements',
  'export-control': 'Export-control review',
  other: 'Other',
};

/** Said of every derived "yes": the record prompts a check, it does not decide anything. */
export const DERIVED_YES_NOTE = 'A prompt for due diligence, not a finding.';

/** English kind names for the PDF appendix and the CLI, which print in English. */
const KIND_NAMES: Record<EntryKind, string> = {
  appointment: 'Appointment', consulting: 'Consulting', support: 'Support', inKind: 'In-kind contribution',
  financialInterest: 'Financial interest', talentProgram: 'Talent programme', travel: 'Sponsored travel', partnership: 'Partnership',
};

/** How entries and evidence are worded: English for the PDF and the CLI, the UI language in the editor. */
export interface EntryWording {
  kind(kind: EntryKind): string;
  entry(parts: { kind: string; organisation: string; title: string }): string;
  primaryOrganisation(organisation: string): string;
  missingEntry(organisation: string, id: string): string;
}

export const ENGLISH_WORDING: EntryWording = {
  kind: (kind) => KIND_NAMES[kind],
  entry: ({ kind, organisation, title }) => `${kind}: ${organisation}${title ? ` — ${title}` : ''}`,
  primaryOrganisation: (organisation) => `Primary organisation: ${organisation}`,
  missingEntry: (organisation, id) => `${organisation} (entry ${id})`,
};

/** `Partnership: Example University — Catalysis project`. */
export function entryLabel(entry: Entry, wording: EntryWording = ENGLISH_WORDING): string {
  return wording.entry({ kind: wording.kind(entry.kind), organisation: entry.organization.name, title: entryTitle(entry) });
}

/** What an evidence item points at: the entry's label, or the primary organisation. */
export function evidenceLabel(evidence: Evidence, entriesById: ReadonlyMap<string, Entry>, wording: EntryWording = ENGLISH_WORDING): string {
  if (!evidence.entryId) return wording.primaryOrganisation(evidence.organisation);
  const entry = entriesById.get(evidence.entryId);
  return entry ? entryLabel(entry, wording) : wording.missingEntry(evidence.organisation, evidence.entryId);
}

/** Ids of the entries behind a derived answer (`person.primaryOrganization` for the profile's), each once. */
export function evidenceIds(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.entryId ?? e.profileField!))];
}

/** `Partnership: … (matches “Listed Name” on List title)`. */
export function evidenceText(evidence: Evidence, entriesById: ReadonlyMap<string, Entry>): string {
  const label = evidenceLabel(evidence, entriesById);
  return evidence.listing ? `${label} (matches “${evidence.listing.listedName}” on ${evidence.listing.listTitle})` : label;
}

/** `Yes — from the record`, `No — override: <reason>`, `Unsure — your answer`, or `Not answered`. */
export function effectiveText(effective: EffectiveAnswer | undefined): string {
  if (!effective) return 'Not answered';
  const answer = ANSWER_LABELS[effective.answer];
  if (effective.from === 'override') return `${answer} — override: ${effective.reason}`;
  if (effective.from === 'record') return `${answer} — from the record${effective.answer === 'yes' ? `. ${DERIVED_YES_NOTE}` : ''}`;
  return `${answer} — researcher's answer`;
}

/** What the record says and why: the rule, the lists checked, the evidence. */
export function derivedText(derived: DerivedAnswer, entriesById: ReadonlyMap<string, Entry>): string {
  const parts = [`Rule: ${derived.basis}.`];
  if (derived.listsChecked.length) parts.push(`Lists checked: ${derived.listsChecked.join('; ')}.`);
  if (derived.evidence.length) parts.push(`Evidence: ${derived.evidence.map((e) => evidenceText(e, entriesById)).join('; ')}.`);
  else parts.push('Nothing in the record matches.');
  return parts.join(' ');
}
