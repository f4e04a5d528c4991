import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { activeTemplateEffects, findLock, type Lock } from '@/lib/templates';
import { useT } from '@/components/ui';

/** Locks from every applied template; undefined while loading, so a form need not show a locked field editable first. */
export function useLockedPaths(): Lock[] | undefined {
  return useLiveQuery(async () => activeTemplateEffects(await getDb().templates.toArray()).locked, []);
}

/**
 * The lock on a field, for the editor: profile fields by path (`person.primaryOrganization`),
 * entry fields by path plus the entry id. Use with useLockedPaths().
 */
export function lockedBy(locks: readonly Lock[], path: string, entryId?: string): Lock | undefined {
  return findLock(locks, path, entryId);
}

/** The note shown next to a read-only field. */
export function LockedNote({ lock }: { lock: Lock | undefined }) {
  const t = useT();
  if (!lock) return null;
  return (
    <small className="locked-note" role="note" data-locked-path={lock.path}>
      {t('templates.lockedNote', { by: lock.by })}
    </small>
  );
}
