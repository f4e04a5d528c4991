/** Writes the JSON Schemas of the public file formats (generated from the zod schemas) for the build and for readers. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatJsonSchemas } from '../lib/io/json-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const dir of ['public/schemas', 'docs/schemas']) {
  mkdirSync(join(root, dir), { recursive: true });
  for (const [file, schema] of Object.entries(formatJsonSchemas())) {
    writeFileSync(join(root, dir, file), JSON.stringify(schema, null, 2) + '\n');
  }
}
console.log('JSON Schemas written to public/schemas and docs/schemas');
