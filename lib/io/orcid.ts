/**
 * ORCID v3.0 record → Candor entries (pure; no network, no database).
 *
 * Accepts the full `/record` read response, an `activities-summary`, one section's group response
 * (`/employments`, `/fundings`, …) or a single activity item. Affiliations that are positions
 * (employment, invited position, distinction, membership, service) become appointments; fundings
 * become support. Nothing ORCID does not record is invented: where our schema needs a value ORCID
 * lacks (`paid`), the entry says so in `notes` and is listed in `needsReview`.
 */
import {
  COUNTRY_CODES, CURRENCY_CODES, Entry, FundrefId, isRealPartialDate, isValidOrcid, listProblems, RorId,
  type EntryInput, type Money, type Organization,
} from '@/lib/model';

export const ORCID_SECTIONS = [
  'employment', 'invited-position', 'distinction', 'membership', 'service', 'funding', 'education', 'qualification',
] as const;
export type OrcidSection = (typeof ORCID_SECTIONS)[number];

type AppointmentSection = 'employment' | 'invited-position' | 'distinction' | 'membership' | 'service';
type AppointmentType = Extract<Entry, { kind: 'appointment' }>['appointmentType'];

export interface OrcidProblem {
  /** Which ORCID item, e.g. `funding put-code 5132 (Wellcome Trust)`. */
  item: string;
  message: string;
}

export interface OrcidPerson {
  givenName?: string;
  familyName?: string;
  orcid?: string;
}

export interface ParsedOrcid {
  person?: OrcidPerson;
  /** Valid entries with deterministic ids (`orcid:<iD>:<section>:<put-code>`), without timestamps. */
  entries: Entry[];
  /** Entries holding a value ORCID does not record (e.g. `paid`): the researcher should check them. */
  needsReview: { id: string; item: string; reason: string }[];
  /** Odd or unusable values, per item; the rest of the item is still imported when it can be. */
  problems: OrcidProblem[];
  /** Items that are not disclosures (education, qualification, works, …), with why. */
  skipped: OrcidProblem[];
}

