/** Pure updates of stored checklist answers: each returns a new value stamped with `now`, ready to validate and save. */
import type { ChecklistAnswer, ChecklistAnswers, MitigationMeasure, QuestionResponse } from '@/lib/model';

export interface AnswersKey {
  checklistId: string;
  subject: string;
}

export interface ResponseChange {
  answer?: ChecklistAnswer | null;
  note?: string;
  /** null removes the override, so the derived answer applies again. */
  override?: { answer: ChecklistAnswer; reason: string } | null;
}

const empty = (key: AnswersKey, now: string): ChecklistAnswers => ({ ...key, responses: {}, updatedAt: now });

/** Applies a change to one question's response; a response left with nothing in it is removed. */
export function withResponse(base: ChecklistAnswers | undefined, key: AnswersKey, questionId: string, change: ResponseChange, now: string): ChecklistAnswers {
  const current = base ?? empty(key, now);
  const merged: Partial<QuestionResponse> = { ...current.responses[questionId] };
  if (change.answer !== undefined) {
    if (change.answer === null) delete merged.answer;
    else merged.answer = change.answer;
  }
  if (change.note !== undefined) {
    if (change.note.trim() === '') delete merged.note;
    else merged.note = change.note;
  }
  if (change.override !== undefined) {
    if (change.override === null) delete merged.override;
    else merged.override = change.override;
  }
  const responses = { ...current.responses };
  if (merged.answer === undefined && merged.note === undefined && merged.override === undefined) delete responses[questionId];
  else responses[questionId] = { ...merged, answeredAt: now } as QuestionResponse;
  return { ...current, responses, updatedAt: now };
}

export function withMitigation(
  base: ChecklistAnswers | undefined,
  key: AnswersKey,
  mitigation: { text: string; measures: MitigationMeasure[] },
  now: string,
): ChecklistAnswers {
  return { ...(base ?? empty(key, now)), mitigation, updatedAt: now };
}
