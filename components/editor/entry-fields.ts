/**
 * Which fields each entry kind's form shows, as data: one list per kind covering every field of
 * lib/model/entries.ts. The form renders these and converts values with the same list.
 */
import {
  APPOINTMENT_TYPES, COMPENSATION_TYPES, FUNDING_FLOWS, IN_KIND_STATUSES, INTEREST_TYPES, PARTNER_TYPES,
  SPONSOR_TYPES, SUPPORT_ROLES, SUPPORT_STATUSES, TALENT_STATUSES, TRAVEL_TYPES, type EntryKind,
} from '@/lib/model';

export type FieldSpec =
  | { name: string; label: string; type: 'text' | 'textarea' | 'date' | 'number'; required?: boolean; hint?: string }
  | { name: string; label: string; type: 'select'; options: readonly string[]; required?: boolean; hint?: string }
  /** A required boolean (checkbox). */
  | { name: string; label: string; type: 'check'; hint?: string }
  /** An optional boolean: yes / no / not answered. */
  | { name: string; label: string; type: 'yesno'; hint?: string }
  | { name: string; label: string; type: 'money'; hint?: string }
  | { name: string; label: string; type: 'effort'; hint?: string }
  | { name: string; label: string; type: 'multi'; options: readonly string[]; hint?: string }
  | { name: string; label: string; type: 'malign'; hint?: string };

export const DATE_HINT = 'Year, year-month or full date: 2024, 2024-06 or 2024-06-15';
const PM_HINT = 'Person-months per year (12 = full time)';

const role: FieldSpec = { name: 'role', label: 'Role or title', type: 'text' };
const reported: FieldSpec = { name: 'reportedToInstitution', label: 'Reported to your institution?', type: 'yesno' };
const contract: FieldSpec = { name: 'contractOnFile', label: 'Contract or agreement on file?', type: 'yesno' };
const effort: FieldSpec = {
  name: 'effort', label: 'Effort by year', type: 'effort',
  hint: 'Person-months you spend on it in each calendar year (12 = full time).',
};
const placeOfPerformance: FieldSpec = { name: 'placeOfPerformance', label: 'Place of performance', type: 'text' };
const objectives: FieldSpec = { name: 'objectives', label: 'Objectives', type: 'textarea' };
const overlap: FieldSpec = {
  name: 'overlap', label: 'Overlap with other work', type: 'textarea',
  hint: 'Scientific, budgetary or effort overlap with your other support — or say there is none.',
};

