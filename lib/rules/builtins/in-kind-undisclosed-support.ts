import type { Builtin, Finding } from '../types';
import { hasSupportFrom } from './has-support-from';
import { effortOf, formatAmount } from '../fields';
import { numberParam } from '../params';

/**
 * An in-kind contribution worth at least `threshold` (default 5,000) in `currency` (default USD),
 * not meant for the proposed project and taking the researcher's time, with no support entry
 * from the same organisation. Values in other currencies are not converted and not judged.
 */
export const inKindUndisclosedSupport: Builtin = (ctx, targets) => {
  const threshold = numberParam(ctx.params, 'threshold', 5000);
  const currency = typeof ctx.params.currency === 'string' ? ctx.params.currency : 'USD';
  const findings: Finding[] = [];
  for (const entry of targets) {
    if (entry.kind !== 'inKind' || entry.forThisProject === true) continue;
    const value = entry.estimatedValue;
    if (!value || value.currency !== currency || value.amount < threshold) continue;
    if (!effortOf(entry).some((e) => e.personMonths > 0)) continue;
    if (hasSupportFrom(ctx, entry)) continue;
    findings.push({ entry, path: 'forThisProject', vars: { amount: formatAmount(value.amount), currency, threshold: formatAmount(threshold) } });
  }
  return findings;
};
