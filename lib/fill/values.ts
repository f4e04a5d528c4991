/**
 * What the record says for a field key: profile values for `person.*`, yes/no answers derived
 * from entries for `disclosure.*`, and entry paths (`support.totalAmount.amount`) for rows.
 */
import { isForeign, type Entry, type Profile } from '@/lib/model';
import cues from './vocab/cues.json';
import countries from './vocab/countries.json';
import sectionVocab from './vocab/sections.json';
import { normalize } from './normalize';

export type RecordValue =
  | { type: 'text'; text: string }
  | { type: 'date'; iso: string; end: boolean }
  | { type: 'period'; start: string; end: string }
  | { type: 'money'; amount: number; currency: string }
  | { type: 'number'; value: number }
  /** `shown`: what a free-text box takes instead of the coded value, when the record words it better. */
  | { type: 'choice'; value: string; shown?: string }
  | { type: 'country'; code: string };

const CHOICE_PATHS = new Set(['status', 'role', 'sponsorType', 'appointmentType', 'interestType', 'travelType', 'partnerType', 'fundingFlow']);
const BOOLEAN_PATHS = new Set(['paid', 'compensated', 'thisProposal', 'forThisProject', 'relatedToResearch', 'reportedToInstitution', 'confidentialityRequired']);

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Where each kind keeps its type, for lists that mix kinds (a consulting entry has none: it is consulting). */
const TYPE_PATHS = ['activityType', 'appointmentType', 'interestType', 'travelType', 'partnerType'];
/** Where each kind keeps its money: an award's total, a contribution's value, a fee, an interest's worth. */
const MONEY_PATHS = ['totalAmount', 'estimatedValue', 'compensation', 'value'];

/**
 * One fact under each kind's own name: in a list mixing appointments and consulting, "Paid?" asks both;
 * in a list of industry funding, a sponsored research agreement's "object" is its project.
 */
const SAME_MEANING: Record<string, string> = { compensated: 'paid', paid: 'compensated', description: 'project' };
/** Where each kind keeps what it is called: an award's title, a contribution's summary, a partnership's project. */
const TITLE_PATHS = ['title', 'summary', 'project', 'programName'];

type Money = { amount: number; currency: string };

const PRESENT = new RegExp(cues.present, 'i');
const IF_DIFFERENT = new RegExp(cues.ifDifferent, 'i');
const PER_YEAR = new RegExp(cues.perYear);
const COUNTRIES_OF_CONCERN = new Set(countries.countriesOfConcern);
const CONCERN_KINDS = new Set<Entry['kind']>(['support', 'inKind', 'appointment', 'consulting', 'talentProgram']);
const TOBACCO = new RegExp(cues.tobacco, 'i');

/** An entry tying the researcher to an organisation in the tobacco industry, by its name or the entry's own description. */
/** Latin legal forms end a name as a word; Japanese ones (株式会社) stand before or after it. */
const JAPANESE_LEGAL_FORMS = sectionVocab.companyLegalForms.filter((form) => /[^\x00-\x7f]/.test(form));
const LATIN_LEGAL_FORMS = new Set(sectionVocab.companyLegalForms.filter((form) => !JAPANESE_LEGAL_FORMS.includes(form)));

export function isCompanyName(name: string): boolean {
  const words = normalize(name).split(' ');
  // "GmbH", "Inc.", and forms spelled in dotted letters ("S.p.A." reads "s p a").
  if ([1, 2, 3].some((n) => LATIN_LEGAL_FORMS.has(words.slice(-n).join('')))) return true;
  return JAPANESE_LEGAL_FORMS.some((form) => name.startsWith(form) || name.endsWith(form));
}

function tobaccoTie(e: Entry): boolean {
  const described = (e as { description?: string }).description ?? '';
  return TOBACCO.test(`${e.organization?.name ?? ''} ${described}`);
}