/** The fields that depend on the kind, in form order. Organisation, dates, description, notes and review date are common. */
export const KIND_FIELDS: Record<EntryKind, FieldSpec[]> = {
  appointment: [
    { name: 'appointmentType', label: 'Type of appointment', type: 'select', options: APPOINTMENT_TYPES, required: true },
    role,
    { name: 'paid', label: 'Paid appointment', type: 'check' },
    { name: 'compensation', label: 'Compensation', type: 'money' },
    { name: 'personMonthsPerYear', label: 'Person-months per year', type: 'number', hint: PM_HINT },
    { name: 'foreignGovernmentLinked', label: 'Linked to a foreign government?', type: 'yesno' },
    contract,
    { name: 'translationOnFile', label: 'English translation of the contract on file?', type: 'yesno' },
    reported,
  ],
  consulting: [
    role,
    { name: 'compensated', label: 'Compensated', type: 'check' },
    { name: 'compensation', label: 'Compensation', type: 'money' },
    { name: 'personMonthsPerYear', label: 'Person-months per year', type: 'number', hint: PM_HINT },
    { name: 'requiresResearch', label: 'Does it require you to do research?', type: 'yesno' },
    { name: 'relatedToResearch', label: 'Is it related to your research?', type: 'yesno' },
    { name: 'confidentialityRequired', label: 'Does it require confidentiality?', type: 'yesno' },
    reported,
  ],
  support: [
    { name: 'title', label: 'Project or proposal title', type: 'text', required: true },
    { name: 'status', label: 'Status', type: 'select', options: SUPPORT_STATUSES, required: true },
    { name: 'awardNumber', label: 'Award or proposal number', type: 'text' },
    { name: 'sponsorType', label: 'Type of sponsor', type: 'select', options: SPONSOR_TYPES },
    { name: 'role', label: 'Your role', type: 'select', options: SUPPORT_ROLES },
    { name: 'pdPi', label: 'PD/PI (if not you)', type: 'text' },
    placeOfPerformance,
    { name: 'totalAmount', label: 'Total amount', type: 'money' },
    effort,
    objectives,
    overlap,
    { name: 'thisProposal', label: 'Is this the proposal being submitted?', type: 'yesno' },
  ],
  inKind: [
    { name: 'summary', label: 'What is contributed', type: 'text', required: true },
    { name: 'status', label: 'Status', type: 'select', options: IN_KIND_STATUSES, required: true },
    role,
    { name: 'estimatedValue', label: 'Estimated value', type: 'money' },
    effort,
    { name: 'forThisProject', label: 'Is it for the project being proposed?', type: 'yesno' },
    placeOfPerformance,
    objectives,
    overlap,
  ],
  financialInterest: [
    { name: 'interestType', label: 'Type of interest', type: 'select', options: INTEREST_TYPES, required: true },
    role,
    { name: 'value', label: 'Value', type: 'money' },
    { name: 'relatedToResearch', label: 'Is it related to your research?', type: 'yesno' },
    { name: 'jurisdiction', label: 'Jurisdiction', type: 'text' },
  ],
  talentProgram: [
    { name: 'programName', label: 'Programme name', type: 'text', required: true },
    { name: 'status', label: 'Status', type: 'select', options: TALENT_STATUSES, required: true },
    role,
    { name: 'compensationTypes', label: 'What the programme provides', type: 'multi', options: COMPENSATION_TYPES },
    contract,
    {
      name: 'malignIndicators', label: 'Programme terms (CHIPS and Science Act §10638(4))', type: 'malign',
      hint: 'Answer each from the programme contract or agreement. Leave unanswered what you do not know.',
    },
  ],
  travel: [
    { name: 'travelType', label: 'Type', type: 'select', options: TRAVEL_TYPES, required: true },
    role,
    { name: 'value', label: 'Value', type: 'money' },
    { name: 'purpose', label: 'Purpose', type: 'text' },
    { name: 'destination', label: 'Destination', type: 'text' },
    { name: 'days', label: 'Number of days', type: 'number' },
  ],
  partnership: [
    { name: 'project', label: 'Project', type: 'text', required: true },
    role,
    { name: 'partnerType', label: 'Type of partner', type: 'select', options: PARTNER_TYPES },
    { name: 'agreementOnFile', label: 'Agreement on file?', type: 'yesno' },
    { name: 'fundingFlow', label: 'Funding flow', type: 'select', options: FUNDING_FLOWS },
    { name: 'sensitiveArea', label: 'Sensitive research area (if any)', type: 'text' },
  ],
};

/** Readable names for enum values where the code alone is unclear. */
export const OPTION_LABELS: Record<string, string> = {
  'foreign-government': 'foreign government',
  'senior-personnel': 'senior personnel',
  'ip-license': 'IP licence',
  'research-funds': 'research funds',
  'future-promise': 'promise of future benefits',
  in: 'incoming (to you or your institution)',
  out: 'outgoing (to the partner)',
  none: 'none',
};

/** What the organisation of each kind is, as the form calls it. */
export const ORG_LEGEND: Record<EntryKind, string> = {
  appointment: 'Organisation',
  consulting: 'Client organisation',
  support: 'Sponsor',
  inKind: 'Source organisation',
  financialInterest: 'Company or organisation',
  talentProgram: 'Sponsoring organisation',
  travel: 'Paying organisation',
  partnership: 'Partner organisation',
};

/**
 * The nine statutory yes/no questions of a malign foreign talent recruitment programme,
 * 42 U.S.C. 19237(4)(A), in plain language. Keys are MALIGN_INDICATORS.
 */
export const MALIGN_QUESTIONS: { key: string; label: string }[] = [
  { key: 'unauthorizedTransfer', label: 'Does it ask you to transfer intellectual property, materials, data or other non-public information without authorisation?' },
  { key: 'recruitTrainees', label: 'Does it ask you to recruit trainees or researchers into the programme?' },
  { key: 'establishLabOrCompany', label: 'Does it ask you to set up a laboratory or company abroad in a way that breaks the terms of a federal research award?' },
  { key: 'acceptPositionInViolation', label: 'Does it ask you to take a faculty position or other job abroad in a way that breaks the terms of a federal research award?' },
  { key: 'cannotTerminate', label: 'Are you unable to end the agreement except in extraordinary circumstances?' },
  { key: 'overlapWithFederalWork', label: 'Does it limit your capacity to carry out a federal award, or require work that substantially overlaps or duplicates it?' },
  { key: 'applyForForeignFunding', label: 'Are you required to apply for and obtain funding from the sponsoring government, with the sponsor as recipient?' },
  { key: 'omitAcknowledgment', label: 'Are you required to leave out acknowledgement of your institution or of the federal agency funding your work?' },
  { key: 'nondisclosure', label: 'Are you required not to disclose your participation to a federal agency or your employer?' },
];
