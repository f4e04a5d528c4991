import { z } from 'zod';
import { Backup, Template } from '@/lib/model';

const BASE = 'https://candor.invalid/schemas/';

/** JSON Schemas (draft 2020-12) of the public formats, keyed by file name. `io: 'input'` so defaulted fields stay optional. */
export function formatJsonSchemas(): Record<string, object> {
  const make = (schema: z.ZodType, file: string, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: BASE + file,
    title,
  });
  return {
    'candor.backup.v1.json': make(Backup, 'candor.backup.v1.json', 'Candor backup, version 1'),
    'candor.template.v1.json': make(Template, 'candor.template.v1.json', 'Candor institution template, version 1'),
  };
}
