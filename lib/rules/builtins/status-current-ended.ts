import type { Builtin, Finding } from '../types';
import { periodEnd } from '../dates';

/** Marked current although its end date has passed. */
export const statusCurrentEnded: Builtin = (ctx, targets) => {
  const findings: Finding[] = [];
  for (const entry of targets) {
    if ('status' in entry && entry.status === 'current' && entry.endDate && periodEnd(entry.endDate) < ctx.today) {
      findings.push({ entry, path: 'status', vars: { endDate: entry.endDate } });
    }
  }
  return findings;
};
