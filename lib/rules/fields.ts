import type { Entry, YearEffort } from '@/lib/model';

/** Reads a dotted path (`organization.name`, `person.orcid`) from a record; undefined when any step is missing. */
export function readPath(record: unknown, path: string): unknown {
  if (record === null || typeof record !== 'object') return undefined;
  if (!path.includes('.')) return (record as Record<string, unknown>)[path];
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Blank means not given: absent, null, whitespace-only text or an empty list. `false` and 0 are answers. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Year-by-year person-months of an entry that records them (support, in-kind). */
export function effortOf(entry: Entry): readonly YearEffort[] {
  return 'effort' in entry && Array.isArray(entry.effort) ? entry.effort : [];
}

/** Rounds for display: 13.499999 → "13.5". */
export function formatMonths(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Plain names for the field paths rules mention, so messages read "total amount", not "totalAmount". */
const FIELD_LABELS: Record<string, string> = {
  title: 'The title',
  awardNumber: 'The award number',
  'organization.name': 'The organisation name',
  placeOfPerformance: 'The place of performance',
  objectives: 'The objectives',
  overlap: 'The overlap statement',
  totalAmount: 'The total amount',
  estimatedValue: 'The estimated value',
  compensation: 'The compensation',
  value: 'The value',
  description: 'The description',
  notes: 'The notes',
  summary: 'The summary',
  purpose: 'The purpose',
  project: 'The project name',
  startDate: 'The start date',
  endDate: 'The end date',
  partnerType: 'The partner type',
  fundingFlow: 'The direction of funding',
  reportedToInstitution: 'Whether it was reported to your institution',
  sponsorType: 'The sponsor type',
  'person.orcid': 'The ORCID iD',
};

export function fieldLabel(path: string): string {
  return FIELD_LABELS[path] ?? `The field ${path}`;
}

/** 12345.6 → "12,345.6" without Intl (which is slow when called thousands of times per evaluation). */
export function formatAmount(n: number): string {
  const [whole, fraction] = String(Math.round(n * 100) / 100).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}
