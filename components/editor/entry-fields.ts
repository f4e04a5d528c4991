/**
 * Which fields each entry kind's form shows, as data: one list per kind covering every field of
 * lib/model/entries.ts. The form renders these and converts values with the same list.
 */
import {
  APPOINTMENT_TYPES, COMPENSATION_TYPES, FUNDING_FLOWS, IN_KIND_STATUSES, INTEREST_TYPES, PARTNER_TYPES,
  SPONSOR_TYPES, SUPPORT_ROLES, SUPPORT_STATUSES, TALENT_STATUSES, TRAVEL_TYPES, type EntryKind,
} from '@/lib/model';
import type { PlainKey } from '@/lib/i18n';

export type FieldSpec =
  | { name: string; label: PlainKey; type: 'text' | 'textarea' | 'date' | 'number'; required?: boolean; hint?: PlainKey }
  | { name: string; label: PlainKey; type: 'select'; options: readonly string[]; required?: boolean; hint?: PlainKey }
  /** A required boolean (checkbox). */
  | { name: string; label: PlainKey; type: 'check'; hint?: PlainKey }
  /** An optional boolean: yes / no / not answered. */
  | { name: string; label: PlainKey; type: 'yesno'; hint?: PlainKey }
  | { name: string; label: PlainKey; type: 'money'; hint?: PlainKey }
  | { name: string; label: PlainKey; type: 'effort'; hint?: PlainKey }
  | { name: string; label: PlainKey; type: 'multi'; options: readonly string[]; hint?: PlainKey }
  | { name: string; label: PlainKey; type: 'malign'; hint?: PlainKey };

export const DATE_HINT: PlainKey = 'entryForm.dateHint';
const PM_HINT: PlainKey = 'entryFields.personMonthsHint';

const role: FieldSpec = { name: 'role', label: 'entryFields.role', type: 'text' };
const reported: FieldSpec = { name: 'reportedToInstitution', label: 'entryFields.reportedToInstitution', type: 'yesno' };
const contract: FieldSpec = { name: 'contractOnFile', label: 'entryFields.contractOnFile', type: 'yesno' };
const effort: FieldSpec = {
  name: 'effort', label: 'entryFields.effort', type: 'effort',
  hint: 'entryFields.effortHint',
};
const placeOfPerformance: FieldSpec = { name: 'placeOfPerformance', label: 'entryFields.placeOfPerformance', type: 'text' };
const objectives: FieldSpec = { name: 'objectives', label: 'entryFields.objectives', type: 'textarea' };
const overlap: FieldSpec = {
  name: 'overlap', label: 'entryFields.overlap', type: 'textarea',
  hint: 'entryFields.overlapHint',
};

