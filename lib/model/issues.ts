import type { z } from 'zod';

/** One readable problem: where (`entries[3].startDate`) and what. */
export interface Problem {
  path: string;
  message: string;
}

/** Formats a zod path as `entries[3].organization.name`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(top level)';
}

/** Flattens a zod error into problems, expanding unknown-key and union issues so each names its path. */
export function listProblems(error: z.ZodError): Problem[] {
  const out: Problem[] = [];
  const walk = (issues: z.core.$ZodIssue[], prefix: PropertyKey[]) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) out.push({ path: formatPath([...path, key]), message: 'Unknown field (not part of the format)' });
      } else if (issue.code === 'invalid_union' && issue.errors.length > 0 && !('discriminator' in issue && issue.discriminator)) {
        // Report the branch that got furthest: the one with the fewest problems.
        const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
        walk(best, path);
      } else {
        out.push({ path: formatPath(path), message: issue.message });
      }
    }
  };
  walk(error.issues, []);
  return out;
}