export interface ParseOrcidOptions {
  /** Today as YYYY-MM-DD (UTC); decides current / completed / pending for fundings. */
  today?: string;
  /** The section of a single activity item, which the item itself does not name (ORCID write samples). */
  section?: OrcidSection;
  /** The record holder's iD when the input does not carry it (single items, section responses). */
  orcid?: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** ORCID wraps most scalars as `{ value: … }`; accepts either form. */
function text(v: unknown): string | undefined {
  const raw = isObject(v) ? v.value : v;
  if (typeof raw === 'number') return String(raw);
  return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
}

const SECTION_DEFAULT_TYPE: Record<AppointmentSection, AppointmentType> = {
  employment: 'other',
  'invited-position': 'visiting',
  distinction: 'honorary',
  membership: 'affiliate',
  service: 'advisory',
};

/** Words in a role or department that name the kind of appointment; first match wins. */
const ROLE_WORDS: [RegExp, AppointmentType][] = [
  [/\bemerit(us|a|i)\b/i, 'emeritus'],
  [/\bhonorary\b/i, 'honorary'],
  [/\bvisiting\b/i, 'visiting'],
  [/\badjunct\b/i, 'adjunct'],
  [/\bjoint\b/i, 'joint'],
  [/\baffiliat(e|ed)\b/i, 'affiliate'],
  [/\b(board|trustee|governor)s?\b/i, 'board'],
  [/\badvis(ory|or|er)s?\b/i, 'advisory'],
];

export const PAYMENT_NOT_RECORDED =
  'Imported from ORCID: payment is not recorded in ORCID, so "paid" was set to No — check it.';

/** Canonical `0000-0000-0000-000X`, from an iD typed with spaces, a lower-case x or an orcid.org URL. */
export function normaliseOrcidId(input: string): string | undefined {
  const compact = input.trim().replace(/^https?:\/\/(sandbox\.)?orcid\.org\//i, '').replace(/[\s-]/g, '').toUpperCase();
  if (!/^\d{15}[\dX]$/.test(compact)) return undefined;
  const id = compact.replace(/(.{4})(?=.)/g, '$1-');
  return isValidOrcid(id) ? id : undefined;
}

/** The section a file name starts with (`distinction-3.0.json` → distinction), for single items. */
export function sectionFromFileName(name: string): OrcidSection | undefined {
  const base = name.split(/[\\/]/).pop()!.toLowerCase();
  return [...ORCID_SECTIONS].sort((a, b) => b.length - a.length).find((s) => base.startsWith(s));
}

interface ItemContext {
  section: OrcidSection;
  orcid?: string;
  today: string;
  out: ParsedOrcid;
}

export function parseOrcidRecord(json: unknown, options: ParseOrcidOptions = {}): ParsedOrcid {
  const out: ParsedOrcid = { entries: [], needsReview: [], problems: [], skipped: [] };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!isObject(json)) {
    out.problems.push({ item: '(file)', message: 'An ORCID record is a JSON object; this file holds something else' });
    return out;
  }
  const orcid = recordOrcid(json, options.orcid, out);
  const person = readPerson(json, orcid);
  if (person) out.person = person;
  const ctx = (section: OrcidSection): ItemContext => ({ section, orcid, today, out });

  const activities = isObject(json['activities-summary']) ? json['activities-summary'] : json;
  const groups = Object.entries(activities).filter(([, v]) => isObject(v) && ('affiliation-group' in v || 'group' in v));
  if (groups.length > 0) {
    for (const [key, group] of groups) readGroup(key, group as Json, ctx, out);
  } else if ('affiliation-group' in json || 'group' in json) {
    readGroup('', json, ctx, out);
  } else if (isObject(json.name) || 'orcid-identifier' in json || isObject(json.person)) {
    // A record or person response without activities: only the name.
  } else {
    readSingleItem(json, options.section, ctx, out);
  }
  return out;
}

/** The holder's iD: the record's own, else the caller's, else the one in an item's `path`. */
function recordOrcid(json: Json, given: string | undefined, out: ParsedOrcid): string | undefined {
  const candidates = [
    text((json['orcid-identifier'] as Json | undefined)?.path),
    given,
    typeof json.path === 'string' ? /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/.exec(json.path)?.[1] : undefined,
  ].filter((c): c is string => !!c);
  for (const candidate of candidates) {
    const id = normaliseOrcidId(candidate);
    if (id) return id;
    out.problems.push({ item: 'ORCID iD', message: `"${candidate}" is not a valid ORCID iD (check digit); it was not imported` });
  }
  return undefined;
}

function readPerson(json: Json, orcid: string | undefined): OrcidPerson | undefined {
  const person = isObject(json.person) ? json.person : json;
  const name = isObject(person.name) ? person.name : undefined;
  const result: OrcidPerson = {};
  const given = text(name?.['given-names']);
  const family = text(name?.['family-name']);
  if (given) result.givenName = given;
  if (family) result.familyName = family;
  if (orcid && (name || 'orcid-identifier' in json)) result.orcid = orcid;
  return Object.keys(result).length ? result : undefined;
}

/** `employments` → employment, `invited-positions` → invited-position, `employment-summary` → employment. */
function sectionOf(key: string): OrcidSection | undefined {
  const base = key.replace(/-summary$/, '').replace(/s$/, '');
  return (ORCID_SECTIONS as readonly string[]).includes(base) ? (base as OrcidSection) : undefined;
}

function readGroup(key: string, group: Json, ctx: (s: OrcidSection) => ItemContext, out: ParsedOrcid) {
  const groups = [...asArray(group['affiliation-group']), ...asArray(group.group)];
  if (key && !sectionOf(key)) {
    // works, peer-reviews, research-resources: not appointments or support.
    if (groups.length) out.skipped.push({ item: key, message: `${groups.length} ${key} group(s): not disclosures of appointments or support; not imported` });
    return;
  }
  for (const g of groups) {
    if (!isObject(g)) continue;
    for (const item of asArray(g['funding-summary'])) if (isObject(item)) readItem(item, ctx('funding'));
    for (const summary of asArray(g.summaries)) {
      if (!isObject(summary)) continue;
      for (const [summaryKey, item] of Object.entries(summary)) {
        const section = sectionOf(summaryKey);
        if (section && isObject(item)) readItem(item, ctx(section));
      }
    }
  }
}

function readSingleItem(item: Json, hint: OrcidSection | undefined, ctx: (s: OrcidSection) => ItemContext, out: ParsedOrcid) {
  const fromPath = typeof item.path === 'string' ? sectionOf(item.path.split('/')[2] ?? '') : undefined;
  const looksLikeFunding = 'title' in item && ('type' in item || 'amount' in item);
  // What the item shows about itself outranks the caller's hint (e.g. a file name).
  let section = fromPath ?? (looksLikeFunding ? 'funding' : undefined) ?? hint;
  if (!section) {
    if (!isObject(item.organization)) {
      out.problems.push({ item: '(file)', message: 'Not an ORCID record, section or activity item: nothing to import' });
      return;
    }
    section = 'employment';
    out.problems.push({
      item: itemName(item, section),
      message: 'The item does not say which ORCID section it is from; imported as an employment (appointment type "other") — check',
    });
  }
  readItem(item, ctx(section));
}

function itemName(item: Json, section: OrcidSection): string {
  const putCode = item['put-code'];
  const org = text((item.organization as Json | undefined)?.name);
  return `${section}${putCode !== undefined && putCode !== null ? ` put-code ${putCode}` : ''}${org ? ` (${org})` : ''}`;
}

function readItem(item: Json, ctx: ItemContext) {
  const name = itemName(item, ctx.section);
  const problem = (message: string) => ctx.out.problems.push({ item: name, message });
  if (ctx.section === 'education' || ctx.section === 'qualification') {
    ctx.out.skipped.push({ item: name, message: 'Education and qualifications are not appointments; not imported' });
    return;
  }
  const org = readOrganization(item.organization, problem);
  if (!org) return;
  const putCode = item['put-code'];
  const key = putCode !== undefined && putCode !== null ? String(putCode) : `h${contentHash(item)}`;
  const base = {
    id: `orcid:${ctx.orcid ?? 'unknown'}:${ctx.section}:${key}`,
    organization: org.organization,
    ...readDates(item, problem),
    provenance: {
      source: 'orcid' as const,
      ref: [putCode !== undefined && putCode !== null ? `put-code ${putCode}` : 'no put-code (item file)', ...org.otherIds]
        .join(' · ')
        .slice(0, 500),
    },
  };
  const input = ctx.section === 'funding' ? fundingEntry(item, base, ctx.today, problem) : appointmentEntry(item, base, ctx.section);
  if (!input) return;
  const parsed = Entry.safeParse(input);
  if (!parsed.success) {
    for (const p of listProblems(parsed.error)) problem(`${p.path}: ${p.message} — item not imported`);
    return;
  }
  ctx.out.entries.push(parsed.data);
  if (parsed.data.kind === 'appointment') {
    ctx.out.needsReview.push({ id: parsed.data.id, item: name, reason: 'Payment is not recorded in ORCID; "paid" was set to No' });
  }
  if (parsed.data.kind === 'support' && parsed.data.status === 'pending') {
    ctx.out.needsReview.push({ id: parsed.data.id, item: name, reason: 'Starts after today: marked pending — change to current if it is already awarded' });
  }
}

type EntryBase = Pick<EntryInput, 'id' | 'organization' | 'startDate' | 'endDate' | 'provenance'>;

function appointmentEntry(item: Json, base: EntryBase, section: AppointmentSection): EntryInput {
  const role = text(item['role-title']);
  const department = text(item['department-name']);
  const words = `${role ?? ''} ${department ?? ''}`;
  const appointmentType = ROLE_WORDS.find(([re]) => re.test(words))?.[1] ?? SECTION_DEFAULT_TYPE[section];
  return {
    ...base,
    kind: 'appointment',
    appointmentType,
    paid: false,
    ...(role ? { role: role.slice(0, 300) } : {}),
    ...(department ? { description: `Department: ${department}` } : {}),
    notes: PAYMENT_NOT_RECORDED,
  };
}

function fundingEntry(item: Json, base: EntryBase, today: string, problem: (m: string) => void): EntryInput | undefined {
  const title = text((item.title as Json | undefined)?.title);
  if (!title) {
    problem('The funding has no title; not imported');
    return undefined;
  }
  const grantNumbers = asArray((item['external-ids'] as Json | undefined)?.['external-id'])
    .filter((x): x is Json => isObject(x) && x['external-id-type'] === 'grant_number' && x['external-id-relationship'] === 'self')
    .map((x) => text(x['external-id-value']))
    .filter((v): v is string => !!v);
  const description = text(item['short-description']);
  const totalAmount = readAmount(item.amount, problem);
  return {
    ...base,
    kind: 'support',
    status: fundingStatus(base.startDate, base.endDate, today),
    title: title.slice(0, 2000),
    ...(grantNumbers.length ? { awardNumber: [...new Set(grantNumbers)].join('; ').slice(0, 200) } : {}),
    ...(totalAmount ? { totalAmount } : {}),
    ...(description ? { description } : {}),
    effort: [],
  };
}

/** Ended before today → completed; not yet started → pending; otherwise current. Partial dates compare at their own precision. */
export function fundingStatus(start: string | undefined, end: string | null | undefined, today: string): 'current' | 'pending' | 'completed' {
  if (end && end < today.slice(0, end.length)) return 'completed';
  if (start && start > today.slice(0, start.length)) return 'pending';
  return 'current';
}

function readAmount(amount: unknown, problem: (m: string) => void): Money | undefined {
  if (!isObject(amount)) return undefined;
  const raw = text(amount.value);
  const currency = text(amount['currency-code'])?.toUpperCase();
  if (!raw) return undefined;
  const value = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(value) || value < 0) {
    problem(`Amount "${raw}" is not a number; left out — enter it by hand`);
    return undefined;
  }
  if (!currency || !CURRENCY_CODES.includes(currency)) {
    problem(`Currency "${currency ?? '(none)'}" is not a current ISO 4217 code; the amount ${raw} ${currency ?? ''} was left out — enter it in a current currency`.replace(/ {2,}/g, ' '));
    return undefined;
  }
  return { amount: value, currency };
}

