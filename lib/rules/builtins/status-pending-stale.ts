import type { Builtin, Finding } from '../types';
import { addMonths, periodStart } from '../dates';
import { numberParam } from '../params';

/** Marked pending although its start date is more than `months` (default 12) in the past. */
export const statusPendingStale: Builtin = (ctx, targets) => {
  const months = numberParam(ctx.params, 'months', 12);
  const findings: Finding[] = [];
  for (const entry of targets) {
    if ('status' in entry && entry.status === 'pending' && entry.startDate && addMonths(periodStart(entry.startDate), months) < ctx.today) {
      findings.push({ entry, path: 'status', vars: { startDate: entry.startDate, months } });
    }
  }
  return findings;
};
