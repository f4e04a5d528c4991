import type { Transaction } from 'dexie';

/**
 * One step per schema version, oldest first. A step declares the stores as they are at that
 * version and, from version 2 on, the upgrade that rewrites rows written by the version before.
 * Never edit a released step: add a new one, and a frozen fixture of the old version under
 * test/fixtures/db/ so the loop test proves nothing is lost on the way up.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    stores: {
      // Outbound key: the single profile row lives under the key 'me'.
      profile: '',
      entries: 'id, kind, status, startDate, endDate, updatedAt, [kind+status]',
      templates: 'id',
      meta: 'key',
    },
  },
  {
    // Checklist answers: one row per checklist and subject (`record` or a partnership id). A new
    // store only, so rows written by version 1 need no rewrite.
    version: 2,
    stores: { checklists: '[checklistId+subject], checklistId, updatedAt' },
  },
];

export const CURRENT_DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