function readDates(item: Json, problem: (m: string) => void): Pick<EntryInput, 'startDate' | 'endDate'> {
  const start = readFuzzyDate(item['start-date'], 'start date', problem);
  // ORCID leaves the end date out (or null) for what is still going on: ongoing in Candor.
  const end = readFuzzyDate(item['end-date'], 'end date', problem) ?? null;
  return { ...(start ? { startDate: start } : {}), endDate: end };
}

/** `{year, month?, day?}` → YYYY, YYYY-MM or YYYY-MM-DD, dropping parts that do not make a real date. */
function readFuzzyDate(date: unknown, label: string, problem: (m: string) => void): string | undefined {
  if (!isObject(date)) return undefined;
  const year = text(date.year);
  if (!year) return undefined;
  const parts = [text(date.month)?.padStart(2, '0'), text(date.day)?.padStart(2, '0')];
  let value = year.padStart(4, '0');
  for (const part of parts) {
    if (!part) break;
    if (!isRealPartialDate(`${value}-${part}`)) {
      problem(`The ${label} ${[year, ...parts].filter(Boolean).join('-')} is not a real date; kept as ${value}`);
      break;
    }
    value = `${value}-${part}`;
  }
  if (!isRealPartialDate(value)) {
    problem(`The ${label} year "${year}" is not a year; left out`);
    return undefined;
  }
  return value;
}