/** The money a path names, or, in a list that mixes kinds ("Value" for a consulting entry), the entry's own. */
function moneyOf(entry: Entry, path: string): Money | undefined {
  const named = get(entry, path) as Money | undefined;
  if (named || !MONEY_PATHS.includes(path)) return named;
  return MONEY_PATHS.map((p) => get(entry, p) as Money | undefined).find(Boolean);
}

/** An amount box asking for one year's worth ("Amount per year", "Montant annuel", 年額). */
export function asksPerYear(label: string): boolean {
  return PER_YEAR.test(normalize(label));
}

/** Money from companies for research: an industry-sponsored award, or an agreement with a company that brings money in. */
export function isIndustryFunding(e: Entry): boolean {
  return (e.kind === 'support' && e.sponsorType === 'industry') || (e.kind === 'partnership' && e.partnerType === 'industry' && e.fundingFlow === 'in');
}

/** "Duration in months": both ends counted, as a period from 08/2024 to 07/2027 is 36 months. */
function durationMonths(entry: Entry): number | undefined {
  const { startDate, endDate } = entry as { startDate?: string; endDate?: string | null };
  if (!startDate || !endDate) return undefined;
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7) || 1);
  return month(endDate) - month(startDate) + 1;
}

/**
 * Yes/no answers to disclosure questions, from facts the researcher entered. Ties held now count; a
 * question naming a window ("In the last three years, have you …?") counts what ended within it too
 * (`since`, YYYY-MM).
 */
