import { z } from 'zod';
import { Backup, BackupV1, Template } from '@/lib/model';

const BASE = 'https://candor.invalid/schemas/';

/** JSON Schemas (draft 2020-12) of the public formats, keyed by file name. `io: 'input'` so defaulted fields stay optional. */
export function formatJsonSchemas(): Record<string, object> {
  const make = (schema: z.ZodType, file: string, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: BASE + file,
    title,
  });
  return {
    // Version 1 stays published: Candor still imports it, and other tools may still write it.
    'candor.backup.v1.json': make(BackupV1, 'candor.backup.v1.json', 'Candor backup, version 1'),
    'candor.backup.v2.json': make(Backup, 'candor.backup.v2.json', 'Candor backup, version 2'),
    'candor.template.v1.json': make(Template, 'candor.template.v1.json', 'Candor institution template, version 1'),
  };
}
