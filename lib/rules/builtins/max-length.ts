import type { Builtin, Finding } from '../types';
import { readPath } from '../fields';
import { numberMapParam } from '../params';

/** Text longer than a form accepts. `limits` maps field path → maximum characters. */
export const maxLength: Builtin = (ctx, targets) => {
  const limits = Object.entries(numberMapParam(ctx.params, 'limits'));
  const findings: Finding[] = [];
  for (const entry of targets) {
    for (const [path, limit] of limits) {
      const value = readPath(entry, path);
      if (typeof value === 'string' && value.length > limit) findings.push({ entry, path, vars: { field: path, length: value.length, limit } });
    }
  }
  return findings;
};
