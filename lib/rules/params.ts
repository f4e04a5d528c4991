/** Readers for a rule's `params`, with the default the builtin documents when a pack leaves one out. */

export function numberParam(params: Record<string, unknown>, key: string, fallback: number): number {
  const v = params[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function stringListParam(params: Record<string, unknown>, key: string, fallback: readonly string[]): readonly string[] {
  const v = params[key];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback;
}

export function numberMapParam(params: Record<string, unknown>, key: string): Record<string, number> {
  const v = params[key];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter(([, n]) => typeof n === 'number')) as Record<string, number>;
}
