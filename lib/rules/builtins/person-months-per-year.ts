import type { Entry } from '@/lib/model';
import type { Builtin, Finding } from '../types';
import { effortOf, formatMonths } from '../fields';
import { numberParam, stringListParam } from '../params';

/** Sums person-months per calendar year over entries whose status is one of `statuses`. */
export function personMonthsByYear(entries: readonly Entry[], statuses: readonly string[]): Map<number, { total: number; entries: Entry[] }> {
  const years = new Map<number, { total: number; entries: Entry[] }>();
  for (const entry of entries) {
    if (!('status' in entry) || !statuses.includes(entry.status)) continue;
    for (const { year, personMonths } of effortOf(entry)) {
      if (!(personMonths > 0)) continue;
      const slot = years.get(year) ?? { total: 0, entries: [] };
      slot.total += personMonths;
      if (!slot.entries.includes(entry)) slot.entries.push(entry);
      years.set(year, slot);
    }
  }
  return years;
}

/**
 * Person-months committed in one calendar year, over entries with the given statuses, above
 * `limit` (default 12). One finding per contributing entry and year, so each can be fixed.
 * `unlessOver` names statuses whose own total already exceeds the limit that year (another
 * rule reports it), to avoid saying the same thing twice.
 */
export const personMonthsPerYear: Builtin = (ctx, targets) => {
  const statuses = stringListParam(ctx.params, 'statuses', ['current']);
  const limit = numberParam(ctx.params, 'limit', 12);
  const unlessOver = stringListParam(ctx.params, 'unlessOver', []);
  const alreadyOver = unlessOver.length ? personMonthsByYear(targets, unlessOver) : new Map();
  const findings: Finding[] = [];
  for (const [year, { total, entries }] of [...personMonthsByYear(targets, statuses)].sort((a, b) => a[0] - b[0])) {
    if (total <= limit + 1e-9 || (alreadyOver.get(year)?.total ?? 0) > limit + 1e-9) continue;
    for (const entry of entries) {
      const own = effortOf(entry).filter((e) => e.year === year).reduce((s, e) => s + e.personMonths, 0);
      findings.push({
        entry,
        path: 'effort',
        vars: { year, total: formatMonths(total), limit, entries: entries.length === 1 ? '1 entry' : `${entries.length} entries`, own: formatMonths(own), statuses: statuses.join(' and ') },
      });
    }
  }
  return findings;
};
