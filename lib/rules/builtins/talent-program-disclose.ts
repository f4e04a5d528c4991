import type { Builtin, Finding } from '../types';
import { stringListParam } from '../params';

/** A talent-recruitment programme the researcher participates in or applied to (`statuses`): it must be disclosed. */
export const talentProgramDisclose: Builtin = (ctx, targets) => {
  const statuses = stringListParam(ctx.params, 'statuses', ['participating', 'applied']);
  const findings: Finding[] = [];
  for (const entry of targets) {
    if (entry.kind === 'talentProgram' && statuses.includes(entry.status)) {
      findings.push({ entry, path: 'status', vars: { programName: entry.programName, status: entry.status } });
    }
  }
  return findings;
};
