/**
 * Pairs classified controls with record values. Repeatable sections get one row per matching
 * entry (rows already holding an entry's values keep it, so a second run changes nothing);
 * missing rows become "add another" clicks; everything Candor will not touch says why.
 */
import { draftNarratives, DRAFT_TOPICS, type DraftTopic } from '@/lib/draft';
import { isForeign, LOCALES, type Entry, type Locale, type PortalMap, type Profile } from '@/lib/model';
import type { AddControl, FieldDescriptor, FillInstruction, FrameScan, OptionInfo, SkipReason } from './types';
import { classify, AMOUNT_THEN_CURRENCY, CONFIDENCE_THRESHOLD, scopedContext, sectionContext, windowYears, type Classification, type SectionContext } from './classify';
import { dateLayout, expectedCurrency, formatAmount, formatDate, formatNumber, japaneseEra, matchOption, optionIndex, organizationOption, organizationWords, yearOption } from './format';
import { compilePatterns, contains, LEAD_MARK, normalize, rowless } from './normalize';
import { asksPerYear, describeEntry, disclosureAnswer, entryValue, isCompanyName, isIndustryFunding, personValue, type RecordValue } from './values';
import safety from './vocab/safety.json';
import cues from './vocab/cues.json';
import countries from './vocab/countries.json';
import sectionVocab from './vocab/sections.json';
import optionVocab from './vocab/options.json';

export interface Proposal {
  /** Stable across re-scans (frame, section, key, row): approvals survive rows being added. */
  slot: string;
  frameId: number;
  /** Scan id in its frame; -1 for a row the page does not have yet. */
  fieldId: number;
  frame: string;
  selector: string;
  label: string;
  key: string | null;
  confidence: number;
  via: string;
  /** The value as the researcher reads it. */
  value: string;
  instruction?: FillInstruction;
  source?: { entryId?: string; kind: string; text: string };
  status: 'proposed' | 'skipped';
  reason?: SkipReason;
  /** Outline in the page for the researcher (certifications, flagged amounts). */
  attention?: boolean;
  section: string;
  row?: number;
}

export interface AddRowsAction {
  frameId: number;
  addId: number;
  times: number;
  text: string;
  /** The slots each added row would hold, in order: a row is added only when one of its slots is approved. */
  rowSlots: string[][];
  /** The control's place (frame, headings, text), the same in a later scan: each is clicked in one round only. */
  place: string;
}

export interface FillPlan {
  url: string;
  portal: string | null;
  proposals: Proposal[];
  addRows: AddRowsAction[];
}

export interface PlanInput {
  url: string;
  scans: FrameScan[];
  map: PortalMap | null;
  profile: Profile;
  /** In record order (lib/db listEntries): a list's rows take the entries in this order. */
  entries: readonly Entry[];
  now?: Date;
}

const FUNDER_NAMED = new RegExp(cues.funderNamed, 'i');
const DECIMAL_COMMA = /(?<![\d.,])\d{1,2},\d{1,2}(?![\d.,])/;
const CERTIFICATION = compilePatterns(safety.certification);
const NOT_CERTIFICATION = compilePatterns(safety.notCertification);
const CERTIFICATION_WORDS = compilePatterns(safety.certificationWords).map((w) => ` ${w} `);
const LABEL_ONLY_CERTIFICATION = compilePatterns(safety.labelOnlyCertification);
const PAYMENT = compilePatterns(safety.payment);
const CARD_EXPIRY = compilePatterns(safety.cardExpiry);
const CARD_CONTEXT = compilePatterns(safety.cardContext);
const PAYMENT_SECTION = compilePatterns(safety.paymentSection);
const CHOICE_TYPES = new Set(['select', 'radio', 'checkbox']);
const TEXT_TYPES = new Set(['text', 'search']);
/** Boxes a person types into. */
const TYPED_TYPES = new Set(['text', 'textarea', 'email', 'tel', 'url', 'number', 'date', 'month', 'contenteditable']);
/** Keys filled once per page (not per entry row), and what the review list names as their source. */
const SINGLE_SOURCES = new Map([['person', 'Profile'], ['disclosure', 'Derived from your entries'], ['narrative', 'Narrative draft']]);
/** Keys whose value identifies which entry a filled row holds. */
const IDENTITY_PATHS = ['title', 'awardNumber', 'summary', 'programName', 'project', 'organization.name', 'role'];

function textOfField(d: FieldDescriptor): string {
  return normalize([d.label, ...d.hints, ...(d.options?.length === 1 ? [d.options[0].text] : [])].join(' \u2002 '));
}

const textVerdicts = new Map<string, 'certification' | 'payment' | 'expiry' | null>();

/** Certification, payment or expiry-date wording; rows repeat the same labels, so each text is read once. */
function textVerdict(text: string): 'certification' | 'payment' | 'expiry' | null {
  let verdict = textVerdicts.get(text);
  if (verdict === undefined) {
    const read = NOT_CERTIFICATION.reduce((t, w) => t.split(w).join(' '), text);
    verdict = CERTIFICATION.some((p) => contains(read, p)) || CERTIFICATION_WORDS.some((w) => ` ${text} `.includes(w)) ? 'certification' : PAYMENT.some((p) => contains(text, p)) ? 'payment' : CARD_EXPIRY.some((p) => contains(text, p)) ? 'expiry' : null;
    if (textVerdicts.size > 20_000) textVerdicts.clear();
    textVerdicts.set(text, verdict);
  }
  return verdict;
}

const SEARCH_BOX = new RegExp(cues.searchBox);
const labelVerdicts = new Map<string, 'search' | 'certification' | null>();

/** What a box's own label alone says: a box to search with, or a word that signs only there ("Firma"). Rows repeat labels: each is read once. */
function labelVerdict(raw: string): 'search' | 'certification' | null {
  let verdict = labelVerdicts.get(raw);
  if (verdict === undefined) {
    const label = normalize(raw);
    const read = NOT_CERTIFICATION.reduce((t, w) => t.split(w).join(' '), label);
    verdict = SEARCH_BOX.test(label) ? 'search' : LABEL_ONLY_CERTIFICATION.some((w) => contains(read, w)) ? 'certification' : null;
    if (labelVerdicts.size > 20_000) labelVerdicts.clear();
    labelVerdicts.set(raw, verdict);
  }
  return verdict;
}

/** A box that completes a sworn sentence the instructions open ("… consapevole delle sanzioni penali, DICHIARA:", "I certify that:"). */
function completesDeclaration(d: FieldDescriptor): boolean {
  const note = d.type === 'checkbox' ? d.note?.trim() : undefined;
  if (!note || !/[:：]$/.test(note)) return false;
  return textVerdict(normalize(note.split(/[.!?。！？]\s/).pop() ?? note)) === 'certification';
}

const BARE_DATE = new RegExp(cues.bareDate, 'i');
const BARE_PLACE = new RegExp(cues.barePlace, 'i');
const SIGNATURE = new RegExp(cues.signature, 'i');
const FIRST_PERSON_STATEMENT = new RegExp(cues.firstPersonStatement, 'i');
/** Shorter first-person words name a choice ("I am the PI"); a sentence this long states something on the researcher's word. */
const STATEMENT_LENGTH = 60;

/**
 * A bare "Date" under a certification's heading is the date it is signed on; a bare "Date" or
 * "Place" among boxes that take a signature is where and when it is signed ("Ort | Datum | Unterschrift").
 */
function datesACertification(d: FieldDescriptor, signedSections: ReadonlySet<string>): boolean {
  const label = normalize(d.label);
  if (BARE_DATE.test(label) && !!d.section[0] && textVerdict(normalize(d.section[0])) === 'certification') return true;
  return (BARE_DATE.test(label) || BARE_PLACE.test(label)) && signedSections.has(d.section.join('\u0000'));
}

/** Sections holding a box for a signature. */
function signedSections(fields: readonly FieldDescriptor[]): Set<string> {
  const signed = new Set<string>();
  for (const d of fields) if (!CHOICE_TYPES.has(d.type) && SIGNATURE.test(normalize(d.label))) signed.add(d.section.join('\u0000'));
  return signed;
}

/** An expiry date is a card's when the box or its section names a card or payment, or its format is MM/YY. */
function isCardExpiry(d: FieldDescriptor, text: string): boolean {
  const around = normalize(d.section.join(' '));
  return CARD_CONTEXT.some((p) => contains(text, p) || contains(around, p));
}

function isFirstPersonStatement(label: string): boolean {
  return label.length >= STATEMENT_LENGTH && FIRST_PERSON_STATEMENT.test(label);
}

/** Why a control is off limits, whatever it is for. */
export function safetyVerdict(d: FieldDescriptor, signed: ReadonlySet<string> = new Set(), key?: string | null): SkipReason | null {
  if (d.type === 'password') return 'password';
  if (d.type === 'file') return 'file';
  const byLabel = labelVerdict(d.label);
  if (d.type === 'search' || byLabel === 'search') return 'search';
  const text = textOfField(d);
  const byText = textVerdict(text);
  if (byText === 'certification' || byLabel === 'certification' || completesDeclaration(d) || datesACertification(d, signed)) return 'certification';
  if (byText === 'payment' || safety.paymentAutocomplete.some((a) => d.autocomplete.startsWith(a)) || (byText === 'expiry' && isCardExpiry(d, text))) return 'payment';
  if (d.section[0] && PAYMENT_SECTION.some((p) => contains(normalize(d.section[0]), p))) return 'payment';
  if (d.visibility !== 'visible') return d.visibility as SkipReason;
  // A box to tick under a certification's own heading ("Applicant Certification") certifies, whatever its words;
  // one to type into there takes the signer's details ("Institutional certification: Name, Email").
  if ((d.type === 'checkbox' || TYPED_TYPES.has(d.type)) && d.section[0] && textVerdict(normalize(d.section[0])) === 'certification') return 'certification';
  // Not "Je n'ai pas de lien d'intérêt à déclarer": saying there is nothing is the record's answer.
  if (d.type === 'checkbox' && key !== 'disclosure.noneInSection' && isFirstPersonStatement(normalize(d.label))) return 'certification';
  return null;
}

