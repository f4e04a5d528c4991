import { z } from 'zod';
import { Template } from '@/lib/model';

/**
 * Chrome's managed-storage schema dialect: every node has exactly one `type` (no unions, no
 * "any"), only these keywords. Values that do not conform are dropped by Chrome, so the inline
 * `template` object is described as closely as the dialect allows; `templateJson` (the template as
 * text) and `templateUrl` + `templateSha256` carry any template exactly.
 */
type ChromeSchema = {
  type: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: (string | number)[];
};
type Json = Record<string, unknown>;

const MAX_ENUM = 40;
const TYPE_PREFERENCE = ['object', 'array', 'string', 'number', 'integer', 'boolean'] as const;

function merge(branches: ChromeSchema[]): ChromeSchema {
  // Different types cannot be expressed: keep the richest shape (object, then array, then string).
  const type = TYPE_PREFERENCE.find((t) => branches.some((b) => b.type === t)) ?? 'string';
  const same = branches.filter((b) => b.type === type);
  if (type === 'object') {
    const properties: Record<string, ChromeSchema[]> = {};
    for (const b of same) for (const [k, v] of Object.entries(b.properties ?? {})) (properties[k] ??= []).push(v);
    const extra = same.map((b) => b.additionalProperties).filter((x): x is ChromeSchema => !!x);
    return {
      type,
      ...(Object.keys(properties).length ? { properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, merge(v)])) } : {}),
      ...(extra.length ? { additionalProperties: merge(extra) } : {}),
    };
  }
  if (type === 'array') return { type, items: merge(same.map((b) => b.items ?? { type: 'string' })) };
  const merged = same.every((b) => b.enum) ? [...new Set(same.flatMap((b) => b.enum!))] : undefined;
  const enums = merged && merged.length <= MAX_ENUM ? merged : undefined;
  return { type, ...(enums ? { enum: enums } : {}) };
}

function convert(node: Json): ChromeSchema {
  const branches = (node.anyOf ?? node.oneOf) as Json[] | undefined;
  if (branches) return merge(branches.filter((b) => b.type !== 'null').map(convert));
  if ('const' in node) return { type: typeof node.const === 'number' ? 'integer' : 'string', enum: [node.const as string] };
  const type = (Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type) as ChromeSchema['type'] | undefined;
  const description = typeof node.description === 'string' ? { description: node.description } : {};
  switch (type) {
    case 'object': {
      const props = node.properties as Record<string, Json> | undefined;
      const extra = node.additionalProperties;
      return {
        type, ...description,
        ...(props ? { properties: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, convert(v)])) } : {}),
        ...(extra && typeof extra === 'object' ? { additionalProperties: convert(extra as Json) } : {}),
      };
    }
    case 'array':
      return { type, ...description, items: node.items ? convert(node.items as Json) : { type: 'string' } };
    case 'string':
      // Long code lists (countries, currencies) are left to Candor's own validation, which names the bad value.
      return { type, ...description, ...(Array.isArray(node.enum) && node.enum.length <= MAX_ENUM ? { enum: node.enum as string[] } : {}) };
    case 'number': case 'integer': case 'boolean':
      return { type, ...description };
    default:
      // Free-form values (rule `where`, builtin params) have no single type; text is the closest.
      return { type: 'string', ...description };
  }
}

/** The managed_schema.json shipped in public/: the policies an administrator can set. */
export function chromeManagedSchema(): ChromeSchema {
  const templateJsonSchema = z.toJSONSchema(Template, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  return {
    type: 'object',
    properties: {
      template: { ...convert(templateJsonSchema), description: 'An institution template (candor.template v1) given inline.' },
      templateJson: { type: 'string', description: 'An institution template (candor.template v1) as JSON text; carries any template exactly.' },
      templateUrl: { type: 'string', description: 'HTTPS URL of an institution template. Requires templateSha256.' },
      templateSha256: { type: 'string', description: 'SHA-256 (64 hex characters) of the exact bytes served at templateUrl; a mismatch is refused.' },
    },
  };
}
