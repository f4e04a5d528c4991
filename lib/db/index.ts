/** The only code that touches IndexedDB. Extension pages and the background only. */
export { CandorDb, getDb, useDb, requestPersistence } from './database';
export { MIGRATIONS, CURRENT_DB_VERSION, type Migration } from './migrations';
export * from './store';
export { listChecklistAnswers, getChecklistAnswers, saveChecklistAnswers, updateChecklistAnswers } from './checklists';
