/**
 * What the record says for a field key: profile values for `person.*`, yes/no answers derived
 * from entries for `disclosure.*`, and entry paths (`support.totalAmount.amount`) for rows.
 */
import { isForeign, type Entry, type Profile } from '@/lib/model';

export type RecordValue =
  | { type: 'text'; text: string }
  | { type: 'date'; iso: string; end: boolean }
  | { type: 'period'; start: string; end: string }
  | { type: 'money'; amount: number; currency: string }
  | { type: 'number'; value: number }
  | { type: 'choice'; value: string }
  | { type: 'country'; code: string };

const CHOICE_PATHS = new Set(['status', 'role', 'sponsorType', 'appointmentType', 'interestType', 'travelType', 'partnerType', 'fundingFlow']);
const BOOLEAN_PATHS = new Set(['paid', 'compensated', 'thisProposal', 'forThisProject', 'relatedToResearch']);

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function isOngoing(e: Entry, now: Date): boolean {
  const end = (e as { endDate?: string | null }).endDate;
  return end === null || end === undefined || end >= now.toISOString().slice(0, 7);
}

/** Yes/no answers to disclosure questions, from facts the researcher entered. */
export function disclosureAnswer(key: string, profile: Profile, entries: readonly Entry[], now: Date): 'yes' | 'no' | undefined {
  const any = (pred: (e: Entry) => boolean) => (entries.some(pred) ? 'yes' : 'no');
  switch (key) {
    case 'disclosure.talentProgram':
      return any((e) => e.kind === 'talentProgram' && e.status !== 'declined');
    case 'disclosure.foreignAppointment':
      return any((e) => e.kind === 'appointment' && isForeign(e, profile.person.homeCountry) && isOngoing(e, now));
    case 'disclosure.foreignSupport':
      return any((e) => (e.kind === 'support' || e.kind === 'inKind') && isForeign(e, profile.person.homeCountry) && e.status !== 'completed');
    case 'disclosure.consulting':
      return any((e) => e.kind === 'consulting' && isOngoing(e, now));
    case 'disclosure.financialInterest':
      return any((e) => e.kind === 'financialInterest' && isOngoing(e, now));
    // A founder's stake in a start-up is equity too.
    case 'disclosure.equity':
      return any((e) => e.kind === 'financialInterest' && (e.interestType === 'equity' || e.interestType === 'startup') && isOngoing(e, now));
    case 'disclosure.royalty':
      return any((e) => e.kind === 'financialInterest' && (e.interestType === 'royalty' || e.interestType === 'ip-license') && isOngoing(e, now));
    case 'disclosure.founder':
      return any((e) => e.kind === 'financialInterest' && e.interestType === 'startup' && isOngoing(e, now));
    case 'disclosure.inKind':
      return any((e) => e.kind === 'inKind');
    // "Other funding to report?": support besides the application itself, held or applied for.
    case 'disclosure.otherSupport':
      return any((e) => e.kind === 'support' && !e.thisProposal && e.status !== 'completed');
    default:
      return undefined;
  }
}

export function personValue(key: string, profile: Profile): RecordValue | undefined {
  const p = profile.person;
  const text = (t: string | undefined) => (t ? ({ type: 'text', text: t } as const) : undefined);
  switch (key) {
    case 'person.fullName':
      return text([p.givenName, p.familyName].filter(Boolean).join(' '));
    case 'person.organization':
      return text(p.primaryOrganization?.name);
    case 'person.organizationLocation': {
      const o = p.primaryOrganization;
      return text(o && [o.name, o.city, o.region ?? o.country].filter(Boolean).join(', '));
    }
    default: {
      const v = get(p, key.slice('person.'.length));
      if (typeof v === 'string' && key.endsWith('.country')) return { type: 'country', code: v };
      return typeof v === 'string' ? text(v) : undefined;
    }
  }
}

/**
 * Person-months for the year a control names (a 4-digit year, or "Year N"), else the current or
 * first year. `nth`: the control is the nth row of a per-year table whose labels name no year.
 */
