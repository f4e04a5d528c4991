import type { Builtin, Finding } from '../types';
import { readPath } from '../fields';
import { stringListParam } from '../params';

/**
 * An amount given in another currency than the one the funder's form takes (`currency`
 * param, else the pack's). Candor never converts: exchange rates and dates are the
 * researcher's call.
 */
export const amountCurrency: Builtin = (ctx, targets) => {
  const required = typeof ctx.params.currency === 'string' ? ctx.params.currency : ctx.pack.currency;
  if (!required) return [];
  const fields = stringListParam(ctx.params, 'fields', ['totalAmount', 'estimatedValue', 'compensation', 'value']);
  const findings: Finding[] = [];
  for (const entry of targets) {
    for (const path of fields) {
      const money = readPath(entry, path) as { currency?: unknown } | undefined;
      if (money && typeof money.currency === 'string' && money.currency !== required) {
        findings.push({ entry, path, vars: { field: path, currency: money.currency, required } });
      }
    }
  }
  return findings;
};
