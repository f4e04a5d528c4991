import type { Builtin, Finding } from '../types';
import { hasSupportFrom } from './has-support-from';
import { isOngoing } from '../dates';
import { formatMonths } from '../fields';
import { organisationKeys } from '../org-names';
import { stringListParam } from '../params';

const NON_PRIMARY = ['secondary', 'joint', 'adjunct', 'visiting', 'honorary', 'emeritus', 'affiliate', 'advisory', 'board', 'other'];

/**
 * An ongoing appointment (of the `appointmentTypes` listed; default: every type but primary)
 * that takes time or is paid, at an organisation other than the primary employer, with no
 * support entry from that organisation.
 */
export const appointmentSupport: Builtin = (ctx, targets) => {
  const types = stringListParam(ctx.params, 'appointmentTypes', NON_PRIMARY);
  const primary = ctx.profile?.person.primaryOrganization;
  const primaryKeys = primary ? organisationKeys(primary) : [];
  const findings: Finding[] = [];
  for (const entry of targets) {
    if (entry.kind !== 'appointment' || !types.includes(entry.appointmentType) || !isOngoing(entry.endDate, ctx.today)) continue;
    const months = entry.personMonthsPerYear ?? 0;
    const paid = entry.paid || (entry.compensation?.amount ?? 0) > 0;
    if (!(months > 0) && !paid) continue;
    if (ctx.facts.organisationKeysOf(entry).some((k) => primaryKeys.includes(k)) || hasSupportFrom(ctx, entry)) continue;
    const reason = [months > 0 ? `takes ${formatMonths(months)} person-months a year` : '', paid ? 'is paid' : ''].filter(Boolean).join(' and ');
    findings.push({ entry, path: months > 0 ? 'personMonthsPerYear' : 'paid', vars: { appointmentType: entry.appointmentType, reason } });
  }
  return findings;
};