export function effortFor(entry: Entry, labelText: string, now: Date, nth?: number): { year: number; personMonths: number } | undefined {
  const effort = (entry as { effort?: { year: number; personMonths: number }[] }).effort;
  if (!effort?.length) return undefined;
  // A year the control names wins over its place among its row's repeats (a column per calendar year).
  const year = /\b(19|20)\d\d\b/.exec(labelText)?.[0];
  if (year) return effort.find((e) => e.year === Number(year));
  if (nth !== undefined) return effort[nth];
  const named = /(?:year|annee|année|jahr|anno)\s*(\d+)|(\d+)\s*年目/i.exec(labelText);
  if (named) return effort[Number(named[1] ?? named[2]) - 1];
  return effort.find((e) => e.year === now.getFullYear()) ?? effort[0];
}

export function entryValue(key: string, entry: Entry, labelText: string, now: Date, nth?: number): RecordValue | undefined {
  const path = key.slice(key.indexOf('.') + 1);
  if (path === 'effort.personMonths') {
    const e = effortFor(entry, labelText, now, nth);
    return e ? { type: 'number', value: e.personMonths } : undefined;
  }
  if (path === 'effort.year') {
    const e = effortFor(entry, labelText, now, nth);
    return e ? { type: 'text', text: String(e.year) } : undefined;
  }
  // "Type of activity" on an outside-activity form: a consulting entry is consulting.
  if (path === 'activityType') return entry.kind === 'consulting' ? { type: 'choice', value: 'consulting' } : undefined;
  // "Ongoing" ticks when the record names no end.
  if (path === 'ongoing') return 'endDate' in entry ? { type: 'choice', value: (entry as { endDate?: string | null }).endDate ? 'no' : 'yes' } : undefined;
  if (path === 'period') {
    const { startDate, endDate } = entry as { startDate?: string; endDate?: string | null };
    return startDate && endDate ? { type: 'period', start: startDate, end: endDate } : undefined;
  }
  // "Duration in months": both ends counted, as a period from 08/2024 to 07/2027 is 36 months.
  if (path === 'durationMonths') {
    const { startDate, endDate } = entry as { startDate?: string; endDate?: string | null };
    if (!startDate || !endDate) return undefined;
    const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7) || 1);
    return { type: 'number', value: month(endDate) - month(startDate) + 1 };
  }
  if (path === 'startDate' || path === 'endDate') {
    const iso = get(entry, path);
    return typeof iso === 'string' ? { type: 'date', iso, end: path === 'endDate' } : undefined;
  }
  if (path.endsWith('.amount')) {
    const money = get(entry, path.slice(0, -'.amount'.length)) as { amount: number; currency: string } | undefined;
    return money ? { type: 'money', amount: money.amount, currency: money.currency } : undefined;
  }
  if (path === 'awarded') {
    const status = (entry as { status?: string }).status;
    return status ? { type: 'choice', value: status === 'current' || status === 'completed' ? 'yes' : 'no' } : undefined;
  }
  // The record keeps amounts for the whole period: "The amount refers to: Total | Per year" is "Total".
  if (path === 'amountBasis') {
    const money = entry as { totalAmount?: unknown; estimatedValue?: unknown };
    return money.totalAmount || money.estimatedValue ? { type: 'choice', value: 'total' } : undefined;
  }
  if (path === 'organization.country') {
    const code = entry.organization?.country;
    return code ? { type: 'country', code } : undefined;
  }
  const v = get(entry, path);
  if (v === undefined || v === null || v === '') return undefined;
  const leaf = path.split('.').pop()!;
  if (BOOLEAN_PATHS.has(leaf)) return { type: 'choice', value: v ? 'yes' : 'no' };
  if (CHOICE_PATHS.has(leaf) || path.endsWith('.currency')) return { type: 'choice', value: String(v) };
  if (typeof v === 'number') return { type: 'number', value: v };
  return typeof v === 'string' ? { type: 'text', text: v } : undefined;
}

/** One line naming the entry a value came from, for the review list. */
export function describeEntry(entry: Entry): string {
  const e = entry as Record<string, unknown>;
  const what = (e.title ?? e.summary ?? e.programName ?? e.project ?? e.role ?? '') as string;
  return [entry.organization?.name, what].filter(Boolean).join(' — ');
}
