/**
 * The bundled demo profile: a fictitious US associate professor with every entry kind, foreign and
 * domestic ties, and current, pending and completed support. People's names are invented; the
 * universities and agencies are real organisations named only as the other party of an entry.
 */
import { Backup } from '@/lib/model';
import demoData from './demo-backup.json';
import { applyImport, type ImportPreview } from './backup';

/** The demo backup, validated, stamped as exported at `now`. */
export function demoBackup(now: Date = new Date()): Backup {
  return Backup.parse({ ...demoData, exportedAt: now.toISOString() });
}

/** Replaces the whole store with the demo profile ("Try with demo data"). */
export async function loadDemoProfile(): Promise<ImportPreview> {
  return applyImport(demoBackup(), 'replace');
}