/** The fields that depend on the kind, in form order. Organisation, dates, description, notes and review date are common. */
export const KIND_FIELDS: Record<EntryKind, FieldSpec[]> = {
  appointment: [
    { name: 'appointmentType', label: 'entryFields.appointmentType', type: 'select', options: APPOINTMENT_TYPES, required: true },
    role,
    { name: 'paid', label: 'entryFields.paid', type: 'check' },
    { name: 'compensation', label: 'entryFields.compensation', type: 'money' },
    { name: 'personMonthsPerYear', label: 'entryFields.personMonthsPerYear', type: 'number', hint: PM_HINT },
    { name: 'foreignGovernmentLinked', label: 'entryFields.foreignGovernmentLinked', type: 'yesno' },
    contract,
    { name: 'translationOnFile', label: 'entryFields.translationOnFile', type: 'yesno' },
    reported,
  ],
  consulting: [
    role,
    { name: 'compensated', label: 'entryFields.compensated', type: 'check' },
    { name: 'compensation', label: 'entryFields.compensation', type: 'money' },
    { name: 'personMonthsPerYear', label: 'entryFields.personMonthsPerYear', type: 'number', hint: PM_HINT },
    { name: 'requiresResearch', label: 'entryFields.requiresResearch', type: 'yesno' },
    { name: 'relatedToResearch', label: 'entryFields.relatedToResearch', type: 'yesno' },
    { name: 'confidentialityRequired', label: 'entryFields.confidentialityRequired', type: 'yesno' },
    reported,
  ],
  support: [
    { name: 'title', label: 'entryFields.title', type: 'text', required: true },
    { name: 'status', label: 'entryFields.status', type: 'select', options: SUPPORT_STATUSES, required: true },
    { name: 'awardNumber', label: 'entryFields.awardNumber', type: 'text' },
    { name: 'sponsorType', label: 'entryFields.sponsorType', type: 'select', options: SPONSOR_TYPES },
    { name: 'role', label: 'entryFields.yourRole', type: 'select', options: SUPPORT_ROLES },
    { name: 'pdPi', label: 'entryFields.pdPi', type: 'text' },
    placeOfPerformance,
    { name: 'totalAmount', label: 'entryFields.totalAmount', type: 'money' },
    effort,
    objectives,
    overlap,
    { name: 'thisProposal', label: 'entryFields.thisProposal', type: 'yesno' },
  ],
  inKind: [
    { name: 'summary', label: 'entryFields.summary', type: 'text', required: true },
    { name: 'status', label: 'entryFields.status', type: 'select', options: IN_KIND_STATUSES, required: true },
    role,
    { name: 'estimatedValue', label: 'entryFields.estimatedValue', type: 'money' },
    effort,
    { name: 'forThisProject', label: 'entryFields.forThisProject', type: 'yesno' },
    placeOfPerformance,
    objectives,
    overlap,
  ],
  financialInterest: [
    { name: 'interestType', label: 'entryFields.interestType', type: 'select', options: INTEREST_TYPES, required: true },
    role,
    { name: 'value', label: 'entryFields.value', type: 'money' },
    { name: 'relatedToResearch', label: 'entryFields.relatedToResearch', type: 'yesno' },
    { name: 'jurisdiction', label: 'entryFields.jurisdiction', type: 'text' },
  ],
  talentProgram: [
    { name: 'programName', label: 'entryFields.programName', type: 'text', required: true },
    { name: 'status', label: 'entryFields.status', type: 'select', options: TALENT_STATUSES, required: true },
    role,
    { name: 'compensationTypes', label: 'entryFields.compensationTypes', type: 'multi', options: COMPENSATION_TYPES },
    contract,
    {
      name: 'malignIndicators', label: 'entryFields.malignIndicators', type: 'malign',
      hint: 'entryFields.malignHint',
    },
  ],
  travel: [
    { name: 'travelType', label: 'entryFields.travelType', type: 'select', options: TRAVEL_TYPES, required: true },
    role,
    { name: 'value', label: 'entryFields.value', type: 'money' },
    { name: 'purpose', label: 'entryFields.purpose', type: 'text' },
    { name: 'destination', label: 'entryFields.destination', type: 'text' },
    { name: 'days', label: 'entryFields.days', type: 'number' },
  ],
  partnership: [
    { name: 'project', label: 'entryFields.project', type: 'text', required: true },
    role,
    { name: 'partnerType', label: 'entryFields.partnerType', type: 'select', options: PARTNER_TYPES },
    { name: 'agreementOnFile', label: 'entryFields.agreementOnFile', type: 'yesno' },
    { name: 'fundingFlow', label: 'entryFields.fundingFlow', type: 'select', options: FUNDING_FLOWS },
    { name: 'sensitiveArea', label: 'entryFields.sensitiveArea', type: 'text' },
  ],
};

/** The locale key naming an enum value ("senior-personnel" → options.seniorPersonnel). */
export function optionKey(value: string): PlainKey {
  return `options.${value.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}` as PlainKey;
}

/** What the organisation of each kind is, as the form calls it. */
export const ORG_LEGEND: Record<EntryKind, PlainKey> = {
  appointment: 'orgLegend.appointment',
  consulting: 'orgLegend.consulting',
  support: 'orgLegend.support',
  inKind: 'orgLegend.inKind',
  financialInterest: 'orgLegend.financialInterest',
  talentProgram: 'orgLegend.talentProgram',
  travel: 'orgLegend.travel',
  partnership: 'orgLegend.partnership',
};

/**
 * The nine statutory yes/no questions of a malign foreign talent recruitment programme,
 * 42 U.S.C. 19237(4)(A), in plain language. Keys are MALIGN_INDICATORS.
 */
export const MALIGN_QUESTIONS: { key: string; label: PlainKey }[] = [
  { key: 'unauthorizedTransfer', label: 'malign.unauthorizedTransfer' },
  { key: 'recruitTrainees', label: 'malign.recruitTrainees' },
  { key: 'establishLabOrCompany', label: 'malign.establishLabOrCompany' },
  { key: 'acceptPositionInViolation', label: 'malign.acceptPositionInViolation' },
  { key: 'cannotTerminate', label: 'malign.cannotTerminate' },
  { key: 'overlapWithFederalWork', label: 'malign.overlapWithFederalWork' },
  { key: 'applyForForeignFunding', label: 'malign.applyForForeignFunding' },
  { key: 'omitAcknowledgment', label: 'malign.omitAcknowledgment' },
  { key: 'nondisclosure', label: 'malign.nondisclosure' },
];
