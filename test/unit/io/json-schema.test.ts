import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { formatJsonSchemas, parseBackup } from '@/lib/io';
import { BackupV1 } from '@/lib/model';

const root = process.cwd();
const schemas = formatJsonSchemas();
const designExample = JSON.parse(readFileSync(join(root, 'test/fixtures/backups/design-example.backup.json'), 'utf8'));

/**
 * The published backup schema as another tool would use it. `format` keywords are annotations here
 * (Ajv's default without ajv-formats); the patterns, enums and required lists zod emits do the checking.
 */
function backupValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(schemas['candor.backup.v1.json']);
}

describe('JSON Schemas of the public formats', () => {
  for (const file of Object.keys(schemas)) {
    it(`docs/schemas/${file} is what the build generates now`, () => {
      const onDisk = JSON.parse(readFileSync(join(root, 'docs/schemas', file), 'utf8'));
      expect(onDisk, `docs/schemas/${file} is out of date: run \`npx tsx scripts/gen-schemas.ts\` (npm run build does it too)`).toEqual(schemas[file]);
    });
  }

  it('a backup written from DESIGN.md alone is accepted by zod, parseBackup and the JSON Schema', () => {
    expect(BackupV1.safeParse(designExample).error).toBeUndefined();
    expect(parseBackup(JSON.stringify(designExample)).ok).toBe(true);
    const validate = backupValidator();
    expect(validate(designExample), JSON.stringify(validate.errors)).toBe(true);
  });

  it('an invalid backup is refused by both, at the same places', () => {
    const bad = structuredClone(designExample);
    bad.entries[0].startDate = '2021-13';
    bad.entries[1].colour = 'red';
    delete bad.profile.person.familyName;
    bad.entries[2].compensation.currency = 'usd';
    const zod = parseBackup(JSON.stringify(bad));
    expect(zod.ok).toBe(false);
    expect(zod.ok ? [] : zod.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['entries[0].startDate', 'entries[1].colour', 'profile.person.familyName', 'entries[2].compensation.currency']),
    );
    const validate = backupValidator();
    expect(validate(bad)).toBe(false);
    const places = validate.errors!.map((e) => e.instancePath);
    expect(places).toEqual(expect.arrayContaining(['/profile/person']));
    expect(places.some((p) => p.startsWith('/entries/0'))).toBe(true);
    expect(places.some((p) => p.startsWith('/entries/1'))).toBe(true);
    expect(places.some((p) => p.startsWith('/entries/2'))).toBe(true);
  });
});
