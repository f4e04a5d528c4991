import type { Builtin, Finding } from '../types';
import { effortOf } from '../fields';

/** The common forms take person-months with at most two decimals (e.g. 1.25). */
export const effortPrecision: Builtin = (_ctx, targets) => {
  const findings: Finding[] = [];
  for (const entry of targets) {
    for (const { year, personMonths } of effortOf(entry)) {
      const hundredths = personMonths * 100;
      if (Math.abs(hundredths - Math.round(hundredths)) > 1e-6) findings.push({ entry, path: 'effort', vars: { year, personMonths } });
    }
  }
  return findings;
};