/** The language narrative boxes are drafted in: the portal map's, else the page's `<html lang>`, else the researcher's, else English. */
export function narrativeLocale(map: PortalMap | null, pageLang: string | undefined, profile: Profile): Locale {
  for (const tag of [map?.locale, pageLang, profile.settings?.locale]) {
    const lang = tag?.toLowerCase().split(/[-_]/)[0];
    if (lang && (LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  }
  return 'en';
}

/** Statuses of entries not (yet) held: applications and plans. */
const PENDING_STATUSES = ['pending', 'planned', 'applied'];

/** Kinds of entry a list of outside activities draws from. */
const OUTSIDE_KINDS = new Set(['appointment', 'consulting']);
/** The type select of a list of each kind ("Nature of interest", "Art der Tätigkeit"). */
const TYPE_KEYS: Record<string, string> = { financialInterest: 'financialInterest.interestType', consulting: 'consulting.activityType', appointment: 'appointment.appointmentType' };

/** Kinds of entry a Significant Financial Interest list draws from. */
const REMUNERATED_KINDS = new Set(['financialInterest', 'consulting', 'appointment']);

/**
 * A Significant Financial Interest list holds every outside organisation that pays the researcher or
 * in which they hold an interest: paid consulting and paid outside appointments beside the interests
 * themselves. Income from the researcher's own institution is no outside interest.
 */
function isRemuneratedTie(e: Entry, person: Profile['person']): boolean {
  if (person.primaryOrganization && normalize(e.organization.name) === normalize(person.primaryOrganization.name)) return false;
  if (e.kind === 'financialInterest') return true;
  if (e.kind === 'consulting') return e.compensated;
  return e.kind === 'appointment' && e.paid && e.appointmentType !== 'primary';
}

/** Kinds of tie to a company that a list of industry links takes. */
const INDUSTRY_TIE_KINDS = new Set<string>(['financialInterest', 'consulting', 'appointment', 'travel']);

/**
 * Kinds a list takes: its own, or the paid ties of an SFI list, or consulting and board seats beside a
 * conflict-of-interest list's interests, or every outside post and consultancy in a list of outside
 * activities (兼業, Nebentätigkeiten, incarichi extraistituzionali), or what companies fund in a list
 * of industry funding.
 */
function kindMatchesSection(e: Entry, section: SectionContext, person: Profile['person']): boolean {
  if (section.others || section.thisApplication) return false;
  if (section.outsideOnly && section.kindFromOutside && OUTSIDE_KINDS.has(section.kind ?? '')) return OUTSIDE_KINDS.has(e.kind);
  // Funding from companies: industry-sponsored awards and agreements that bring money in.
  if (section.industryOnly && section.kind === 'support') {
    return isIndustryFunding(e);
  }
  // Travel paid "by for-profit companies": trips whose payer's name carries a company's legal form.
  if (section.industryOnly && section.kind === 'travel') return e.kind === 'travel' && isCompanyName(e.organization.name);
  // "Links with the pharmaceutical industry or any other commercial organisation": every tie to a company,
  // and what companies fund.
  if (section.industryOnly && section.kind === 'financialInterest') {
    return isIndustryFunding(e) || (INDUSTRY_TIE_KINDS.has(e.kind) && isCompanyName((e as { organization: { name: string } }).organization.name));
  }
  if (section.kind === 'financialInterest') {
    if (section.remunerated) return isRemuneratedTie(e, person);
    if (section.ties && e.kind === 'consulting') return true;
    // A seat on a board is an interest to declare, as a consultancy is.
    if (section.ties && e.kind === 'appointment' && (e.appointmentType === 'advisory' || e.appointmentType === 'board')) return true;
  }
  return e.kind === section.kind;
}

const NAMED_ORGANIZATION = new RegExp(cues.namedOrganization);
const COMPANY_ONLY = new RegExp(cues.companyOnly);
/** Yes/no questions about the researcher's funding: one naming the page's funder asks about that funder alone. */
const SUPPORT_QUESTIONS = new Set(['disclosure.supportReceived', 'disclosure.currentSupport', 'disclosure.pendingSupport', 'disclosure.otherSupport']);
const OR_OTHERS = new RegExp(cues.orOthers);
const THIS_FUNDER = new RegExp(cues.thisFunder, 'i');
const NOT_FUNDER_INITIALS = new Set(cues.notFunderInitials);
const FUNDING_WORDS = new Set(cues.fundingWords);
const PAID_ONLY = new RegExp(cues.paidOnly);
const PAID_OR_UNPAID = new RegExp(cues.paidOrUnpaid);

/** Does the entry pay the researcher? Posts and consultancies say so; other kinds are asked about as they are. */
function isPaid(e: Entry): boolean {
  if (e.kind === 'consulting') return e.compensated;
  if (e.kind === 'appointment') return e.paid;
  return true;
}

/** Whether an entry's organisation is the one a question names ("the National Science Foundation" for "U.S. National Science Foundation"). */
function namesOrganization(e: Entry, named: string): boolean {
  const own = e.organization?.name;
  if (!own) return false;
  const asked = organizationWords(named.replace(/^the\s+/i, '')).words;
  const { words } = organizationWords(own);
  return contains(words, asked) || contains(asked, words);
}

const ELIDED = /^(?:[cdjlmnst]|qu|dell|dall|nell|sull|all|coll)['’]/iu;
/** Words that join a name's words ("Agence de la biomédecine", "Fondazione per la Ricerca"), not words of it. */
const NAME_JOINERS = new Set(['de', 'la', 'le', 'les', 'du', 'des', 'd', 'l', 'di', 'da', 'della', 'del', 'dei', 'degli', 'delle', 'per', 'fur', 'der', 'die', 'das', 'of', 'the', 'and', 'for', 'et', 'e', 'und', 'y']);

/**
 * The longest phrase that starts at a capitalised word of the label (not its first) and that the title
 * holds too, counted in words other than joiners: "l'Agence de la biomédecine" in both is two.
 */
function sharedNameWords(label: string, titleWords: string): number {
  return sharedNamePhrases(label, titleWords).reduce((best, words) => Math.max(best, words.filter((w) => !NAME_JOINERS.has(w)).length), 0);
}

/** A capitalised word of the label (not its first) that the title holds and no funder's name could share by chance ("Ramaciotti"). */
function sharesRareName(label: string, titleWords: string): boolean {
  return sharedNamePhrases(label, titleWords).some((words) => words.some((w) => w.length >= 4 && !NAME_JOINERS.has(w) && !FUNDING_WORDS.has(w) && !/\d/.test(w)));
}

/** The phrases (normalised words) starting at each capitalised word of the label (not its first), as far as the title holds them. */
function sharedNamePhrases(label: string, titleWords: string): string[][] {
  const words = label.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '').replace(ELIDED, ''));
  const phrases: string[][] = [];
  words.forEach((word, i) => {
    if (i === 0 || !/^\p{Lu}/u.test(word)) return;
    let j = i;
    while (j < words.length && contains(titleWords, normalize(words.slice(i, j + 1).join(' ')))) j++;
    if (j > i) phrases.push(words.slice(i, j).map(normalize));
  });
  return phrases;
}

/** Runs of capitalised words ("Parkinson's UK", "National Breast Cancer Foundation"); a sentence's first word is none. */
function capitalisedRuns(text: string, skipFirst: boolean): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const end = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  text.split(/\s+/).forEach((word, i) => {
    // An elided article is not the word's start ("l'Agence", "dell'Istituto").
    const bare = word.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '').replace(ELIDED, '');
    if ((i > 0 || !skipFirst) && /^\p{Lu}/u.test(bare)) run.push(bare);
    else end();
    // Punctuation after a word ends its run ("Parkinson's UK, the …").
    if (/[,.;:?!]$/.test(word)) end();
  });
  end();
  return runs;
}

/** A joiner between capitalised words leaves them one name for its initials ("Österreichische Akademie der Wissenschaften": ÖAW). */
const JOINER_BETWEEN_CAPITALS = new RegExp(`(?<=\\p{Lu}\\p{L}*)\\s+(?:${[...NAME_JOINERS].join('|')})\\s+(?=\\p{Lu})`, 'gu');

/**
 * "Have you previously held NBCF research funding?" on the National Breast Cancer Foundation's page,
 * "… a Parkinson's UK research grant?" on Parkinson's UK's: the question names the funder whose page
 * this is, by a run of two or more capitalised words its title holds, or by initials the title holds or spells out.
 */
function namesPageFunder(label: string, title: string | undefined): boolean {
  if (!title) return false;
  const titleWords = normalize(title);
  const initials = capitalisedRuns(title.replace(JOINER_BETWEEN_CAPITALS, ' '), false).flatMap((run) => run.flatMap((_, i) => run.slice(i).map((_, j) => run.slice(i, i + j + 1).map((w) => w[0]).join(''))));
  if (sharedNameWords(label, titleWords) >= 2 || sharesRareName(label, titleWords)) return true;
  return capitalisedRuns(label, true).some((run) =>
    (run.length >= 2 && contains(titleWords, normalize(run.join(' ')))) || run.some((w) => /^\p{Lu}{2,6}$/u.test(w) && !NOT_FUNDER_INITIALS.has(w) && (initials.includes(w) || contains(titleWords, normalize(w)))));
}

/**
 * The proposal being prepared is "this proposal" only on its sponsor's pages: marked as this proposal
 * to NSF, it is another pending application on a JSPS form. A page is the sponsor's when its title or
 * portal map names the sponsor (or its initials); a page without a title is taken at its word.
 */
