import type { EntryKind } from '@/lib/model';

/** How each entry kind is named in the UI, and the one line an empty list shows about it. */
export const KIND_INFO: Record<EntryKind, { plural: string; singular: string; covers: string }> = {
  appointment: {
    plural: 'Appointments', singular: 'appointment',
    covers: 'Positions, affiliations and titles at any organisation, paid or unpaid — including visiting, honorary, advisory and board roles.',
  },
  consulting: {
    plural: 'Consulting', singular: 'consulting engagement',
    covers: 'Advice you give to companies, governments or other organisations outside your main appointment, paid or not.',
  },
  support: {
    plural: 'Current and pending support', singular: 'support',
    covers: 'Grants, contracts and proposals that support your research, from any source, including pending and planned ones.',
  },
  inKind: {
    plural: 'In-kind contributions', singular: 'in-kind contribution',
    covers: 'Resources without money changing hands: lab space, equipment, staff, data or materials provided by another organisation.',
  },
  financialInterest: {
    plural: 'Financial interests', singular: 'financial interest',
    covers: 'Equity, start-ups, licences, royalties and patents connected with your work.',
  },
  talentProgram: {
    plural: 'Talent programmes', singular: 'talent programme',
    covers: 'Talent or recruitment programmes you take part in, applied to, left or declined, and their terms.',
  },
  travel: {
    plural: 'Sponsored travel, gifts and honoraria', singular: 'sponsored travel, gift or honorarium',
    covers: 'Travel that others paid for, honoraria and gifts received in your research role.',
  },
  partnership: {
    plural: 'Partnerships', singular: 'partnership',
    covers: 'Research collaborations with other organisations, recorded for due diligence.',
  },
};

/** Short label for a kind in lists ("Support", "Talent programme"). */
export function kindLabel(kind: EntryKind): string {
  const s = KIND_INFO[kind].singular;
  return s.charAt(0).toUpperCase() + s.slice(1);
}
