import { readFileSync } from 'node:fs';
import { parseBackup } from '@/lib/io';
import type { Backup } from '@/lib/model';

/** Reads a text file, or prints why it cannot and returns undefined. */
export function readTextFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    return undefined;
  }
}

/** Reads and validates a backup file, or prints each problem with its path and returns undefined. */
export function readBackupFile(file: string): Backup | undefined {
  const text = readTextFile(file);
  if (text === undefined) return undefined;
  const parsed = parseBackup(text);
  if (parsed.ok) return parsed.backup;
  console.error(`${file} is not a valid Candor backup:`);
  for (const p of parsed.problems) console.error(`  ${p.path}: ${p.message}`);
  return undefined;
}