export function disclosureAnswer(key: string, profile: Profile, entries: readonly Entry[], now: Date, since?: string): 'yes' | 'no' | undefined {
  const any = (pred: (e: Entry) => boolean) => (entries.some(pred) ? 'yes' : 'no');
  const from = since ?? now.toISOString().slice(0, 7);
  const held = (e: Entry) => {
    const end = (e as { endDate?: string | null }).endDate;
    return end === null || end === undefined || end >= from;
  };
  switch (key) {
    case 'disclosure.talentProgram':
      return any((e) => e.kind === 'talentProgram' && e.status !== 'declined');
    case 'disclosure.foreignAppointment':
      return any((e) => e.kind === 'appointment' && isForeign(e, profile.person.homeCountry) && held(e));
    case 'disclosure.foreignSupport':
      return any((e) => (e.kind === 'support' || e.kind === 'inKind') && isForeign(e, profile.person.homeCountry) && e.status !== 'completed');
    // A post besides the main employment, paid or not (adjunct, visiting, advisory board).
    case 'disclosure.outsideAppointment':
      return any((e) => e.kind === 'appointment' && e.appointmentType !== 'primary' && held(e));
    // A seat on a board or council (advisory board, conseil d'administration).
    case 'disclosure.board':
      return any((e) => e.kind === 'appointment' && (e.appointmentType === 'advisory' || e.appointmentType === 'board') && held(e));
    case 'disclosure.consulting':
      return any((e) => e.kind === 'consulting' && held(e));
    case 'disclosure.financialInterest':
      return any((e) => e.kind === 'financialInterest' && held(e));
    // A founder's stake in a start-up is equity too.
    case 'disclosure.equity':
      return any((e) => e.kind === 'financialInterest' && (e.interestType === 'equity' || e.interestType === 'startup') && held(e));
    case 'disclosure.royalty':
      return any((e) => e.kind === 'financialInterest' && (e.interestType === 'royalty' || e.interestType === 'ip-license') && held(e));
    case 'disclosure.founder':
      return any((e) => e.kind === 'financialInterest' && e.interestType === 'startup' && held(e));
    // Support, posts or programmes from organisations in a country the question names as "of concern".
    case 'disclosure.countryOfConcern':
      return any((e) => CONCERN_KINDS.has(e.kind) && !!e.organization?.country && COUNTRIES_OF_CONCERN.has(e.organization.country) && held(e));
    case 'disclosure.tobaccoIndustry':
      return any((e) => tobaccoTie(e) && held(e));
    // "Have you previously received a grant from …?": support awarded, running or ended.
    case 'disclosure.supportReceived':
      return any((e) => e.kind === 'support' && (e.status === 'current' || e.status === 'completed'));
    // "Is the PI an employee of a private company?": a post held at a company.
    case 'disclosure.companyEmployment':
      return any((e) => e.kind === 'appointment' && isCompanyName(e.organization.name) && held(e));
    case 'disclosure.inKind':
      return any((e) => e.kind === 'inKind');
    case 'disclosure.travel':
      return any((e) => e.kind === 'travel');
    case 'disclosure.honoraria':
      return any((e) => e.kind === 'travel' && e.travelType === 'honorarium');
    // The same, asked of companies only ("企業・営利団体が負担した旅費", "honoraria from industry"): a payer named with a company's legal form.
    case 'disclosure.industryTravel':
      return any((e) => e.kind === 'travel' && e.travelType !== 'honorarium' && isCompanyName(e.organization.name));
    case 'disclosure.industryHonoraria':
      return any((e) => e.kind === 'travel' && e.travelType === 'honorarium' && isCompanyName(e.organization.name));
    case 'disclosure.industryFunding':
      return any((e) => isIndustryFunding(e) && (!!since || (e as { status?: string }).status !== 'completed') && held(e));
    // "Other funding to report?": support besides the application itself, held or applied for.
    case 'disclosure.otherSupport':
      return any((e) => e.kind === 'support' && !e.thisProposal && e.status !== 'completed');
    case 'disclosure.currentSupport':
      return any((e) => e.kind === 'support' && !e.thisProposal && e.status === 'current');
    case 'disclosure.pendingSupport':
      return any((e) => e.kind === 'support' && !e.thisProposal && e.status === 'pending');
    // Side activities (Nebentätigkeiten, activités accessoires): posts besides the main one, consulting, board seats.
    case 'disclosure.outsideActivity':
      return any((e) => ((e.kind === 'appointment' && e.appointmentType !== 'primary') || e.kind === 'consulting') && held(e));
    // "Have all these activities been reported to your institution?": every outside post and consultancy held that says.
    case 'disclosure.reportedToInstitution': {
      const said = entries.filter((e) => ((e.kind === 'appointment' && e.appointmentType !== 'primary') || e.kind === 'consulting') && held(e) && e.reportedToInstitution !== undefined);
      if (!said.length) return undefined;
      return said.every((e) => (e as { reportedToInstitution?: boolean }).reportedToInstitution) ? 'yes' : 'no';
    }
    default:
      return undefined;
  }
}

