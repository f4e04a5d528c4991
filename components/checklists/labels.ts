/** The checklist UI's wording of answers, measures and entries in the UI language (the PDF and CLI keep lib/checklists' English). */
import type { ChecklistAnswer, MitigationMeasure } from '@/lib/model';
import type { EntryWording } from '@/lib/checklists';
import type { PlainKey, TFunction } from '@/lib/i18n';
import { kindText } from '@/lib/ui';

export const ANSWER_KEYS: Record<ChecklistAnswer, PlainKey> = {
  yes: 'checklists.answers.yes', no: 'checklists.answers.no', unsure: 'checklists.answers.unsure', na: 'checklists.answers.na',
};

export const MEASURE_KEYS: Record<MitigationMeasure, PlainKey> = {
  'data-management': 'checklists.measures.dataManagement',
  'access-control': 'checklists.measures.accessControl',
  training: 'checklists.measures.training',
  agreements: 'checklists.measures.agreements',
  'export-control': 'checklists.measures.exportControl',
  other: 'checklists.measures.other',
};

/** Entries and evidence worded in the UI language (lib/checklists words them in English for the PDF and CLI). */
export function uiWording(t: TFunction): EntryWording {
  return {
    kind: (kind) => kindText(t, kind).label,
    entry: ({ kind, organisation, title }) => (title ? t('checklists.entryTitled', { kind, organisation, title }) : t('checklists.entry', { kind, organisation })),
    primaryOrganisation: (organisation) => t('checklists.primaryOrganisation', { organisation }),
    missingEntry: (organisation, id) => t('checklists.missingEntry', { organisation, id }),
  };
}
