import { ChecklistAnswers, listProblems, type ChecklistAnswersInput } from '@/lib/model';
import { getDb } from './database';
import { ValidationError } from './store';

/** Every stored checklist answer set (researcher answers, overrides and mitigation plans; never derived answers). */
export async function listChecklistAnswers(): Promise<ChecklistAnswers[]> {
  return getDb().checklists.toArray();
}

export async function getChecklistAnswers(checklistId: string, subject: string): Promise<ChecklistAnswers | undefined> {
  return getDb().checklists.get([checklistId, subject]);
}

/** Validates and stores one checklist's answers for one subject; invalid input changes nothing. */
export async function saveChecklistAnswers(input: ChecklistAnswersInput): Promise<ChecklistAnswers> {
  const parsed = ChecklistAnswers.safeParse(input);
  if (!parsed.success) throw new ValidationError(listProblems(parsed.error));
  await getDb().checklists.put(parsed.data);
  return parsed.data;
}

/**
 * Read-modify-write of one checklist's answers in ONE transaction, so quick successive answers never
 * overwrite each other. `update` receives the stored answers (undefined before the first) and returns the new ones.
 */
export async function updateChecklistAnswers(
  checklistId: string,
  subject: string,
  update: (current: ChecklistAnswers | undefined) => ChecklistAnswersInput,
): Promise<ChecklistAnswers> {
  const db = getDb();
  return db.transaction('rw', db.checklists, async () => {
    const parsed = ChecklistAnswers.safeParse(update(await db.checklists.get([checklistId, subject])));
    if (!parsed.success) throw new ValidationError(listProblems(parsed.error));
    await db.checklists.put(parsed.data);
    return parsed.data;
  });
}