export function personValue(key: string, profile: Profile, entries: readonly Entry[] = []): RecordValue | undefined {
  const p = profile.person;
  const text = (t: string | undefined) => (t ? ({ type: 'text', text: t } as const) : undefined);
  switch (key) {
    // "Date commenced in current position": when the primary appointment began.
    case 'person.positionStart': {
      const start = entries.find((e) => e.kind === 'appointment' && e.appointmentType === 'primary' && !e.endDate)?.startDate;
      return start ? { type: 'date', iso: start, end: false } : undefined;
    }
    case 'person.fullName':
      return text([p.givenName, p.familyName].filter(Boolean).join(' '));
    // "Initials" (voorletters): the given names' first letters, each with a stop ("Anna Maria" → "A.M.").
    case 'person.initials':
      return text(p.givenName?.split(/[\s-]+/).filter(Boolean).map((name) => `${name[0].toUpperCase()}.`).join(''));
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
  // Percent of a full-time year: 1 person-month is 8.33 %; as a fraction of one FTE, 0.08. Not an "effort" path: its rows hold one, not one per year.
  if (path === 'percentOfTime' || path === 'fteFraction') {
    const e = effortFor(entry, labelText, now, nth);
    const months = e?.personMonths ?? (entry as { personMonthsPerYear?: number }).personMonthsPerYear;
    return months === undefined ? undefined : { type: 'number', value: (months / 12) * (path === 'percentOfTime' ? 100 : 1) };
  }
  if (path === 'effort.year') {
    const e = effortFor(entry, labelText, now, nth);
    return e ? { type: 'text', text: String(e.year) } : undefined;
  }
  // "Type of activity / interest" on a list that mixes kinds: a consulting entry is consulting, others say their own type.
  if (TYPE_PATHS.includes(path)) {
    // Money a partner puts into the research is, as an interest, research funding.
    const funding = entry.kind === 'partnership' && entry.fundingFlow === 'in' && path !== 'partnerType';
    const own = entry.kind === 'consulting' ? 'consulting' : funding ? 'researchFunding' : TYPE_PATHS.map((p) => (entry as Record<string, unknown>)[p]).find((v) => typeof v === 'string');
    // Typed into a box rather than picked, the entry's own words ("Co-founder, 10% equity") say more than "startup".
    const role = 'role' in entry && typeof entry.role === 'string' && entry.role ? entry.role : undefined;
    return own ? { type: 'choice', value: own as string, shown: role } : undefined;
  }
  // "Ongoing" ticks when the record names no end.
  if (path === 'ongoing') return 'endDate' in entry ? { type: 'choice', value: (entry as { endDate?: string | null }).endDate ? 'no' : 'yes' } : undefined;
  if (path === 'period') {
    const { startDate, endDate } = entry as { startDate?: string; endDate?: string | null };
    return startDate && endDate ? { type: 'period', start: startDate, end: endDate } : undefined;
  }
  if (path === 'durationMonths') {
    const months = durationMonths(entry);
    return months ? { type: 'number', value: months } : undefined;
  }
  // "Amount per year": the award's total spread evenly over its years; an award with no end has no yearly share to tell.
  if (path === 'totalAmount.amount' && asksPerYear(labelText)) {
    const total = (entry as { totalAmount?: Money }).totalAmount;
    const months = durationMonths(entry);
    return total && months ? { type: 'money', amount: Math.round((total.amount * 12) / months), currency: total.currency } : undefined;
  }
  // "Number of days" of a trip: both days counted, as 21–24 October is 4 days.
  if (path === 'durationDays') {
    const { startDate, endDate } = entry as { startDate?: string; endDate?: string | null };
    if (startDate?.length !== 10 || endDate?.length !== 10) return undefined;
    return { type: 'number', value: (Date.parse(endDate) - Date.parse(startDate)) / 86_400_000 + 1 };
  }
  if (path === 'startDate' || path === 'endDate') {
    const iso = get(entry, path);
    // "To MM/YYYY, or “Present”": what has no end is present.
    const present = path === 'endDate' && iso === null ? PRESENT.exec(labelText)?.[1] : undefined;
    if (present) return { type: 'text', text: present };
    return typeof iso === 'string' ? { type: 'date', iso, end: path === 'endDate' } : undefined;
  }
  if (path.endsWith('.amount') || path.endsWith('.currency')) {
    const money = moneyOf(entry, path.slice(0, path.lastIndexOf('.')));
    if (!money) return undefined;
    return path.endsWith('.amount') ? { type: 'money', amount: money.amount, currency: money.currency } : { type: 'choice', value: money.currency };
  }
  // "Coordinator (if different from the PI)": nothing when the researcher leads the project.
  if (path === 'pdPi' && (entry as { role?: string }).role === 'PI' && IF_DIFFERENT.test(labelText)) return undefined;
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
  // "Project funded" on a list that mixes kinds: a sponsored research agreement's project is its title.
  const v = TITLE_PATHS.includes(path) ? TITLE_PATHS.map((p) => get(entry, p)).find(Boolean) : get(entry, path) ?? (SAME_MEANING[path] ? get(entry, SAME_MEANING[path]) : undefined);
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