function readOrganization(raw: unknown, problem: (m: string) => void): { organization: Organization; otherIds: string[] } | undefined {
  const org = isObject(raw) ? raw : {};
  const name = text(org.name);
  if (!name) {
    problem('The item has no organisation name; not imported');
    return undefined;
  }
  const organization: Organization = { name: name.slice(0, 500) };
  const address = isObject(org.address) ? org.address : {};
  const city = text(address.city);
  const region = text(address.region);
  const country = text(address.country)?.toUpperCase();
  if (city) organization.city = city.slice(0, 200);
  if (region) organization.region = region.slice(0, 200);
  if (country && COUNTRY_CODES.includes(country)) organization.country = country;
  else if (country) problem(`Country "${country}" is not an ISO 3166-1 code; left out`);

  const otherIds: string[] = [];
  const disambiguated = isObject(org['disambiguated-organization']) ? org['disambiguated-organization'] : undefined;
  const source = text(disambiguated?.['disambiguation-source'])?.toUpperCase();
  const identifier = text(disambiguated?.['disambiguated-organization-identifier']);
  if (source && identifier) {
    if (source === 'ROR') {
      const ror = identifier.replace(/^http:/, 'https:').replace(/^(?!https:)/, 'https://ror.org/').replace(/\/$/, '');
      if (RorId.safeParse(ror).success) organization.rorId = ror;
      else problem(`ROR id "${identifier}" is malformed; left out`);
    } else if (source === 'FUNDREF') {
      const fundref = normaliseFundref(identifier);
      if (fundref) organization.fundrefId = fundref;
      else problem(`Crossref Funder id "${identifier}" is malformed; left out`);
    } else {
      // Candor's Organization has no field for RINGGOLD, GRID, LEI…: kept in provenance.ref so nothing is lost.
      otherIds.push(`${source} ${identifier}`);
    }
  }
  return { organization, otherIds };
}

/** `http://dx.doi.org/10.13039/100000001`, `doi:10.13039/…`, `100000001` → `10.13039/100000001`. */
export function normaliseFundref(identifier: string): string | undefined {
  const m = /^(?:(?:https?:\/\/)?(?:dx\.)?doi\.org\/|doi:)?(?:10\.13039\/)?(\d+)\/?$/i.exec(identifier.trim());
  const id = m ? `10.13039/${m[1]}` : undefined;
  return id && FundrefId.safeParse(id).success ? id : undefined;
}

/** Stable short hash of an item without a put-code, so re-importing the same file is idempotent. */
function contentHash(item: Json): string {
  const s = JSON.stringify([text((item.organization as Json | undefined)?.name), item['role-title'], text((item.title as Json | undefined)?.title), item['start-date']]);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
