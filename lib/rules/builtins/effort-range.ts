import type { Builtin, Finding } from '../types';
import { effortOf, formatMonths } from '../fields';

/** Person-months in one calendar year must lie within 0–12. */
export const effortRange: Builtin = (_ctx, targets) => {
  const findings: Finding[] = [];
  for (const entry of targets) {
    for (const { year, personMonths } of effortOf(entry)) {
      if (personMonths < 0 || personMonths > 12) findings.push({ entry, path: 'effort', vars: { year, personMonths: formatMonths(personMonths) } });
    }
  }
  return findings;
};
