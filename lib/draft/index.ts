/**
 * Narrative drafts for free-text disclosure boxes ("List all positions and appointments…"), built
 * only from facts in the record: a missing field leaves its clause out, never a guess. Wording per
 * language is data (templates.json); this file only selects and fills clauses.
 */
import type { Entry, EntryOf, Locale, Money, Profile } from '@/lib/model';
import TEMPLATES from './templates.json';

export const DRAFT_TOPICS = [
  'positions-and-appointments', 'foreign-activities', 'consulting-and-outside-activities', 'in-kind-support', 'financial-interests',
] as const;
export type DraftTopic = (typeof DRAFT_TOPICS)[number];

export interface DraftOptions {
  locale: Locale;
  /**
   * YYYY-MM-DD. Accepted for callers that pass the review date; every recorded entry is drafted
   * whatever its dates, because past ties are disclosable too and each sentence states its period.
   */
  today?: string;
}

type Strings = (typeof TEMPLATES)['en'];
const STRINGS: Record<Locale, Strings> = TEMPLATES;

/** Replaces `{name}` placeholders; every placeholder used must have a value. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function money(value: Money, locale: Locale): string {
  return `${value.currency} ${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value.amount)}`;
}

function orgText(entry: Entry): string {
  const o = entry.organization;
  const where = [o.city, o.country].filter(Boolean).join(', ');
  return where ? `${o.name} (${where})` : o.name;
}

function period(entry: Entry, s: Strings): string | undefined {
  const { startDate: start, endDate: end } = entry;
  if (start && end) return fill(s.period.range, { start, end });
  if (start && end === null) return fill(s.period.since, { start });
  if (start) return fill(s.period.from, { start });
  if (end) return fill(s.period.until, { end });
  return undefined;
}

/** Head clause plus the optional clauses that have facts, as one sentence. */
function sentence(s: Strings, head: string, clauses: (string | undefined | false)[]): string {
  return [head, ...clauses.filter((c): c is string => Boolean(c))].join(s.sep) + s.stop;
}

function ofKind<K extends Entry['kind']>(entries: readonly Entry[], kind: K): EntryOf<K>[] {
  return entries.filter((e): e is EntryOf<K> => e.kind === kind);
}

function appointmentSentence(e: EntryOf<'appointment'>, s: Strings, locale: Locale): string {
  const values = { role: e.role ?? '', type: s.appointmentTypes[e.appointmentType], org: orgText(e) };
  return sentence(s, fill(e.role ? s.appointment.withRole : s.appointment.withoutRole, values), [
    period(e, s),
    e.paid ? s.appointment.paid : s.appointment.unpaid,
    e.compensation && fill(s.appointment.compensation, { money: money(e.compensation, locale) }),
    e.personMonthsPerYear !== undefined && fill(s.appointment.personMonths, { pm: String(e.personMonthsPerYear) }),
  ]);
}

function consultingSentence(e: EntryOf<'consulting'>, s: Strings, locale: Locale): string {
  return sentence(s, fill(e.role ? s.consulting.withRole : s.consulting.withoutRole, { role: e.role ?? '', org: orgText(e) }), [
    period(e, s),
    e.compensated ? s.consulting.compensated : s.consulting.uncompensated,
    e.compensation && fill(s.consulting.compensation, { money: money(e.compensation, locale) }),
    e.personMonthsPerYear !== undefined && fill(s.consulting.personMonths, { pm: String(e.personMonthsPerYear) }),
    e.relatedToResearch === true && s.consulting.relatedToResearch,
  ]);
}

function inKindSentence(e: EntryOf<'inKind'>, s: Strings, locale: Locale): string {
  return sentence(s, fill(s.inKind.head, { summary: e.summary, org: orgText(e) }), [
    s.inKind.status[e.status],
    period(e, s),
    e.estimatedValue && fill(s.inKind.value, { money: money(e.estimatedValue, locale) }),
  ]);
}

function interestSentence(e: EntryOf<'financialInterest'>, s: Strings, locale: Locale): string {
  return sentence(s, fill(s.financialInterest.head, { type: s.interestTypes[e.interestType], org: orgText(e) }), [
    period(e, s),
    e.value && fill(s.financialInterest.value, { money: money(e.value, locale) }),
    e.relatedToResearch === true && s.financialInterest.relatedToResearch,
    e.jurisdiction && fill(s.financialInterest.jurisdiction, { jurisdiction: e.jurisdiction }),
  ]);
}

/** What the entry is about, beyond its organisation: title, programme, role, summary or project. */
function entrySubject(e: Entry): string | undefined {
  switch (e.kind) {
    case 'support': return e.title;
    case 'talentProgram': return e.programName;
    case 'inKind': return e.summary;
    case 'partnership': return e.project;
    default: return e.role;
  }
}

function foreignSentence(e: Entry, s: Strings): string {
  return sentence(s, fill(s.foreign.head, { kind: s.kinds[e.kind], org: orgText(e) }), [entrySubject(e), period(e, s)]);
}

function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

export function draftNarratives(profile: Profile, entries: readonly Entry[], options: DraftOptions): Record<DraftTopic, string> {
  const { locale } = options;
  const s = STRINGS[locale];
  // Newest first, so a reader sees current ties before old ones.
  const ordered = entries
    .slice()
    .sort((a, b) => (b.endDate === null ? '9999' : (b.endDate ?? b.startDate ?? '')).localeCompare(a.endDate === null ? '9999' : (a.endDate ?? a.startDate ?? '')));
  const paragraph = (topic: DraftTopic, sentences: string[], none = s.none[topic]) => (sentences.length ? sentences.join(s.join) : none);
  const home = profile.person.homeCountry;
  const foreign = home ? ordered.filter((e) => e.organization.country && e.organization.country !== home) : [];
  return {
    'positions-and-appointments': paragraph('positions-and-appointments', ofKind(ordered, 'appointment').map((e) => appointmentSentence(e, s, locale))),
    'foreign-activities': home
      ? paragraph('foreign-activities', foreign.map((e) => foreignSentence(e, s)), fill(s.none['foreign-activities'], { home: countryName(home, locale) }))
      : s.noHomeCountry,
    'consulting-and-outside-activities': paragraph(
      'consulting-and-outside-activities',
      ofKind(ordered, 'consulting').map((e) => consultingSentence(e, s, locale)),
    ),
    'in-kind-support': paragraph('in-kind-support', ofKind(ordered, 'inKind').map((e) => inKindSentence(e, s, locale))),
    'financial-interests': paragraph(
      'financial-interests',
      ofKind(ordered, 'financialInterest').map((e) => interestSentence(e, s, locale)),
    ),
  };
}
