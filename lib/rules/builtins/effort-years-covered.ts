import type { Builtin } from '../types';
import { effortOf } from '../fields';
import { yearOf } from '../dates';

/** The longest period we enumerate year by year; longer spans are data-entry errors other checks surface. */
const MAX_YEARS = 60;

/**
 * Person-months must be given for every calendar year inside the entry's period (ongoing
 * entries: through the current year). Reports the missing years once per entry.
 */
export const effortYearsCovered: Builtin = (ctx, targets) => {
  const currentYear = yearOf(ctx.today);
  const findings = [];
  for (const entry of targets) {
    if (!('effort' in entry) || !entry.startDate) continue;
    const first = yearOf(entry.startDate);
    const last = entry.endDate ? yearOf(entry.endDate) : Math.max(first, currentYear);
    if (last < first || last - first > MAX_YEARS) continue;
    const given = new Set(effortOf(entry).map((e) => e.year));
    const missing: number[] = [];
    for (let y = first; y <= last; y++) if (!given.has(y)) missing.push(y);
    if (missing.length) findings.push({ entry, path: 'effort', vars: { years: missing.join(', ') } });
  }
  return findings;
};
