/**
 * Plain-text formatting of record values for the PDF (and the drafts). Deterministic: no locale
 * or clock dependence, so the same record and date always print the same text.
 */
import type { Entry, Money, Organization, Profile, YearEffort } from '@/lib/model';

/** Unicode ranges of Japanese and other CJK scripts (kana, CJK ideographs, full-width forms). */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function containsCjk(text: string): boolean {
  return CJK.test(text);
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** `USD 250,000`. */
export function formatMoney(money: Money | undefined): string {
  return money ? `${money.currency} ${grouped.format(money.amount)}` : '';
}

export function formatNumber(value: number): string {
  return grouped.format(value);
}

/** `2021-09 – ongoing`, `2019 – 2022-06`, `from 2020`, or '' when no date is recorded. */
export function formatDateRange(entry: Pick<Entry, 'startDate' | 'endDate'>): string {
  const end = entry.endDate === null ? 'ongoing' : entry.endDate;
  if (entry.startDate && end) return `${entry.startDate} – ${end}`;
  if (entry.startDate) return `from ${entry.startDate}`;
  if (end) return `until ${end}`;
  return '';
}

/** `Toronto, Ontario, CA` — the organisation's location, '' when none recorded. */
export function formatLocation(org: Organization): string {
  return [org.city, org.region, org.country].filter(Boolean).join(', ');
}

/** `University of Toronto (Toronto, CA)`. */
export function formatOrganization(org: Organization): string {
  const where = formatLocation(org);
  return where ? `${org.name} (${where})` : org.name;
}

/** `2026: 1.5; 2027: 1` */
export function formatEffort(effort: readonly YearEffort[] | undefined): string {
  return (effort ?? [])
    .slice()
    .sort((a, b) => a.year - b.year)
    .map((e) => `${e.year}: ${formatNumber(e.personMonths)}`)
    .join('; ');
}

export function formatYesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'Yes' : 'No';
}

/**
 * The foreign-tie mark printed in text (`Foreign — DE`): an entry is foreign when its organisation's
 * country differs from the researcher's home country. '' when either country is unknown or equal.
 */
export function foreignMark(entry: Entry, profile: Profile): string {
  const home = profile.person.homeCountry;
  const country = entry.organization.country;
  return home && country && home !== country ? `Foreign — ${country}` : '';
}

export function personName(profile: Profile): string {
  return [profile.person.givenName, profile.person.familyName].filter(Boolean).join(' ');
}

/** Sort key putting ongoing and most recent first (reverse chronological). */
export function reverseChronological<T extends Pick<Entry, 'startDate' | 'endDate'>>(items: readonly T[]): T[] {
  const endKey = (e: T) => (e.endDate === null ? '9999' : (e.endDate ?? e.startDate ?? ''));
  return items.slice().sort((a, b) => endKey(b).localeCompare(endKey(a)) || (b.startDate ?? '').localeCompare(a.startDate ?? ''));
}
