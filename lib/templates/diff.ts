import { deepEqual } from './values';

export interface Change {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** Lists of objects are compared by their stable key (shells by shellId, rules/maps/lists by id). */
function keyOf(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const rec = item as Record<string, unknown>;
  const key = rec.shellId ?? rec.id ?? rec.title;
  return typeof key === 'string' ? key : undefined;
}

/** Leaf-level differences between two JSON values, with readable paths (`entries[primary-appointment].paid`). */
export function diffValues(before: unknown, after: unknown, path = ''): Change[] {
  if (deepEqual(before, after)) return [];
  const join = (k: string) => (path ? `${path}.${k}` : k);
  if (Array.isArray(before) && Array.isArray(after)) {
    const keyed = [...before, ...after].every((i) => keyOf(i) !== undefined);
    if (!keyed) return [{ path: path || '(top level)', before, after }];
    const b = new Map(before.map((i) => [keyOf(i)!, i]));
    const a = new Map(after.map((i) => [keyOf(i)!, i]));
    return [...new Set([...b.keys(), ...a.keys()])].flatMap((k) => diffValues(b.get(k), a.get(k), `${path}[${k}]`));
  }
  const isObj = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
  if (isObj(before) && isObj(after)) {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    return [...new Set([...Object.keys(b), ...Object.keys(a)])].flatMap((k) => diffValues(b[k], a[k], join(k)));
  }
  return [{ path: path || '(top level)', before, after }];
}

/** What changes between two versions of a template, ignoring the publication stamp. */
export function diffTemplates<T extends { publishedAt: string }>(before: T, after: T): Change[] {
  return diffValues({ ...before, publishedAt: undefined }, { ...after, publishedAt: undefined });
}
