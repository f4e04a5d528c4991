import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile, listChecklistAnswers, listEntries, listTemplates } from '@/lib/db';
import { checklistContext, type ChecklistRecord } from '@/lib/checklists';
import type { Checklist, ChecklistAnswers } from '@/lib/model';

export interface ChecklistsData {
  record: ChecklistRecord;
  checklists: Checklist[];
  stored: ChecklistAnswers[];
}

/** The record, the checklists (bundled and from templates) and the stored answers, live: any change re-evaluates. Undefined while loading. */
export function useChecklistsData(): ChecklistsData | undefined {
  const raw = useLiveQuery(
    async () => ({ profile: await getProfile(), entries: await listEntries(), templates: await listTemplates(), stored: await listChecklistAnswers() }),
    [],
  );
  return useMemo(() => {
    if (!raw) return undefined;
    return { ...checklistContext(raw.profile, raw.entries, raw.templates), stored: raw.stored };
  }, [raw]);
}
