/**
 * Due-diligence checklists: published checklists as data (*.json), answered from the record where a
 * question's `derive` query can, and by the researcher otherwise. Only researcher answers, overrides
 * and mitigation plans are stored; derived answers are recomputed whenever the record is read.
 */
export { BUILTIN_CHECKLISTS, checklistsWithTemplates, checklistContext } from './builtin';
export {
  evaluateChecklist, evaluateStoredChecklists, deriveAnswer, checklistSubjects, RECORD_SUBJECT,
  type ChecklistRecord, type ChecklistEvaluation, type QuestionResult, type DerivedAnswer, type EffectiveAnswer, type Evidence,
} from './evaluate';
export { withResponse, withMitigation, type AnswersKey, type ResponseChange } from './answers';
export { ANSWER_LABELS, MEASURE_LABELS, DERIVED_YES_NOTE, ENGLISH_WORDING, type EntryWording, entryLabel, evidenceLabel, evidenceIds, evidenceText, effectiveText, derivedText } from './format';
