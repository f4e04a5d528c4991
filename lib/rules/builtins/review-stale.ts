import type { Builtin, Finding } from '../types';
import { addMonths } from '../dates';
import { numberParam } from '../params';

/** An entry not marked reviewed within the profile's review interval (settings.reviewIntervalMonths, else `months`, else 12). */
export const reviewStale: Builtin = (ctx, targets) => {
  const months = ctx.profile?.settings.reviewIntervalMonths ?? numberParam(ctx.params, 'months', 12);
  const findings: Finding[] = [];
  for (const entry of targets) {
    if (!entry.reviewedAt) findings.push({ entry, path: 'reviewedAt', vars: { months, reviewed: 'has never been marked as reviewed' } });
    else if (addMonths(entry.reviewedAt, months) < ctx.today) {
      findings.push({ entry, path: 'reviewedAt', vars: { months, reviewed: `was last reviewed on ${entry.reviewedAt}` } });
    }
  }
  return findings;
};