function isThisProposalHere(e: Entry, pageWords: string): boolean {
  if (!(e as { thisProposal?: boolean }).thisProposal && !(e as { forThisProject?: boolean }).forThisProject) return false;
  if (!pageWords) return true;
  const { words, initials } = organizationWords(e.organization.name);
  return contains(pageWords, words) || (initials.length > 1 && contains(pageWords, initials));
}

/** The first month (YYYY-MM) of a window of `years` (perhaps a fraction: 24 months) ending this month. */
function windowStart(now: Date, years: number): string {
  const month = now.getFullYear() * 12 + now.getMonth() - Math.round(years * 12);
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Whether an entry belongs in a section's list (a list of the last N years leaves out what ended before them). */
function entryMatchesSection(e: Entry, section: SectionContext, person: Profile['person'], now: Date, pageWords = ''): boolean {
  if (!kindMatchesSection(e, section, person)) return false;
  const end = (e as { endDate?: string | null }).endDate;
  if (section.withinYears && end && end < windowStart(now, section.withinYears)) return false;
  if (section.endedSince && end && end.slice(0, 7) < section.endedSince) return false;
  if (section.foreignOnly && !isForeign(e, person.homeCountry)) return false;
  if (section.outsideOnly && (e as { appointmentType?: string }).appointmentType === 'primary') return false;
  if (section.appointmentTypes && e.kind === 'appointment' && !section.appointmentTypes.includes(e.appointmentType)) return false;
  if (section.interestTypes && section.kind === 'financialInterest' && (e.kind !== 'financialInterest' || !section.interestTypes.includes(e.interestType))) return false;
  if (section.travelTypes && section.kind === 'travel' && e.kind === 'travel' && !section.travelTypes.includes(e.travelType)) return false;
  if (section.excludesThisProposal && isThisProposalHere(e, pageWords)) return false;
  const status = (e as { status?: string }).status;
  if (section.where) {
    for (const [field, want] of Object.entries(section.where)) {
      const have = (e as Record<string, unknown>)[field];
      if (Array.isArray(want) ? !want.includes(have) : have !== want) return false;
    }
  } else if (section.status === 'any') return true;
  else if (section.status === 'awarded') return !PENDING_STATUSES.includes(status ?? '');
  else if (section.status === 'completed') return status ? status === 'completed' : !!end && end.slice(0, 7) < now.toISOString().slice(0, 7);
  else if (section.status === 'upcoming') return status === 'current' && ((e as { startDate?: string }).startDate ?? '').slice(0, 7) > now.toISOString().slice(0, 7);
  else if (section.status && status) {
    if (section.status === 'pending' ? !PENDING_STATUSES.includes(status) : !['current', 'participating'].includes(status)) return false;
  } else if (section.status === 'current' && end && end.slice(0, 7) < now.toISOString().slice(0, 7)) return false;
  else if (e.kind === 'support' && status === 'completed') return false;
  return true;
}

const REGION_NAMES = ['en', 'fr', 'de', 'it', 'ja'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
const countryNameMemo = new Map<string, string[]>();

/** A country code and its name in each of the five languages, normalised: what a country option may read. */
function countryNames(code: string): string[] {
  let names = countryNameMemo.get(code);
  if (!names) {
    const aliases = (countries.aliases as Record<string, string[]>)[code] ?? [];
    const alpha3 = (countries.codes as Record<string, string[]>)[code]?.[0] ?? '';
    countryNameMemo.set(code, (names = [code, alpha3, ...REGION_NAMES.map((n) => n.of(code) ?? ''), ...aliases].map(normalize).filter(Boolean)));
  }
  return names;
}

const COUNTRY_BY_NUMBER = new Map(Object.entries(countries.codes as Record<string, string[]>).map(([alpha2, [, numeric]]) => [numeric, alpha2]));
const numericLists = new WeakMap<readonly OptionInfo[], boolean>();

/** Options valued by ISO numeric code ("840" for USA): several values name the country their text does. */
function valuedByIsoNumber(options: readonly OptionInfo[]): boolean {
  let yes = numericLists.get(options);
  if (yes === undefined) {
    let agree = 0;
    for (const o of options) {
      const alpha2 = COUNTRY_BY_NUMBER.get(o.value);
      if (alpha2 && countryNames(alpha2).includes(normalize(o.text)) && ++agree >= 2) break;
    }
    numericLists.set(options, (yes = agree >= 2));
  }
  return yes;
}

/** What a proposal says beyond the control and its classification. */
interface Outcome {
  value: string;
  status: Proposal['status'];
  reason?: SkipReason;
  instruction?: FillInstruction;
  source?: Proposal['source'];
  attention?: boolean;
  row?: number;
  /** For rows the page does not have yet: -1 and no selector. */
  fieldId?: number;
  selector?: string;
}

interface Rendered {
  value: string;
  instruction?: FillInstruction;
  reason?: SkipReason;
  attention?: boolean;
}

const BELOW = new RegExp(cues.bandBelow, 'i');
const ABOVE = new RegExp(cues.bandAbove, 'i');

/** The option naming the band an amount falls in ("$10,001 – $50,000", "Less than $5,000"), when the options are bands. */
function amountBand(options: readonly OptionInfo[], amount: number): OptionInfo | undefined {
  for (const o of options) {
    const numbers = [...o.text.replace(/(\d)[,'’ .](?=\d{3}\b)/g, '$1').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
    if (!numbers.length || numbers.length > 2) continue;
    const [low, high] = numbers.length === 2 ? numbers : BELOW.test(o.text) ? [0, numbers[0]] : ABOVE.test(o.text) ? [numbers[0], Infinity] : [NaN, NaN];
    if (amount >= low && (amount < high || (numbers.length === 2 && amount === high))) return o;
  }
  return undefined;
}

const PERSON_NAME = /(^person\.fullName|\.pdPi)$/;
const LAST_FIRST = new RegExp(cues.lastFirst, 'i');
/** An example written as a URL ("https://orcid.org/0000-…"); a bare "https://orcid.org/" printed before the box is its fixed prefix. */
const ORCID_URL = /(^|\s)(https?:\/\/)?orcid\.org\/[\dX]{4}/i;

/**
 * Text as the box shows it wants it: a name as "Last, First" when the box says so, an ORCID iD as
 * its URL when the box's example is one.
 */
function asTheBoxAsks(d: FieldDescriptor, key: string, text: string): string {
  const asked = `${d.label} ${d.hints.join(' ')}`;
  const cut = text.lastIndexOf(' ');
  if (PERSON_NAME.test(key) && !text.includes(',') && cut > 0) {
    if (LAST_FIRST.test(asked)) return `${text.slice(cut + 1)}, ${text.slice(0, cut)}`;
    // "例：NAITO Taro", "Surname in capitals": the family name first, in capitals.
    if (CAPS_FIRST_EXAMPLE.test(asked) || CAPS_FIRST.test(asked)) return `${text.slice(cut + 1).toUpperCase()} ${text.slice(0, cut)}`;
  }
  if (key === 'person.orcid' && /^\d{4}-/.test(text) && d.hints.some((h) => ORCID_URL.test(h))) return `https://orcid.org/${text}`;
  return text;
}

const CAPS_FIRST = new RegExp(cues.capsFirst, 'i');
/** An example name written family name first in capitals ("NAITO Taro"); case matters here. */
const CAPS_FIRST_EXAMPLE = /(?:^|[\s:：(（])[A-Z]{2,} [A-Z][a-z]+(?:$|[\s)）,、])/;

const ORGANIZATION_NAME = /(^person\.organization|\.organization\.name)$/;

/** A whole date written the way the page's language writes it; English alone says neither US nor British order, only a regional tag does. */
const FULL_DATE_BY_LANGUAGE: Record<string, string> = { 'en-us': 'MM/DD/YYYY', 'en-gb': 'DD/MM/YYYY', 'en-ie': 'DD/MM/YYYY', 'en-au': 'DD/MM/YYYY', 'en-nz': 'DD/MM/YYYY', fr: 'DD/MM/YYYY', it: 'DD/MM/YYYY', es: 'DD/MM/YYYY', de: 'DD.MM.YYYY', ja: 'YYYY/MM/DD' };

/**
 * A date box that says nothing of its layout but holds ten characters asks for a whole date, in the
 * layout of the page's language ("Data inizio" on an Italian page: 01/08/2024). Without a language, nothing is assumed.
 */
function fullDatesByLanguage(fields: readonly FieldDescriptor[], classes: Classification[], lang: string | undefined): Classification[] {
  const tag = lang?.toLowerCase().replace('_', '-') ?? '';
  const layout = FULL_DATE_BY_LANGUAGE[tag] ?? (tag.startsWith('en') ? undefined : FULL_DATE_BY_LANGUAGE[tag.split('-')[0]]);
  if (!layout) return classes;
  return classes.map((c, i) => {
    const d = fields[i];
    if (c.format || d.maxLength !== 10 || !TEXT_TYPES.has(d.type) || !/\.(startDate|endDate)$/.test(c.key ?? '')) return c;
    return dateLayout(d).guessed ? { ...c, format: layout } : c;
  });
}

/** Lists of the researcher's own ties, whose every row is the researcher's. */
const OWN_TIES = new Set(['financialInterest', 'consulting', 'appointment', 'travel']);

/** Options naming funders abroad ("Public étranger", "海外の機関", "Udenlandsk institution"). */
const ABROAD = compilePatterns([...sectionVocab.foreign, ...optionVocab.abroad]);
/** The country a page in this language most likely serves: a funder elsewhere is abroad to it. */
const PAGE_COUNTRY = countries.pageCountry as Record<string, string>;

/** Renders a record value for one control. `rowHasCurrency`: the row lets the researcher state the currency; `abroad`: the entry's funder is abroad to the page. */
export function render(d: FieldDescriptor, v: RecordValue | undefined, c: Classification, ctx: { rowHasCurrency: boolean; defaultCurrency: string; abroad?: boolean }): Rendered {
  if (!v) return { value: '', reason: 'no-value' };
  const choose = (value: string, shown: string): Rendered => {
    if (d.type === 'select' && d.options) {
      const o = matchOption(d.options, value);
      return o ? { value: o.text || o.value, instruction: { id: d.id, value: o.value, optionText: o.text } } : { value: shown, reason: 'no-option' };
    }
    if ((d.type === 'radio' || d.type === 'checkbox') && d.options) {
      const o = matchOption(d.options, value);
      if (o) return { value: o.text || o.value, instruction: { id: d.id, value: o.value, checked: true } };
      // A lone checkbox standing for a yes/no question.
      if (d.type === 'checkbox' && (value === 'yes' || value === 'no')) return { value, instruction: { id: d.id, value: '', checked: value === 'yes' } };
      return { value: shown, reason: 'no-option' };
    }
    return { value: shown, instruction: { id: d.id, value: shown } };
  };
  switch (v.type) {
    case 'date': {
      const { part, layout } = dateLayout(d, c.format);
      const [y, m, day] = v.iso.split('-');
      if (part === 'year') {
        // A Japanese fiscal year (年度) runs April to March: January–March belong to the year before.
        const fiscal = m && Number(m) <= 3 && (/年度/.test(`${d.label} ${d.hints.join(' ')}`) || !!d.options?.some((o) => o.text.includes('年度'))) ? String(Number(y) - 1) : y;
        const option = d.type === 'select' && d.options ? yearOption(d.options, Number(fiscal)) : undefined;
        if (option) return { value: option.text || option.value, instruction: { id: d.id, value: option.value, optionText: option.text } };
        return choose(fiscal, fiscal);
      }
      if (part === 'era' || part === 'eraYear') {
        const era = japaneseEra(v.iso);
        return part === 'era' ? choose(era.name, era.name) : choose(String(era.year), String(era.year));
      }
      // The day box of a day/month/year group: only a record that names the day fills it.
      if (part === 'day') {
        if (!day) return { value: '', reason: 'no-value' };
        return datePartValue(d, day, false);
      }
      if (part === 'month') {
        return datePartValue(d, m ?? (v.end ? '12' : '01'), true);
      }
      const text = formatDate(v.iso, layout, v.end);
      return { value: text, instruction: { id: d.id, value: text } };
    }
    case 'period': {
      // One box for both ends ("MM/YYYY - MM/YYYY"): each end in the layout the box shows, joined by a dash.
      if (!TEXT_TYPES.has(d.type)) return { value: '', reason: 'no-value' };
      const { part, layout } = dateLayout(d, c.format);
      const one = part === 'full' ? layout : 'MM/YYYY';
      const text = `${formatDate(v.start, one)} - ${formatDate(v.end, one, true)}`;
      return { value: text, instruction: { id: d.id, value: text } };
    }
    case 'money': {
      const expected = c.format && /^[A-Z]{3}$/.test(c.format) ? c.format : expectedCurrency(d);
      const shown = `${formatAmount(v.amount)}`;
      if (c.format === AMOUNT_THEN_CURRENCY) return choose(`${shown} ${v.currency}`, `${shown} ${v.currency}`);
      if (expected ? expected !== v.currency : !ctx.rowHasCurrency && v.currency !== ctx.defaultCurrency) {
        return { value: `${shown} ${v.currency}`, reason: 'currency-mismatch', attention: true };
      }
      const band = d.type === 'select' && d.options ? amountBand(d.options, v.amount) : undefined;
      if (band) return { value: band.text, instruction: { id: d.id, value: band.value, optionText: band.text } };
      return choose(shown, shown);
    }
    case 'number': {
      // A share of time is asked in whole percent ("% d'un plein temps (nombre entier)", "整数で"): 1 person-month is 8 %, not 8.33.
      const digits = formatNumber(c.key?.endsWith('.percentOfTime') ? Math.round(v.value) : v.value);
      // An example written with a decimal comma ("z. B. 1,5", "ex. : 1,5") says how the form writes decimals.
      const text = DECIMAL_COMMA.test(`${d.label} ${d.hints.join(' ')} ${d.note ?? ''}`) ? digits.replace('.', ',') : digits;
      return choose(text, text);
    }
    case 'country': {
      if (d.type === 'select' && d.options) {
        const names = countryNames(v.code);
        const { norm, exact } = optionIndex(d.options);
        const numeric = (countries.codes as Record<string, string[]>)[v.code]?.[1];
        const o =
          names.map((n) => exact.get(n)).filter((hit) => !!hit).sort((a, b) => a.at - b.at)[0]?.o ??
          norm.find((c) => names.some((n) => n.length > 3 && contains(c.text, n)))?.o ??
          (numeric && valuedByIsoNumber(d.options) ? d.options.find((x) => x.value === numeric) : undefined);
        return o ? { value: o.text, instruction: { id: d.id, value: o.value, optionText: o.text } } : { value: v.code, reason: 'no-option' };
      }
      const name = REGION_NAMES[0].of(v.code) ?? v.code;
      return { value: name, instruction: { id: d.id, value: name } };
    }
    case 'choice': {
      const sponsorAbroad = ctx.abroad && c.key?.endsWith('.sponsorType') && d.options;
      const governmental = v.value === 'federal' || v.value === 'government';
      // A government funder abroad is a foreign government's ("Overseas – government") where the list tells them apart.
      const foreignGovernment = !!sponsorAbroad && governmental && !!matchOption(sponsorAbroad, 'foreign-government');
      const chosen = choose(foreignGovernment ? 'foreign-government' : v.value, v.shown ?? v.value);
      // A kind of funder the list does not name ("federal" among French public/foreign/private): a funder abroad is "foreign".
      if (chosen.reason === 'no-option' && sponsorAbroad) {
        // Among the options abroad, the governmental one for a government, the other ("Overseas non-government") for the rest.
        const abroad = optionIndex(sponsorAbroad).norm.filter((x) => ABROAD.some((p) => contains(x.text, p))).map((x) => x.o);
        const o = abroad.find((x) => governmental === !!matchOption([x], 'foreign-government')) ?? abroad[0];
        if (o) return { value: o.text, instruction: { id: d.id, value: o.value, optionText: o.text } };
      }
      return chosen;
    }
    case 'text': {
      const text = asTheBoxAsks(d, c.key ?? '', v.text);
      if (d.maxLength && text.length > d.maxLength) return { value: text, reason: 'no-value' };
      const chosen = choose(text, text);
      // An organisation the list does not name is "Other"; the name goes in the box beside it.
      if (chosen.reason === 'no-option' && d.type === 'select' && d.options && ORGANIZATION_NAME.test(c.key ?? '')) {
        const named = organizationOption(d.options, text);
        if (named) return { value: named.text, instruction: { id: d.id, value: named.value, optionText: named.text } };
        const other = matchOption(d.options, 'other');
        if (other) return { value: other.text, instruction: { id: d.id, value: other.value, optionText: other.text }, attention: true };
      }
      return chosen;
    }
  }
}

/**
 * A month or day number for its box or select: the option whose value is that number, else (for
 * months listed by name with other values) the option in that position.
 */
function datePartValue(d: FieldDescriptor, n: string, byPosition: boolean): Rendered {
  if (d.type === 'select' && d.options) {
    const real = d.options.filter((o) => o.value !== '');
    const o = real.find((o) => Number(o.value) === Number(n)) ?? (byPosition ? real[Number(n) - 1] : undefined);
    return o ? { value: o.text, instruction: { id: d.id, value: o.value, optionText: o.text } } : { value: n, reason: 'no-option' };
  }
  return { value: n, instruction: { id: d.id, value: n } };
}

/** Slot identity of a control within its section row: key, date part and (for effort) the year it names. */
const ENGLISH_VERSION = new RegExp(cues.englishVersion, 'i');

const SPECIFY_OTHER = new RegExp(cues.specifyOther, 'i');

/** A box to type into that an "Other" choice asks to fill ("If other, specify", 「その他」の場合). */
function asksToSpecifyOther(d: FieldDescriptor): boolean {
  return TEXT_TYPES.has(d.type) && SPECIFY_OTHER.test(normalize(`${d.label} ${d.hints.join(' ')}`));
}

function slotKey(d: FieldDescriptor, c: Classification): string {
  const key = c.key ?? '';
  const part = key.endsWith('Date') ? dateLayout(d, c.format).part : '';
  const year = key.includes('effort') || key.includes('personMonths') ? normalize(d.label) : '';
  // "Total (original currency)" and "Sterling equivalent (£)" side by side are two columns of one row.
  const currency = key.endsWith('.amount') ? (expectedCurrency(d) ?? '') : '';
  // "Total amount" and "Amount per year" side by side are two columns of one row too.
  const yearly = key.endsWith('totalAmount.amount') && asksPerYear(d.label) ? 'yearly' : '';
  // "職名" and its "英文" box beside it: one row's post, in two languages.
  const language = ENGLISH_VERSION.test(d.label) ? 'en' : '';
  // The box an "Other" choice asks to fill ("If Other, specify") sits beside its select, in the same row.
  const specify = asksToSpecifyOther(d) ? 'specify' : '';
  // "Overlap? [Yes/No]" and its "If yes, explain" box: one row's answer and its detail.
  const choice = CHOICE_TYPES.has(d.type) && !part ? 'choice' : '';
  return `${c.key}|${part}|${year}|${currency}${yearly}|${language}|${specify}|${choice}`;
}

export function plan(input: PlanInput): FillPlan {
  const now = input.now ?? new Date();
  const proposals: Proposal[] = [];
  const addRows: AddRowsAction[] = [];
  const defaultCurrency = input.profile.settings?.currency ?? 'USD';
  const drafts = new Map<Locale, Record<DraftTopic, string>>();
  const narrativeValue = (key: string, pageLang: string | undefined): RecordValue | undefined => {
    const topic = key.slice('narrative.'.length) as DraftTopic;
    if (!DRAFT_TOPICS.includes(topic)) return undefined;
    const locale = narrativeLocale(input.map, pageLang, input.profile);
    let texts = drafts.get(locale);
    if (!texts) drafts.set(locale, (texts = draftNarratives(input.profile, input.entries, { locale, today: now.toISOString().slice(0, 10) })));
    return { type: 'text', text: texts[topic] };
  };

  for (const scan of input.scans) {
    const pageWords = normalize([scan.title, input.map?.title].filter(Boolean).join(' '));
    const classes = fullDatesByLanguage(scan.fields, pairedBoxes(scan.fields, yearAfterMonth(scan.fields, classify(scan.fields, input.map))), scan.lang);
    // One literal per proposal (no spreads): a 3,000-control page makes 3,000 of them.
    const propose = (d: FieldDescriptor, c: Classification, slot: string, o: Outcome): Proposal => ({
      slot, frameId: scan.frameId, fieldId: o.fieldId ?? d.id, frame: d.frame, selector: o.selector ?? d.selector, label: d.label,
      key: c.key, confidence: c.confidence, via: c.via, value: o.value, instruction: o.instruction, source: o.source,
      status: o.status, reason: o.reason, attention: o.attention, section: c.section.text, row: o.row,
    });
    const outcomeOf = (r: Rendered, source: Proposal['source'], row?: number): Outcome => ({
      value: r.value, instruction: r.instruction, source, status: r.instruction ? 'proposed' : 'skipped', reason: r.reason, attention: r.attention, row,
    });
    const entrySources = new Map<Entry, Proposal['source']>();
    const sourceOf = (entry: Entry) => {
      let source = entrySources.get(entry);
      if (!source) entrySources.set(entry, (source = { entryId: entry.id, kind: entry.kind, text: describeEntry(entry) }));
      return source;
    };

    // Groups of repeatable rows: one per (section, kind, status), sub-sections later joined to their card's.
    const groups = new Map<string, RowGroup>();
    const radioUnits = new Map<string, Unit>();
    const singleCount = new Map<string, number>();
    const radioSeen = new Set<string>();

    // The researcher's own name or title asked row after row ("Position / title, row 2", a table
    // column) belongs to the rows' people or parties, not to the researcher.
    const personRows = new Map<string, Set<string>>();
    scan.fields.forEach((d, i) => {
      const key = classes[i].key;
      // A hidden copy of the box (an e-mail confirmation trap, a mirrored ORCID field) is no second row.
      if (!key?.startsWith('person.') || d.visibility !== 'visible') return;
      const at = `${key}|${rowless(d.label)}|${rowless(classes[i].section.text)}`;
      const labels = personRows.get(at) ?? new Set<string>();
      labels.add(d.labelSource === 'table' ? `${d.label}#${i}` : d.label);
      personRows.set(at, labels);
    });
    // A list of the researcher's own ties names the researcher on every row; a list of grants may name others.
    const repeatedPerson = (d: FieldDescriptor, c: Classification) =>
      !!c.key?.startsWith('person.') && !OWN_TIES.has(c.section.kind ?? '') && (personRows.get(`${c.key}|${rowless(d.label)}|${rowless(c.section.text)}`)?.size ?? 0) > 1;

    // Yes/no boxes per section, by its text (sections may reach here as separate arrays), and
    // sections naming an entity (a list row's "Entity name").
    const checkboxQuestions = new Map<string, number>();
    const entitySections = new Set<string>();
    scan.fields.forEach((d, i) => {
      const key = classes[i].key;
      const at = d.section.join('\u0000');
      if (key?.endsWith('.organization.name') && !SINGLE_SOURCES.has(key.slice(0, key.indexOf('.')))) entitySections.add(at);
      if (d.type !== 'checkbox' || !key?.startsWith('disclosure.')) return;
      checkboxQuestions.set(at, (checkboxQuestions.get(at) ?? 0) + 1);
    });

    const signed = signedSections(scan.fields);
    // "en-AU" names its country; a bare "fr" the country its language most likely serves.
    const [language = '', region] = scan.lang?.split(/[-_]/) ?? [];
    const pageCountry = region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : PAGE_COUNTRY[language.toLowerCase()];
    scan.fields.forEach((d, i) => {
      const c = classes[i];
      const unsafe = safetyVerdict(d, signed, c.key);
      if (unsafe) {
        if (d.type === 'radio' && d.radioGroup) {
          if (radioSeen.has(`unsafe|${d.radioGroup}`)) return;
          radioSeen.add(`unsafe|${d.radioGroup}`);
        }
        proposals.push(propose(d, c, `${d.frame}|#${d.id}`, { value: '', status: 'skipped', reason: unsafe, attention: unsafe === 'certification' }));
        return;
      }
      if (!c.key || c.confidence < CONFIDENCE_THRESHOLD || repeatedPerson(d, c)) {
        if (d.type === 'radio' && d.radioGroup) {
          if (radioSeen.has(`low|${d.radioGroup}`)) return;
          radioSeen.add(`low|${d.radioGroup}`);
        }
        proposals.push(propose(d, c, `${d.frame}|#${d.id}`, { value: '', status: 'skipped', reason: c.key ? 'low-confidence' : 'unclassified' }));
        return;
      }
      const kind = c.key.slice(0, c.key.indexOf('.'));
      // Several yes/no boxes side by side ("Remuneration", "Equity", "Other") beside an entity's name say what
      // that row's tie is, not whether the researcher has any; without one they ask which kinds the researcher has.
      const at = d.section.join('\u0000');
      const besideEntity = d.section.some((_, k) => entitySections.has(d.section.slice(k).join('\u0000')));
      if (kind === 'disclosure' && d.type === 'checkbox' && (checkboxQuestions.get(at) ?? 0) > 1 && besideEntity) {
        proposals.push(propose(d, c, `${d.frame}|#${d.id}`, { value: '', status: 'skipped', reason: 'low-confidence' }));
        return;
      }
      // A list of other people (reviewers to exclude, relatives) names none of the researcher's details.
      if (kind === 'person' && c.section.others) {
        proposals.push(propose(d, c, `${d.frame}|#${d.id}`, { value: '', status: 'skipped', reason: 'no-value' }));
        return;
      }
      if (SINGLE_SOURCES.has(kind)) {
        const unit = d.type === 'radio' ? `${c.key}|${d.radioGroup}` : `${c.key}|${d.id}`;
        const radios = d.type === 'radio' ? scan.fields.filter((f, j) => f.radioGroup === d.radioGroup && f.type === 'radio' && classes[j].key === c.key) : [d];
        if (d.type === 'radio') {
          if (radioSeen.has(unit)) return;
          radioSeen.add(unit);
        }
        const n = singleCount.get(c.key) ?? 0;
        singleCount.set(c.key, n + 1);
        const value: RecordValue | undefined =
          kind === 'person' ? personValue(c.key, input.profile, input.entries) : kind === 'narrative' ? narrativeValue(c.key, scan.lang) : (() => {
            // Asked about Significant Financial Interests, income from the own institution is none.
            // "Nothing to declare in this section": true when no entry belongs to the list it sits in.
            if (c.key === 'disclosure.noneInSection') {
              if (!c.section.kind || c.section.kind === 'person') return undefined;
              return { type: 'choice' as const, value: input.entries.some((e) => entryMatchesSection(e, c.section, input.profile.person, now, pageWords)) ? 'no' : 'yes' };
            }
            const remunerated = c.section.remunerated ? input.entries.filter((e) => !REMUNERATED_KINDS.has(e.kind) || isRemuneratedTie(e, input.profile.person)) : input.entries;
            // "Any other application under consideration by the Leverhulme Trust?" asks about that organisation alone.
            // "… from the Leverhulme Trust or any other funder" asks about them all.
            const beside = OR_OTHERS.test(normalize(d.label));
            const named = beside ? null : NAMED_ORGANIZATION.exec(d.label);
            // "本財団の助成金受領歴", "this Foundation": the funder whose page this is, named by the page's title.
            const asked = named
              ? remunerated.filter((e) => namesOrganization(e, named.slice(1).find(Boolean)!))
              : !beside && (THIS_FUNDER.test([d.label, ...d.hints].join(' ')) || (SUPPORT_QUESTIONS.has(c.key) && namesPageFunder(d.label, scan.title))) ? remunerated.filter((e) => !!e.organization?.name && !!pageWords && contains(pageWords, organizationWords(e.organization.name).words)) : remunerated;
            // "Paid membership on an advisory board?" asks about no unpaid seat.
            const label = normalize(d.label);
            const about = PAID_ONLY.test(label) && !PAID_OR_UNPAID.test(label) ? asked.filter(isPaid) : asked;
            const years = windowYears(d.label);
            const a = disclosureAnswer(c.key!, input.profile, about, now, years ? windowStart(now, years) : undefined);
            return a ? { type: 'choice' as const, value: a } : undefined;
          })();
        const target = pickRadio(radios, value, c) ?? { d, r: keepsOwnValue(d, render(d, value, c, { rowHasCurrency: true, defaultCurrency })) };
        proposals.push(propose(target.d, c, `${d.frame}|${c.key}|${n}`, outcomeOf(target.r, { kind, text: SINGLE_SOURCES.get(kind)! })));
        return;
      }
      // Row numbers in legends ("Project 2") do not make a new section.
      const sectionKey = `${c.section.mapSection ?? rowless(c.section.text)}|${c.section.kind ?? kind}|${c.section.status ?? ''}`;
      let group = groups.get(sectionKey);
      if (!group) {
        const masked = c.section.mapSection ? null : d.section.map(rowless);
        groups.set(sectionKey, (group = { key: sectionKey, section: { ...c.section, kind: c.section.kind ?? (kind as SectionContext['kind']) }, path: d.section, masked, units: [] }));
      }
      const sk = slotKey(d, c);
      // A radio group is one unit: the radio to tick is chosen by value.
      const radioKey = d.type === 'radio' && d.radioGroup ? `${sectionKey}|${sk}|${d.radioGroup}` : null;
      const known = radioKey ? radioUnits.get(radioKey) : undefined;
      if (known) known.push({ d, c });
      else {
        const unit: Unit = [{ d, c }];
        if (radioKey) radioUnits.set(radioKey, unit);
        group.units.push({ sk, unit });
      }
    });

    // Add controls that belong to a group of rows on the page.
    const rowAdds = new Set<AddControl>();
    // "受入予定" beside a list of running grants ("実施中") is what has not started; alone, it is every grant still to pay out.
    const listsRunning = [...groups.values()].some((g) => g.section.kind === 'support' && g.section.status === 'current');
    for (const group of joinSubsections(groups)) {
      const sectionKey = group.key;
      const { rowCount, placed, yearAdds } = placeRows(group, scan.addControls);
      const section = group.section.status === 'upcoming' && !listsRunning ? { ...group.section, status: 'current' as const } : group.section;
      // A list of outside activities takes posts and consultancies as the record lists them, posts first;
      // one whose organisation box or heading asks for companies ("Auftraggeber (Unternehmen)", "Nebentätigkeiten für
      // Unternehmen") lists work for companies: consultancies and posts at a company.
      const outsideList = !!group.section.kindFromOutside && OUTSIDE_KINDS.has(group.section.kind ?? '');
      // A conflict-of-interest or outside-activities list whose type choices offer nothing for an entry
      // (a consultancy, a board seat, a visiting post) takes none such: the list is not about it.
      const typeKey = section.kind === 'financialInterest' || outsideList ? TYPE_KEYS[section.kind!] : undefined;
      const typeChoice = typeKey ? group.units.map((u) => u.unit[0]).find((x) => x.c.key === typeKey && x.d.type === 'select' && (x.d.options?.length ?? 0) > 2) : undefined;
      const typeable = (e: Entry) => {
        if (!typeChoice || (section.kind === 'financialInterest' && e.kind === 'financialInterest')) return true;
        const type = entryValue(typeKey!, e, '', now);
        return type?.type === 'choice' && !!matchOption(typeChoice.d.options!, type.value);
      };
      const organisationBox = outsideList ? group.units.map((u) => u.unit[0]).find((x) => x.c.key?.endsWith('.organization.name')) : undefined;
      // So does a question asking about roles "with a commercial organisation".
      const forCompanies = outsideList && (!!section.industryOnly || [organisationBox?.d.label, group.units[0]?.unit[0].d.section[0]].some((text) => !!text && COMPANY_ONLY.test(normalize(text))));
      const forCompany = (e: Entry) => e.kind === 'consulting' || (e.kind === 'appointment' && isCompanyName(e.organization.name));
      const matching = input.entries.filter((e) => entryMatchesSection(e, section, input.profile.person, now, pageWords) && typeable(e) && (!forCompanies || forCompany(e)));
      // In a list that mixes kinds, the kind its heading or question names comes first. A conflict-of-interest
      // list under a heading alone takes consultancies and financial interests as the record orders them.
      const recordOrder = group.section.kind === 'financialInterest' && group.section.kindFromTies && !group.section.asked;
      const first = (e: Entry) => outsideList || e.kind === group.section.kind || (recordOrder && e.kind === 'consulting');
      const entries = [...matching.filter(first), ...matching.filter((e) => !first(e))];
      const assigned: (Entry | null)[] = new Array(rowCount).fill(null);
      // Rows holding values that belong to no entry of the record: the researcher's own.
      const occupied = new Set<number>();
      const used = new Set<string>();
      const slotKeys = [...new Set(placed.map((p) => p.sk))];
      const rowHasCurrency = slotKeys.some((k) => k.split('|')[0].endsWith('.currency'));
      const identityKey = IDENTITY_PATHS.map((p) => slotKeys.find((k) => k.split('|')[0].endsWith(`.${p}`))).find(Boolean);
      // Rows already holding an entry keep it; rows holding something else are left alone.
      for (const { sk, unit, row, nth } of placed) {
        if (sk !== identityKey || nth || row < 0) continue;
        const have = normalize(unit[0].d.value);
        if (!have || CHOICE_TYPES.has(unit[0].d.type) || assigned[row] || occupied.has(row)) continue;
        const match = entries.find((e) => !used.has(e.id) && normalize(valueText(unit[0].d, unit[0].c, e, now)) === have);
        if (match) {
          assigned[row] = match;
          used.add(match.id);
        } else occupied.add(row);
      }
      const rest = entries.filter((e) => !used.has(e.id));
      for (let r = 0; r < rowCount && rest.length; r++) if (!assigned[r] && !occupied.has(r)) assigned[r] = rest.shift()!;
      // In a row whose boxes are all empty, a select's choice is the page's preset ("EUR"), not the researcher's.
      const typedRows = new Set(placed.filter((p) => !CHOICE_TYPES.has(p.unit[0].d.type) && p.unit[0].d.value.trim()).map((p) => p.row));

      const slotOf = (d: FieldDescriptor, sk: string, row: number, nth: number | undefined) => `${d.frame}|${sectionKey}|${sk}|${row}${nth ? `|${nth}` : ''}`;
      const valueFor = (unit: Unit, entry: Entry, nth: number | undefined, preset: boolean): { d: FieldDescriptor; r: Rendered } => {
        const { d, c } = unit[0];
        // "Funding scheme (funding body)": a column for both, its own label naming the funder, takes the funder when the record has no scheme.
        const value = entryValue(c.key!, entry, `${d.label} ${d.hints.join(' ')}`, now, nth) ??
          (c.key!.endsWith('.scheme') && FUNDER_NAMED.test(d.label) ? { type: 'text' as const, text: entry.organization.name } : undefined);
        const r = render(d, value, c, { rowHasCurrency, defaultCurrency, abroad: !!pageCountry && isForeign(entry, pageCountry) });
        return (d.type === 'radio' && pickRadio(unit.map((u) => u.d), value, c)) || { d, r: preset && d.type === 'select' ? r : keepsOwnValue(d, r) };
      };
      for (const { sk, unit, row, nth } of placed) {
        const { d, c } = unit[0];
        const slot = slotOf(d, sk, row, nth);
        const entry = assigned[row];
        if (occupied.has(row)) proposals.push(propose(d, c, slot, { value: d.value, status: 'skipped', reason: 'has-value', row }));
        else if (!entry) proposals.push(propose(d, c, slot, { value: '', status: 'skipped', reason: 'no-row', row }));
        else {
          const target = valueFor(unit, entry, nth, !typedRows.has(row));
          proposals.push(propose(target.d, c, slot, outcomeOf(target.r, sourceOf(entry), row)));
        }
      }

      // Entries without a row: click the section's "Add another…" control, never more than needed.
      // Rows come before their "Add" control: boxes that all follow it (a closing question) are not its rows.
      const found = findAddControl(scan.addControls, group.section, placed.find((p) => p.row >= 0)?.unit[0].d.section ?? group.path);
      const add = found && placed.some((p) => p.unit[0].d.id <= found.near) ? found : undefined;
      if (add) rowAdds.add(add);
      for (const yearAdd of yearAdds.values()) rowAdds.add(yearAdd);
      // A row still to be added: its proposals (not yet a control to write to) and the slots that ask for it.
      const pendingRow = (entry: Entry, row: number, cells: { sk: string; unit: Unit; nth?: number; d: FieldDescriptor; r: Rendered }[]) => {
        const slots: string[] = [];
        for (const { sk, unit, nth, d, r } of cells) {
          const slot = slotOf(d, sk, row, nth);
          if (r.instruction) slots.push(slot);
          proposals.push(propose(d, unit[0].c, slot, {
            fieldId: -1, selector: '', row, value: r.value, status: r.instruction ? 'proposed' : 'skipped', reason: r.reason, source: sourceOf(entry),
          }));
        }
        return slots;
      };
      // A card's "+ Add Year": one more year row per year of the card's entry the card lacks.
      const missingYears = (entry: Entry, have: number) => Math.max(0, ((entry as { effort?: unknown[] }).effort?.length ?? 0) - have);
      const yearCells = (entry: Entry, lastYear: Placed[], nth: number) => lastYear.map(({ sk, unit }) => ({ sk, unit, nth, ...valueFor(unit, entry, nth, true) }));
      const yearsOf = (row: number) => placed.filter((p) => p.row === row && p.nth !== undefined);
      for (const [row, yearAdd] of yearAdds) {
        const entry = assigned[row];
        if (!entry || occupied.has(row)) continue;
        const years = yearsOf(row);
        const have = Math.max(...years.map((p) => p.nth!)) + 1;
        const lastYear = years.filter((p) => p.nth === have - 1);
        const rowSlots = Array.from({ length: missingYears(entry, have) }, (_, k) => pendingRow(entry, row, yearCells(entry, lastYear, have + k)));
        if (rowSlots.length) addRows.push({ frameId: scan.frameId, addId: yearAdd.id, times: rowSlots.length, text: yearAdd.text, rowSlots, place: placeOf(yearAdd) });
      }
      if (rest.length && add) {
        // The first row stands for the rows to come: the same controls, in the same places, and as many
        // year rows as each entry has years when the card adds its own.
        const template = placed.filter((p) => p.row === 0);
        const templateYears = yearAdds.has(0) ? Math.max(...yearsOf(0).map((p) => p.nth!)) + 1 : 0;
        const lastYear = yearsOf(0).filter((p) => p.nth === templateYears - 1);
        const rendered = rest.map((entry) => ({
          entry,
          cells: [
            ...template.map(({ sk, unit, nth }) => ({ sk, unit, nth, ...valueFor(unit, entry, nth, true) })),
            ...Array.from({ length: templateYears ? missingYears(entry, templateYears) : 0 }, (_, k) => yearCells(entry, lastYear, templateYears + k)).flat(),
          ],
        }));
        // A row the record would leave empty is not added ("Co-researchers" rows for organisations that name no one).
        const worth = rendered.filter(({ cells }) => cells.some(({ r }) => r.instruction));
        const rowSlots = worth.map(({ entry, cells }, k) => pendingRow(entry, rowCount + k, cells));
        if (worth.length) addRows.push({ frameId: scan.frameId, addId: add.id, times: worth.length, text: add.text, rowSlots, place: placeOf(add) });
      }
    }

    // Lists the page starts empty ("Add grant" under "Ongoing grants", no row yet): one new row per
    // matching entry. Its controls are unknown until the row exists, so the review lists the entry
    // itself; the fill adds the approved rows, scans again and writes those entries' values there.
    for (const add of scan.addControls) {
      if (rowAdds.has(add)) continue;
      const section = scopedContext(sectionContext(add.section), add.note);
      // A row is made of the list's own boxes before its add control: a hidden total, a yes/no question or
      // a "describe the overlap" box after the list, under the same heading, is none.
      const rowField = (d: FieldDescriptor, i: number) =>
        classes[i].key?.startsWith(`${section.kind}.`) && d.visibility === 'visible' && d.type !== 'radio' && d.type !== 'checkbox' && d.id <= add.near && endsWith(d.section, add.section) && d.section.length > 0;
      if (!section.kind || section.kind === 'person' || scan.fields.some(rowField)) continue;
      const entries = input.entries.filter((e) => entryMatchesSection(e, section, input.profile.person, now, pageWords));
      if (!entries.length) continue;
      const slotOfEntry = (entry: Entry) => `${scan.frameId}|new-row|${rowless(section.text)}|${entry.id}`;
      addRows.push({ frameId: scan.frameId, addId: add.id, times: entries.length, text: add.text, rowSlots: entries.map((e) => [slotOfEntry(e)]), place: placeOf(add) });
      entries.forEach((entry, row) => {
        proposals.push({
          slot: slotOfEntry(entry), frameId: scan.frameId, fieldId: -1, frame: scan.fields[0]?.frame ?? 'main', selector: '', label: add.text,
          key: null, confidence: 1, via: 'add-control', value: describeEntry(entry), source: sourceOf(entry), status: 'proposed', section: section.text, row,
        });
      });
    }
  }
  leaveSpecifyBoxes(proposals, input.scans);
  return { url: input.url, portal: input.map?.id ?? null, proposals, addRows };
}

const OTHER_CHOICE = compilePatterns(optionVocab.values.other);

/**
 * An "If other, specify" box is for what the select before it cannot name: once that select takes a
 * real choice ("Professore associato"), the box stays empty.
 */
function leaveSpecifyBoxes(proposals: Proposal[], scans: readonly FrameScan[]): void {
  const at = new Map(proposals.filter((p) => p.fieldId >= 0).map((p) => [`${p.frameId}|${p.fieldId}`, p]));
  for (const scan of scans) {
    for (const d of scan.fields) {
      const box = at.get(`${scan.frameId}|${d.id}`);
      if (box?.status !== 'proposed' || !asksToSpecifyOther(d)) continue;
      const select = [1, 2].map((back) => scan.fields[d.id - back]).find((f) => f?.type === 'select' && sameSection(f, d));
      const chosen = select && at.get(`${scan.frameId}|${select.id}`);
      if (chosen?.status === 'proposed' && !OTHER_CHOICE.some((w) => contains(normalize(chosen.value), w))) Object.assign(box, { status: 'skipped', reason: 'no-value', instruction: undefined });
    }
  }
}

/** Does `path` sit under `outer` (its outer headings are `outer`'s)? */
function endsWith(path: readonly string[], outer: readonly string[]): boolean {
  return outer.length <= path.length && outer.every((t, i) => path[path.length - outer.length + i] === t);
}

/**
 * A month select followed by a box under the same date label ("Start (month / year)"): the box
 * is the year, not a whole date.
 */
function yearAfterMonth(fields: readonly FieldDescriptor[], classes: Classification[]): Classification[] {
  return classes.map((c, i) => {
    const d = fields[i];
    const before = fields[i - 1];
    if (!before || !c.key?.endsWith('Date') || classes[i - 1].key !== c.key || before.section !== d.section || d.type === 'date' || d.type === 'month') return c;
    return dateLayout(before, classes[i - 1].format).part === 'month' && dateLayout(d, c.format).part === 'full' ? { ...c, format: 'YYYY' } : c;
  });
}

const AMOUNT_BOX_TYPES = new Set(['text', 'number']);
const sameSection = (a: FieldDescriptor, b: FieldDescriptor) => a.section === b.section || a.section.join('\u0000') === b.section.join('\u0000');

/**
 * Boxes read by their neighbour under the same heading: "Funding period [ ] to [ ]" is a start then
 * an end, not the whole period twice; "Total funding [USD ▾] [ ]", a box with no label of its own
 * right after a currency select, is that amount.
 */
function pairedBoxes(fields: readonly FieldDescriptor[], classes: Classification[]): Classification[] {
  return classes.map((c, i) => {
    const d = fields[i];
    const next = fields[i + 1];
    if (c.key?.endsWith('.period') && next && sameSection(next, d) && classes[i + 1].key === c.key.replace(/period$/, 'endDate')) {
      return { ...c, key: c.key.replace(/period$/, 'startDate') };
    }
    const before = fields[i - 1];
    const currency = before && classes[i - 1].key;
    if (!c.key && currency?.endsWith('.currency') && (d.labelSource === 'name' || d.labelSource === 'none') && AMOUNT_BOX_TYPES.has(d.type) && sameSection(before, d)) {
      return { ...c, key: currency.replace(/currency$/, 'amount'), confidence: classes[i - 1].confidence * 0.9, via: 'beside-currency' };
    }
    return c;
  });
}

/** One control, or a radio group's radios. */
type Unit = { d: FieldDescriptor; c: Classification }[];
/** A unit placed in a row; `nth`: its year row, for per-year effort. */
type Placed = { sk: string; unit: Unit; row: number; nth?: number };

/** Where an add control is, in words that stay the same across scans (ids do not). */
const placeOf = (a: AddControl) => `${a.frameId}|${a.section.join(' / ')}|${a.text}`;
/** An add control whose words say it adds a year ("+ Add Year", "Jahr hinzufügen", "年度を追加"). */
const YEAR_WORDS = /\b(years?|jahre?s?|annees?|anni|anno)\b|年/;

interface RowGroup {
  key: string;
  section: SectionContext;
  path: string[];
  /** The section path with row numbers masked; null for a portal map's section, which is matched as a whole and joins none. */
  masked: string[] | null;
  units: { sk: string; unit: Unit }[];
}

const isEffortKey = (key: string) => key.includes('effort') || key.includes('personMonths');

/**
 * Sub-sections join the card they sit in: a "Start date" fieldset or a "Person-months per year"
 * table inside "Project 2" belongs to that project's row, and the card is added once, not once
 * per sub-section. A group joins the nearest group of the same kind, status and kinds of post whose
 * path encloses its own ("Other affiliations" under "Current position", "Reviewers to be excluded" under
 * "Conflicts of interest" are lists of their own).
 */
function joinSubsections(groups: Map<string, RowGroup>): RowGroup[] {
  const all = [...groups.values()];
  const kindOf = (g: RowGroup) => g.key.slice(g.key.indexOf('|'));
  const encloses = (outer: RowGroup, inner: RowGroup) =>
    !!outer.masked && !!inner.masked && outer.masked.length < inner.masked.length && kindOf(outer) === kindOf(inner) &&
    outer.section.appointmentTypes === inner.section.appointmentTypes && outer.section.interestTypes === inner.section.interestTypes && outer.section.travelTypes === inner.section.travelTypes && !outer.section.others === !inner.section.others && endsWith(inner.masked, outer.masked);
  const parent = new Map<RowGroup, RowGroup>();
  for (const g of all) {
    const outer = all.filter((o) => encloses(o, g)).sort((a, b) => b.masked!.length - a.masked!.length)[0];
    if (outer) parent.set(g, outer);
  }
  const rootOf = (g: RowGroup): RowGroup => (parent.has(g) ? rootOf(parent.get(g)!) : g);
  for (const [g] of parent) rootOf(g).units.push(...g.units);
  const roots = all.filter((g) => !parent.has(g));
  // Document order, so that rows and records are counted as they appear.
  for (const g of roots) g.units.sort((a, b) => a.unit[0].d.id - b.unit[0].d.id);
  return roots;
}

/** The first card's number in its title ("Financement n° 1", "Project #1"). */
const FIRST_CARD = /(?:^|\s)(?:n[°º.]?\s*|no\.?\s*|nr\.?\s*|#\s*)?1$/i;

/**
 * Which row (entry) each unit belongs to. Cards whose headings differ only by their number
 * ("Project 1", "Project 2") are one row each; otherwise the nth control of a kind is in row n.
 * Either way, a per-year effort table inside a row repeats its year and person-month controls:
 * those are that row's years (`nth`), not rows of their own.
 */
function placeRows(group: RowGroup, controls: readonly AddControl[]): { rowCount: number; placed: Placed[]; yearAdds: Map<number, AddControl> } {
  // A control or two right under the list's heading, beside numbered cards that hold the rest ("AIRC grant
  // code" above "Finanziamento n. 1", "n. 2"), is no row of the list: it belongs to no card (row -1).
  const outerDepth = Math.min(...group.units.map((u) => u.unit[0].d.section.length));
  const inner = group.units.filter((u) => u.unit[0].d.section.length > outerDepth);
  const innerDepth = Math.min(...inner.map((u) => u.unit[0].d.section.length));
  const innerCards = new Set(inner.map((u) => u.unit[0].d.section.slice(u.unit[0].d.section.length - innerDepth).join(' / ')));
  const outer = group.units.filter((u) => !inner.includes(u));
  const outerPaths = new Set(outer.map((u) => u.unit[0].d.section.join(' / ')));
  // Strays sit under one heading over cards that differ only by their numbers.
  const overCards = outerPaths.size === 1 && innerCards.size > 1 && new Set([...innerCards].map(rowless)).size === 1 &&
    inner.every((u) => endsWith(u.unit[0].d.section, outer[0].unit[0].d.section));
  const strays = overCards && inner.length >= 4 * outer.length ? outer : [];
  if (strays.length) {
    const { rowCount, placed, yearAdds } = placeRows({ ...group, units: inner }, controls);
    return { rowCount, placed: [...strays.map(({ sk, unit }) => ({ sk, unit, row: -1 })), ...placed], yearAdds };
  }
  // A card is told by the headings every control of the group shares, its sub-sections' left out.
  const depth = outerDepth;
  const cardOf = (d: FieldDescriptor) => d.section.slice(d.section.length - depth).join(' / ');
  const cards = [...new Set(group.units.map((u) => cardOf(u.unit[0].d)))];
  const yearAdds = new Map<number, AddControl>();
  // The first numbered card alone ("Financement n° 1", before any is added) is one row too, whatever it repeats.
  const firstCard = cards.length === 1 && FIRST_CARD.test(group.units[0].unit[0].d.section[group.units[0].unit[0].d.section.length - depth] ?? '') &&
    !group.units.some((u) => u.unit[0].d.labelSource === 'table');
  if (cards.length > 1 || firstCard) {
    // A card's own add control right after its per-year rows, in their sub-section or naming a year,
    // adds years: those rows are years even while there is one.
    cards.forEach((card, row) => {
      const effort = group.units.filter((u) => isEffortKey(u.sk) && cardOf(u.unit[0].d) === card);
      if (!effort.length) return;
      const last = Math.max(...effort.flatMap((u) => u.unit.map((x) => x.d.id)));
      const path = effort[effort.length - 1].unit[0].d.section;
      const add = controls.find((a) => a.near === last && endsWith(path, a.section) && a.section.length >= depth &&
        (a.section.length > depth || YEAR_WORDS.test(normalize(a.text))));
      if (add) yearAdds.set(row, add);
    });
    const seen = new Map<string, number>();
    const counts = new Map<string, number>();
    for (const u of group.units) counts.set(`${cardOf(u.unit[0].d)}|${u.sk}`, (counts.get(`${cardOf(u.unit[0].d)}|${u.sk}`) ?? 0) + 1);
    const placed = group.units.map(({ sk, unit }) => {
      const card = cardOf(unit[0].d);
      const n = seen.get(`${card}|${sk}`) ?? 0;
      seen.set(`${card}|${sk}`, n + 1);
      // Other repeated controls of a card (several checkboxes for one choice) all read the card's entry.
      const row = cards.indexOf(card);
      const perYear = isEffortKey(sk) && (counts.get(`${card}|${sk}`)! > 1 || yearAdds.has(row));
      return { sk, unit, row, nth: perYear ? n : undefined };
    });
    return { rowCount: cards.length, placed, yearAdds };
  }
  const bySlot = new Map<string, { sk: string; unit: Unit }[]>();
  for (const u of group.units) {
    const units = bySlot.get(u.sk);
    if (units) units.push(u);
    else bySlot.set(u.sk, [u]);
  }
  const rowsBesides = (own: string) => Math.max(0, ...[...bySlot].filter(([sk]) => sk !== own && !isEffortKey(sk)).map(([, units]) => units.length));
  const placed: Placed[] = [];
  for (const [sk, units] of bySlot) {
    const rowsOfOthers = rowsBesides(sk);
    // Per-year rows of a single table: as many per row as the other controls have rows. Other controls
    // that read alike twice in each row ("Nature of interest", "Type of interest") are two columns of one row.
    const perRow = rowsOfOthers > 0 && units.length > rowsOfOthers && units.length % rowsOfOthers === 0 ? units.length / rowsOfOthers : 1;
    const perYear = isEffortKey(sk) && perRow > 1;
    units.forEach(({ unit }, i) => placed.push({ sk, unit, row: Math.floor(i / perRow), nth: perYear ? i % perRow : undefined }));
  }
  placed.sort((a, b) => a.unit[0].d.id - b.unit[0].d.id);
  return { rowCount: Math.max(0, ...placed.map((p) => p.row + 1)), placed, yearAdds };
}

function valueText(d: FieldDescriptor, c: Classification, e: Entry, now: Date): string {
  const r = render(d, entryValue(c.key!, e, d.label, now), c, { rowHasCurrency: true, defaultCurrency: '' });
  return r.instruction?.value ?? '';
}

/** For a radio group: the radio whose option matches the value. */
function pickRadio(radios: FieldDescriptor[], value: RecordValue | undefined, c: Classification): { d: FieldDescriptor; r: Rendered } | null {
  if (radios.length < 1 || radios[0].type !== 'radio') return null;
  for (const d of radios) {
    const r = render(d, value, c, { rowHasCurrency: true, defaultCurrency: '' });
    if (r.instruction) return { d, r };
  }
  return { d: radios[0], r: { value: value && 'value' in value ? String(value.value) : '', reason: value ? 'no-option' : 'no-value' } };
}

/** Text boxes and selects that already hold something other than the record's value are the researcher's. */
function keepsOwnValue(d: FieldDescriptor, r: Rendered): Rendered {
  if (!r.instruction || d.value === '' || !['text', 'textarea', 'email', 'number', 'tel', 'url', 'search', 'date', 'month', 'select', 'contenteditable'].includes(d.type)) return r;
  return d.value.trim() === r.instruction.value.trim() ? r : { value: d.value, reason: 'has-value' };
}

/**
 * The section's "Add another…" control: it sits under the same headings as the rows (their outer
 * part), the innermost first — but one inside a numbered card of the rows ("Project 1 … + Add Year")
 * adds to that card, so one outside it comes first.
 */
function findAddControl(controls: AddControl[], section: SectionContext, path: string[]): AddControl | undefined {
  const re = section.addButton ? new RegExp(section.addButton, 'i') : null;
  const rows = path.map(rowless);
  const fits = (a: AddControl) => a.section.length > 0 && endsWith(rows, a.section.map(rowless));
  // A card's own number ("Project 1"), not a question's ("↳ 1. In the past 36 months, …") over the list.
  const inCard = (a: AddControl) => (a.section.length === path.length && !a.section[0].startsWith(LEAD_MARK) && /\d/.test(a.section[0]) ? 1 : 0);
  const fitting = controls.filter((a) => (!re || re.test(a.text)) && fits(a)).sort((a, b) => inCard(a) - inCard(b) || b.section.length - a.section.length)[0];
  if (fitting || re) return fitting;
  // After a card's last sub-heading ("Person-months per year" in "Project 1"), the headings above
  // "+ Add Project" are the card's; the button names the card ("Project/Proposal 1").
  const cardWords = normalize(rows[0] ?? '').split(' ').filter((w) => w.length > 2 && w !== '#');
  return controls.find((a) => a.section.length > rows.length && endsWith(a.section.map(rowless), rows) && normalize(a.text).split(' ').some((w) => cardWords.includes(w)));
}

/**
 * Approvals after rows were added: an entry approved as a new row of a list the page started empty
 * has its values in that row approved too (the row is under the list's headings), and a value
 * approved for a row still to be added is approved where the added row holds it.
 */
export function withNewRows(before: FillPlan, after: FillPlan, approved: ReadonlySet<string>): Set<string> {
  const seen = before.proposals.filter((x) => approved.has(x.slot));
  const rows = seen.filter((x) => x.via === 'add-control');
  // An approval is for a value the review showed, not for a place: a slot keeps it only while it holds that value,
  // and an entry's value keeps it wherever the new layout puts it (numbered cards renumber, rows re-sort).
  // For a row still to be added the review showed the record's value, before any control could shape it.
  const shownAt = new Map(seen.filter((x) => x.fieldId >= 0).map((x) => [x.slot, x.value]));
  const entryField = (x: Proposal) => `${x.frameId}|${x.source!.entryId}|${x.key}`;
  const withSource = seen.filter((x) => x.key && x.source?.entryId && x.via !== 'add-control');
  const shownFor = new Set(withSource.filter((x) => x.fieldId >= 0).map((x) => `${entryField(x)}|${x.value}`));
  const plannedFor = new Set(withSource.filter((x) => x.fieldId < 0).map(entryField));
  const out = new Set<string>();
  // Rows still to be added in the new layout (a new card's years) are approved the same way, so a later round adds them.
  for (const x of after.proposals) {
    if (x.status !== 'proposed') continue;
    if (x.fieldId >= 0 && shownAt.get(x.slot) === x.value) out.add(x.slot);
    if (!x.source?.entryId) continue;
    if (plannedFor.has(entryField(x)) || shownFor.has(`${entryField(x)}|${x.value}`)) out.add(x.slot);
    const under = (r: Proposal) => x.section === r.section || x.section.endsWith(` / ${r.section}`);
    if (rows.some((r) => r.frameId === x.frameId && r.source?.entryId === x.source!.entryId && under(r))) out.add(x.slot);
  }
  return out;
}

/** The writes to send, per frame: approved proposals only. */
export function approvedInstructions(p: FillPlan, approved: ReadonlySet<string>): Map<number, FillInstruction[]> {
  const byFrame = new Map<number, FillInstruction[]>();
  for (const prop of p.proposals) {
    if (prop.status !== 'proposed' || !prop.instruction || prop.fieldId < 0 || !approved.has(prop.slot)) continue;
    const list = byFrame.get(prop.frameId) ?? [];
    list.push(prop.instruction);
    byFrame.set(prop.frameId, list);
  }
  return byFrame;
}
