import type { Builtin } from '../types';
import { effortYearsCovered } from './effort-years-covered';
import { effortRange } from './effort-range';
import { effortPrecision } from './effort-precision';
import { personMonthsPerYear } from './person-months-per-year';
import { statusCurrentEnded } from './status-current-ended';
import { statusPendingStale } from './status-pending-stale';
import { maxLength } from './max-length';
import { amountCurrency } from './amount-currency';
import { inKindUndisclosedSupport } from './in-kind-undisclosed-support';
import { consultingTriggersAnswered } from './consulting-triggers-answered';
import { consultingTriggerSupport } from './consulting-trigger-support';
import { appointmentSupport } from './appointment-support';
import { foreignAppointmentDocuments } from './foreign-appointment-documents';
import { talentProgramDisclose } from './talent-program-disclose';
import { malignIndicators } from './malign-indicators';
import { screeningMatch } from './screening-match';
import { reviewStale } from './review-stale';
import { personalContact } from './personal-contact';

/** Every check a rule pack can call as `{ "builtin": name, "params": {…} }`. */
export const BUILTINS: Record<string, Builtin> = {
  effortYearsCovered,
  effortRange,
  effortPrecision,
  personMonthsPerYear,
  statusCurrentEnded,
  statusPendingStale,
  maxLength,
  amountCurrency,
  inKindUndisclosedSupport,
  consultingTriggersAnswered,
  consultingTriggerSupport,
  appointmentSupport,
  foreignAppointmentDocuments,
  talentProgramDisclose,
  malignIndicators,
  screeningMatch,
  reviewStale,
  personalContact,
};
