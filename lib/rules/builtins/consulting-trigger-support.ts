import type { Builtin, Finding } from '../types';
import { hasSupportFrom } from './has-support-from';
import { isOngoing } from '../dates';
import { CONSULTING_TRIGGERS } from './consulting-triggers-answered';

/** Ongoing consulting with a trigger answered yes, and no support entry from the same organisation. */
export const consultingTriggerSupport: Builtin = (ctx, targets) => {
  const findings: Finding[] = [];
  for (const entry of targets) {
    if (entry.kind !== 'consulting' || !isOngoing(entry.endDate, ctx.today)) continue;
    const yes = (Object.keys(CONSULTING_TRIGGERS) as (keyof typeof CONSULTING_TRIGGERS)[]).filter((k) => entry[k] === true);
    if (!yes.length || hasSupportFrom(ctx, entry)) continue;
    findings.push({ entry, path: yes[0], vars: { triggers: yes.map((k) => CONSULTING_TRIGGERS[k]).join(' ') } });
  }
  return findings;
};
