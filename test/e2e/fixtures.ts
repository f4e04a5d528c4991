/** Backup files for e2e tests, written to a temp dir: the demo backup and deliberately broken copies. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import demoData from '../../lib/io/demo-backup.json';

/** The bundled demo backup as plain JSON (a deep copy each call, safe to mutate). */
export function demoBackupJson(): { profile: { person: { givenName?: string; familyName: string } }; entries: { id: string; kind: string; [k: string]: unknown }[] } & Record<string, unknown> {
  return JSON.parse(JSON.stringify(demoData));
}

/** Writes `data` as a .json file in a fresh temp dir and returns its path. */
export async function writeJsonFile(name: string, data: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'candor-e2e-'));
  const file = path.join(dir, name);
  await writeFile(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return file;
}
