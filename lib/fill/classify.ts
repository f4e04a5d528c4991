/**
 * Maps scanned controls to field keys (`support.title`, `person.orcid`, `disclosure.talentProgram`)
 * with a confidence score: the portal map first when one matches, multilingual vocabularies otherwise.
 * Runs on the extension side over plain descriptors.
 */
import { APPOINTMENT_TYPES as APPOINTMENT_KINDS, CURRENCY_CODES, type EntryKind, type PortalMap } from '@/lib/model';
import type { FieldDescriptor, LabelSource } from './types';
import fieldVocab from './vocab/fields.json';
import sectionVocab from './vocab/sections.json';
import optionVocab from './vocab/options.json';
import cues from './vocab/cues.json';
import { compilePatterns, contains, indexOfPattern, LEAD_MARK, normalize, NUMBERED_PART, rowless } from './normalize';
import { choiceNamedByOptions, monthOfWord, optionIndex } from './format';

export type SectionKind = EntryKind | 'person';

export interface SectionContext {
  kind?: SectionKind;
  /**
   * Which entries by status: 'any' for a history of all funding, completed included; 'awarded'
   * for current and completed but no applications ("do not include applications"); 'completed'
   * for what has ended ("Past grants"); 'upcoming' for what is awarded and not yet started ("受入予定").
   */
  status?: 'current' | 'pending' | 'any' | 'awarded' | 'completed' | 'upcoming';
  /** Only entries that ended within this many years ("in the last 10 years"; "the last 24 months" is 2). */
  withinYears?: number;
  /** Only entries still running on or after this month ("since 1 January 2022"), completed ones included. */
  endedSince?: string;
  /** The heading asks only for ties to organisations outside the researcher's home country. */
  foreignOnly?: boolean;
  /** An inner heading asks for ties at home and abroad ("in Australia or overseas"): an outer "Foreign …" narrows nothing. */
  anyCountry?: boolean;
  /** The heading asks for outside activities ("incarichi extraistituzionali"): the primary appointment is none. */
  outsideOnly?: boolean;
  /**
   * The words that give the list its kind name outside activities ("Nebentätigkeiten", "secondary
   * occupations", 兼業): posts and consultancies alike belong, not only the kind those words name.
   */
  kindFromOutside?: boolean;
  /** The heading asks for some kinds of post only: the main post, or seats on boards and councils. */
  appointmentTypes?: readonly string[];
  /** The heading asks for some kinds of financial interest only ("Inventions, brevets et redevances"). */
  interestTypes?: readonly string[];
  /** The heading asks for one kind of trip or payment only ("Honoraria and speaking fees", "Travel paid by others"). */
  travelTypes?: readonly string[];
  /** The heading asks for funding from companies only ("organisme à but lucratif"). */
  industryOnly?: boolean;
  /** A Significant Financial Interest list: every paid outside tie belongs, whatever its kind. */
  remunerated?: boolean;
  /** A conflict-of-interest list: consulting belongs beside the financial interests. */
  ties?: boolean;
  /** A yes/no question over the list names the kinds of tie it asks about, in the order it names them. */
  asked?: boolean;
  /** The heading that gives the list its kind is a conflict-of-interest one ("Liens d'intérêts"), not one naming a kind of tie. */
  kindFromTies?: boolean;
  /** A list about other people or offices (relatives' interests, elected office): none of the researcher's entries belongs. */
  others?: boolean;
  /** The block is the application being made on this form ("Grant applied for"): none of the record's entries is it. */
  thisApplication?: boolean;
  /** The heading leaves out the proposal being submitted ("other than this proposal"). */
  excludesThisProposal?: boolean;
  /** Portal map section id, when a map matched. */
  mapSection?: string;
  where?: Record<string, unknown>;
  repeatable?: boolean;
  addButton?: string;
  /** The section text the control sits under; rows are counted per section. */
  text: string;
  /**
   * The innermost heading is a personal-details block within the page ("Applicant" under the form's
   * title): its organisation, city and position boxes are the researcher's own. A page merely titled
   * for investigators is not such a block.
   */
  ownBlock?: boolean;
}

export interface Classification {
  key: string | null;
  confidence: number;
  /** Where the key came from: `map:<portal id>`, or the label source for heuristics. */
  via: string;
  section: SectionContext;
  format?: string;
}

export const CONFIDENCE_THRESHOLD = 0.6;

interface Concept {
  id: string;
  patterns: string[];
  exact: string[];
  negative: string[];
  question: boolean;
  /** A free-text narrative: only a multi-line box may take it. */
  multiline: boolean;
  /** The only control types that may take it ("Ongoing" is a checkbox, not a status select). */
  controls?: string[];
  /** Its negative words veto it in the control's other texts too, not only in the one that matched. */
  negativeAround: boolean;
}

const CONCEPTS: Concept[] = fieldVocab.concepts.map((c) => ({
  id: c.id,
  patterns: compilePatterns(c.patterns),
  exact: compilePatterns((c as { exact?: string[] }).exact ?? []),
  negative: compilePatterns((c as { negative?: string[] }).negative ?? []),
  controls: (c as { controls?: string[] }).controls,
  question: !!(c as { question?: boolean }).question,
  multiline: !!(c as { multiline?: boolean }).multiline,
  negativeAround: !!(c as { negativeAround?: boolean }).negativeAround,
}));

/** Controls that can answer a yes/no question. */
const CHOICE_TYPES: readonly string[] = ['radio', 'select', 'checkbox'];
/** A yes/no select offers a few answers ("Yes", "No", "Not applicable"); a longer list names kinds ("Art der Nebentätigkeit"). */
const MAX_ANSWERS = 4;

function answersYesNo(d: FieldDescriptor): boolean {
  if (!CHOICE_TYPES.includes(d.type)) return false;
  if (d.type !== 'select' || !d.options) return true;
  // Counted until the limit: country lists run to hundreds of options.
  let answers = 0;
  for (const o of d.options) if (o.value !== '' && ++answers > MAX_ANSWERS) return false;
  return true;
}
/** Controls that can hold a narrative paragraph; a one-line input never gets one. */
export const MULTILINE_TYPES: readonly string[] = ['textarea', 'contenteditable'];
const PATHS = fieldVocab.paths as Record<string, Record<string, string>>;
const DEFAULT_KIND = fieldVocab.defaultKind as Record<string, SectionKind>;
const AUTOCOMPLETE = fieldVocab.autocomplete as Record<string, string>;
const OTHER_PARTY = compilePatterns(fieldVocab.otherParty);
const OWN_PARTY = compilePatterns(fieldVocab.ownParty);
const THIS_PROJECT = new RegExp(cues.thisProject);
const OTHER_PERSON = compilePatterns(fieldVocab.otherPerson);
const IN_LISTS = fieldVocab.inLists as Record<string, string | Partial<Record<SectionKind, string>>>;
/** Keys whose values are one of a few choices: what a radio group or checkbox can answer. */
const BOOLEAN_KEY = /\.(paid|compensated|thisProposal|forThisProject|relatedToResearch|reportedToInstitution|confidentialityRequired|awarded|ongoing)$/;
const YES_NO_WORDS = new Set(compilePatterns([...optionVocab.values.yes, ...optionVocab.values.no]));
const CHOICE_KEY = /\.(status|role|\w*Type|currency|paid|compensated|thisProposal|forThisProject|relatedToResearch|reportedToInstitution|confidentialityRequired|awarded|amountBasis|fundingFlow|country|ongoing)$/;
const SECTION_KINDS = sectionVocab.kinds.map((k) => ({ kind: k.kind as SectionKind, patterns: compilePatterns(k.patterns) }));
const FOREIGN = compilePatterns(sectionVocab.foreign);
const ANY_COUNTRY = compilePatterns(sectionVocab.anyCountry);
const FOREIGN_ORIGIN = compilePatterns(sectionVocab.foreignOrigin);
const SAME_PROPOSAL_ELSEWHERE = compilePatterns(sectionVocab.sameProposalElsewhere);
const OUTSIDE = compilePatterns(sectionVocab.outside);
const REMUNERATED = compilePatterns(sectionVocab.remunerated);
const TIES = compilePatterns(sectionVocab.ties);
/** Words naming interests themselves ("financial interests", "participations"), not conflicts of interest. */
const FINANCIAL_INTEREST_PATTERNS = SECTION_KINDS.filter((k) => k.kind === 'financialInterest').flatMap((k) => k.patterns).filter((p) => !TIES.includes(p));
const OTHERS = compilePatterns(sectionVocab.others);
const INDUSTRY = compilePatterns(sectionVocab.industry);
const APPOINTMENT_TYPES_BESIDES_PRIMARY = APPOINTMENT_KINDS.filter((t) => t !== 'primary');
const APPOINTMENT_TYPES = sectionVocab.appointmentTypes.map((t) => ({ types: t.types, patterns: compilePatterns(t.patterns) }));
const CONSULTING_KIND = SECTION_KINDS.filter((k) => k.kind === 'consulting').flatMap((k) => k.patterns);
const HELD_OR_APPLIED = compilePatterns(sectionVocab.heldOrApplied);
const INTEREST_TYPES = sectionVocab.interestTypes.map((t) => ({ types: t.types, patterns: compilePatterns(t.patterns) }));
const TRAVEL_TYPES = sectionVocab.travelTypes.map((t) => ({ types: t.types, patterns: compilePatterns(t.patterns) }));
const OWN_BLOCK = compilePatterns(sectionVocab.ownBlock);
const OWN_BLOCK_EXACT = new Set(compilePatterns(sectionVocab.ownBlockExact));
const EXCLUDES_THIS_PROPOSAL = compilePatterns(sectionVocab.excludesThisProposal);
const SCOPE = {
  excludesPending: compilePatterns(sectionVocab.scope.excludesPending),
  excludesPrimary: compilePatterns(sectionVocab.scope.excludesPrimary),
  currentOnly: compilePatterns(sectionVocab.scope.currentOnly),
  includesCompleted: compilePatterns(sectionVocab.scope.includesCompleted),
  negation: compilePatterns(sectionVocab.scope.negation),
  excludesThisProposal: compilePatterns([...sectionVocab.excludesThisProposal, ...sectionVocab.scope.excludesThisProposal]),
};
const NUMBER_WORDS = sectionVocab.scope.numbers as Record<string, number>;
// A number word may repeat its digits ("the past five (5) years").
const windowPattern = (templates: readonly string[]) =>
  new RegExp(templates.map((t) => t.replace('N', `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})(?: \\d{1,2})?`)).join('|'));
const WITHIN_YEARS = windowPattern(sectionVocab.scope.withinYears);
const WITHIN_MONTHS = windowPattern(sectionVocab.scope.withinMonths);

/** The window a question or instruction names ("In the last three years, have you …?"), in years. */
export function windowYears(text: string): number | undefined {
  return timeWindow(normalize(text))?.years;
}

/** A time window named in normalised text ("the past five years", "gli ultimi 24 mesi"): the words, and its length in years. */
function timeWindow(text: string): { words: string; years: number } | undefined {
  for (const [pattern, perYear] of [[WITHIN_YEARS, 1], [WITHIN_MONTHS, 12]] as const) {
    const m = pattern.exec(text);
    const n = m?.slice(1).find(Boolean);
    if (n) return { words: m![0], years: (NUMBER_WORDS[n] ?? Number(n)) / perYear };
  }
  return undefined;
}
const STATUS = {
  current: compilePatterns(sectionVocab.status.current),
  pending: compilePatterns(sectionVocab.status.pending),
  history: compilePatterns(sectionVocab.status.history),
  completed: compilePatterns(sectionVocab.status.completed),
  underReview: compilePatterns(sectionVocab.status.underReview),
  pastOnly: compilePatterns(sectionVocab.status.pastOnly),
  upcoming: compilePatterns(sectionVocab.status.upcoming),
};

const SOURCE_WEIGHT: Record<LabelSource, number> = {
  'label-for': 1, 'label-wrap': 1, 'aria-labelledby': 1, 'aria-label': 1, legend: 0.95, table: 0.95, dt: 0.95,
  floating: 0.9, 'preceding-text': 0.85, placeholder: 0.8, title: 0.8, name: 0.7, none: 0,
};

/** Kinds of entry that can be applied for and pending. */
const APPLIED_FOR_KINDS = new Set<string>(['support', 'inKind', 'talentProgram', 'partnership']);

/**
 * Narrows a section by the instructions printed under its headings. Only scope is read from them:
 * a paragraph names many things ("grants", "the applicant") that are not what the section is.
 */
export function scopedContext(ctx: SectionContext, note: string | undefined): SectionContext {
  if (!note) return ctx;
  const text = normalize(note);
  const scoped = { ...ctx };
  const excludesPending = SCOPE.excludesPending.some((p) => contains(text, p));
  const rawSentences = note.split(/[.;!?。！？]+/);
  const sentences = rawSentences.map(normalize);
  // "Completed grants must not appear here" names completed grants to leave them out.
  const affirmed = sentences.filter((sentence) => !SCOPE.negation.some((n) => contains(sentence, n)));
  const namesCompleted = (sentence: string) => SCOPE.includesCompleted.some((p) => contains(sentence, p));
  const reachesBack = (sentence: string) => !!timeWindow(sentence) || !!cutoffMonth(sentence) || namesCompleted(sentence);
  const currentOnly = (sentence: string) => SCOPE.currentOnly.some((p) => contains(sentence, p));
  // Instructions run from the page's down to the list's own: the last word on time is the list's
  // ("… held currently or within the last three years." then "appointments that you currently hold").
  const currentHasLastWord = sentences.findLastIndex(currentOnly) > sentences.findLastIndex(reachesBack);
  const years = currentHasLastWord ? undefined : timeWindow(text)?.years;
  if (years) scoped.withinYears = years;
  const since = currentHasLastWord ? undefined : cutoffMonth(text);
  if (since) scoped.endedSince = since;
  const includesCompleted = !currentHasLastWord && (!!years || !!since || affirmed.some(namesCompleted));
  if (excludesPending && (includesCompleted || ctx.status === 'any')) scoped.status = 'awarded';
  else if (excludesPending && !ctx.status) scoped.status = 'current';
  else if (includesCompleted && ctx.status === 'current') scoped.status = 'awarded';
  else if (includesCompleted && !ctx.status) scoped.status = 'any';
  // "List the ancillary activities you currently hold": what has ended is not asked for; "… you currently
  // hold or that has been submitted" asks for applications too. Posts and consultancies are never
  // applied for: words for applications ("Anträge … eingereicht") speak of the page, not of such a list.
  else if (!ctx.status && SCOPE.currentOnly.some((p) => contains(text, p)) && (!APPLIED_FOR_KINDS.has(ctx.kind ?? 'support') || !affirmed.some((sentence) => STATUS.pending.some((p) => contains(sentence, p))))) {
    scoped.status = 'current';
  }
  if (SCOPE.excludesThisProposal.some((p) => contains(text, p))) scoped.excludesThisProposal = true;
  // "Other than your primary appointment": every kind of post but the main one. A sentence sending
  // secondary posts to another section ("兼務先は「4．兼業・兼職」に入力") does not make this one theirs.
  const own = rawSentences.filter((sentence) => !REDIRECT.test(sentence)).map(normalize).join(' ');
  if (!ctx.appointmentTypes && excludesPrimary(own)) scoped.appointmentTypes = APPOINTMENT_TYPES_BESIDES_PRIMARY;
  return scoped;
}

const SINCE_CUE = new RegExp(`(?:^| )(?:${sectionVocab.scope.sinceCues.join('|')}) ((?:[^ ]+ ){0,3}?(?:[^ ]+ ){0,2}(?:19|20)\\d\\d)(?![\\d])`, 'g');
const SINCE_CUE_JA = new RegExp(`((?:19|20)\\d\\d)年(?:(\\d{1,2})月)?(?:\\d{1,2}日)?(?:${sectionVocab.scope.sinceCuesAfter.join('|')})`);

/**
 * A cutoff date named in instructions, as YYYY-MM: "since 1 January 2022", "ended before
 * 01/01/2025", "conclusi prima del 01/01/2022", "2022年1月以降". Only a past date is a cutoff.
 */
function cutoffMonth(text: string, now = new Date()): string | undefined {
  const ja = SINCE_CUE_JA.exec(text);
  let found = ja ? `${ja[1]}-${String(Number(ja[2] ?? 1)).padStart(2, '0')}` : undefined;
  for (const m of found ? [] : text.matchAll(SINCE_CUE)) {
    found = monthOfDate(m[1]);
    if (found) break;
  }
  return found && found <= now.toISOString().slice(0, 7) ? found : undefined;
}

/** The month of a normalised date ending in its year: "1 january 2022", "01 01 2022", "january 1 2022", "2022". */
function monthOfDate(words: string): string | undefined {
  const parts = words.split(' ');
  const year = parts[parts.length - 1];
  const before = parts.slice(-3, -1).map((w) => w.replace(/^(\d{1,2})(er|st|nd|rd|th)$/, '$1'));
  const named = before.map(monthOfWord).find((n) => n !== null);
  const numbers = before.filter((w) => /^\d{1,2}$/.test(w)).map(Number);
  // Day first unless that cannot be ("12/31/2021"): a cutoff is near a month's start either way.
  const month = named ?? (numbers.length === 2 ? (numbers[0] > 12 ? numbers[1] : numbers[1] > 12 ? numbers[0] : numbers[1]) : 1);
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : undefined;
}

/** Whole words: "current appointment" is not "current appointments and affiliations". */
function hasWords(text: string, words: string): boolean {
  return ` ${text} `.includes(` ${words} `) || (/[\u3000-\u9fff]/.test(words) && text.includes(words));
}

/** Whether one of `first` occurs in the text before any of `then`. */
function namedFirst(text: string, first: readonly string[], then: readonly string[]): boolean {
  const at = (patterns: readonly string[]) => Math.min(Infinity, ...patterns.map((p) => indexOfPattern(text, p)).filter((i) => i >= 0));
  return at(first) < at(then);
}

/** Reads the kind and status of a section from its heading/legend texts (innermost first). */
export function sectionContext(section: readonly string[]): SectionContext {
  const ctx: SectionContext = { text: section.join(' / ') };
  /** A question over the list asks about funding held and applied for alike: no heading above narrows it to one. */
  let heldAndApplied = false;
  for (const raw of section) {
    // A question over a radio group ("…being proposed?") is asked, not a heading to read kinds from;
    // a help toggle after a title ("Other Support [?]") asks nothing.
    if (/\S[?？]\s*$/.test(raw)) continue;
    const text = normalize(raw);
    // "Other than your primary employment, do you hold …": every kind of post but the main one.
    if (!ctx.appointmentTypes && excludesPrimary(text)) ctx.appointmentTypes = APPOINTMENT_TYPES_BESIDES_PRIMARY;
    if (raw.startsWith(LEAD_MARK)) {
      // "Has this proposal, or part of it, been submitted to other funders too?" asks about the proposal, not the list after it.
      if (SAME_PROPOSAL_ELSEWHERE.some((p) => contains(text, p))) continue;
      const kinds = new Set(SECTION_KINDS.filter((k) => k.patterns.some((p) => contains(text, p))).map((k) => k.kind));
      // "Have you had assignments for companies: consulting, employment in a company, a seat on its board?"
      // asks for outside work of either kind: posts and consultancies.
      if (kinds.size === 2 && kinds.has('consulting') && kinds.has('appointment')) {
        ctx.kind = 'consulting';
        ctx.outsideOnly = ctx.kindFromOutside = true;
      } else if (kinds.size === 1) {
        ctx.kind = [...kinds][0];
        // "Üben Sie neben Ihrer Stelle Nebentätigkeiten aus?": every post beside the main one, and every consultancy.
        if (OUTSIDE.some((p) => contains(text, p))) ctx.outsideOnly = ctx.kindFromOutside = true;
        // "Do you hold a mandate (board of directors, scientific or advisory council) …?": the seats it names.
        if (ctx.kind === 'appointment' && !ctx.appointmentTypes) ctx.appointmentTypes = APPOINTMENT_TYPES.find((t) => t.patterns.some((p) => hasWords(text, p)))?.types;
      }
      if (kinds.size) ctx.asked = true;
      // "Pending applications elsewhere? If yes: | list |": the list holds what the question asks about.
      if (HELD_OR_APPLIED.some((p) => contains(text, p))) heldAndApplied = true;
      if (!ctx.status && !heldAndApplied) {
        const pending = STATUS.pending.some((p) => contains(text, p));
        if (pending !== STATUS.current.some((p) => contains(text, p))) ctx.status = pending ? 'pending' : 'current';
        // "Do you currently hold, or have you held in the past five years, …": what ended within the window too,
        // and what is awaiting a decision when the question names that as well.
        const years = timeWindow(text)?.years;
        if (years && ctx.status !== 'pending') {
          ctx.withinYears = years;
          ctx.status = pending ? 'any' : 'awarded';
        }
      }
      if (ANY_COUNTRY.some((p) => contains(text, p))) ctx.anyCountry = true;
      // "Has a company paid for your travel? If yes: | list |": the list holds what companies paid.
      if (INDUSTRY.some((p) => contains(text, p))) ctx.industryOnly = true;
      continue;
    }
    // Which posts a list takes is said where its kind is, not by a heading over several lists.
    const kindNamedAbove = !!ctx.kind;
    if (!ctx.kind) {
      const hit = SECTION_KINDS.find((k) => k.patterns.some((p) => contains(text, p)));
      if (hit) {
        // "Interessenkonflikte und Nebentätigkeiten": a conflict-of-interest list named first holds the consulting too
        // ("Nebentätigkeiten und mögliche Interessenkonflikte" stays a list of activities).
        // "Consulting and Financial Interests in Commercial Entities" names both: a list of interests, consultancies among them.
        const interestsToo = hit.kind === 'consulting' && FINANCIAL_INTEREST_PATTERNS.some((p) => contains(text, p));
        ctx.kind = hit.kind === 'consulting' && (namedFirst(text, TIES, hit.patterns) || interestsToo) ? 'financialInterest' : hit.kind;
        ctx.kindFromTies = TIES.some((p) => contains(text, p)) || interestsToo;
        ctx.kindFromOutside = OUTSIDE.some((p) => contains(text, p));
        // A numbered heading ("4. Applicant") is a part of the form, not its title. Above a sub-heading
        // naming no kind ("Institution d'accueil et emploi actuel"), only a heading saying it is the
        // researcher's own block makes it one.
        const saysOwn = OWN_BLOCK.some((p) => contains(text, p)) || OWN_BLOCK_EXACT.has(text);
        ctx.ownBlock = hit.kind === 'person' && (raw === section[0] ? section.length > 1 || NUMBERED_PART.test(raw) || saysOwn : saysOwn);
      }
    }
    if (ANY_COUNTRY.some((p) => contains(text, p))) ctx.anyCountry = true;
    if (!ctx.foreignOnly && !ctx.anyCountry && FOREIGN.some((p) => contains(text, p)) && !FOREIGN_ORIGIN.some((p) => contains(text, p))) ctx.foreignOnly = true;
    if (!ctx.outsideOnly && OUTSIDE.some((p) => contains(text, p))) ctx.outsideOnly = true;
    // "Employment and other appointments" asks for the main post too: its "other" is other than employment.
    if (!ctx.appointmentTypes && !kindNamedAbove && !EMPLOYMENT_AND_OTHERS.test(text)) ctx.appointmentTypes = APPOINTMENT_TYPES.find((t) => t.patterns.some((p) => hasWords(text, p)))?.types;
    // Only a heading naming one kind of interest, and no consulting, narrows the list ("Détail des liens: conseil, participations, brevets" does not).
    if (!ctx.interestTypes) {
      const named = INTEREST_TYPES.filter((t) => t.patterns.some((p) => hasWords(text, p)));
      if (named.length === 1 && !CONSULTING_KIND.some((p) => contains(text, p))) ctx.interestTypes = named[0].types;
    }
    if (!ctx.travelTypes) {
      const named = TRAVEL_TYPES.filter((t) => t.patterns.some((p) => hasWords(text, p)));
      if (named.length === 1) ctx.travelTypes = named[0].types;
    }
    if (!ctx.industryOnly && INDUSTRY.some((p) => contains(text, p))) ctx.industryOnly = true;
    if (!ctx.remunerated && REMUNERATED.some((p) => contains(text, p))) ctx.remunerated = true;
    if (!ctx.ties && TIES.some((p) => contains(text, p))) ctx.ties = true;
    // Only the innermost heading says whose list it is: a form about family members has the researcher's own blocks too.
    if (raw === section[0] && OTHERS.some((p) => contains(text, p))) ctx.others = true;
    if (raw === section[0] && THIS_APPLICATION.test(text)) ctx.thisApplication = true;
    if (!ctx.excludesThisProposal && EXCLUDES_THIS_PROPOSAL.some((p) => contains(text, p))) ctx.excludesThisProposal = true;
    if (ctx.status !== 'any' && STATUS.history.some((p) => contains(text, p))) ctx.status = 'any';
    const within = timeWindow(text);
    if (!ctx.status && STATUS.upcoming.some((p) => contains(text, p))) ctx.status = 'upcoming';
    if (!ctx.status && !heldAndApplied && !listsHeldAndPending(raw)) {
      // "In corso di valutazione" is under review, not "in corso": its words say nothing current.
      const underReview = STATUS.underReview.find((p) => contains(text, p));
      const pending = !!underReview || STATUS.pending.some((p) => contains(text, p));
      const current = STATUS.current.some((p) => contains(underReview ? text.replace(underReview, ' ') : text, p));
      // "In the past five years" is a window, not a list of what has ended.
      const completed = STATUS.completed.some((p) => contains(within ? text.replace(within.words, ' ') : text, p));
      const pastOnly = STATUS.pastOnly.some((p) => contains(text, p));
      if (completed) ctx.status = pending ? 'any' : current && !pastOnly ? 'awarded' : 'completed';
      else if (current !== pending) ctx.status = current ? 'current' : 'pending';
    }
    // "Funding held in the last five years": what ended within the window counts, as in instructions.
    if (within && !ctx.withinYears) {
      ctx.withinYears = within.years;
      if (ctx.status === 'current') ctx.status = 'awarded';
      else if (!ctx.status) ctx.status = 'any';
    }
  }
  return ctx;
}

/** "Employment relationships and other affiliations" asks for the main post too: "other" is other than employment. */
const EMPLOYMENT_AND_OTHERS = new RegExp(cues.employmentAndOthers);
const OTHER_POSTS = new RegExp(cues.otherPosts);
const THIS_APPLICATION = new RegExp(cues.thisApplication);
const REDIRECT = new RegExp(cues.redirect, 'i');

function excludesPrimary(text: string): boolean {
  return (OTHER_POSTS.test(text) || SCOPE.excludesPrimary.some((p) => contains(text, p))) && !EMPLOYMENT_AND_OTHERS.test(text);
}

const SUPPORT_PATTERNS = SECTION_KINDS.filter((k) => k.kind === 'support').flatMap((k) => k.patterns);
/** "Projects and Proposals", "Awards and applications (for funding)": what is held, joined to what is asked for. */
const PROPOSALS = /(^| )(proposals?|applications?)( for (funding|support|grants?))?$/;
const HELD = /(^| )(projects?|awards?|grants?)$/;
const LIST_JOINER = /\s*(?:\/|&|\+|\band\b|\bet\b|\bund\b|\be\b|・|、|及び|および)\s*/;

/**
 * "Other funding / pending applications", "Weitere Anträge / Förderungen": a list of funding joined to
 * the applications names both, as "current and pending" does. Its pending part alone does not make
 * the list pending only.
 */
function listsHeldAndPending(raw: string): boolean {
  const parts = raw.split(LIST_JOINER).map(normalize).filter(Boolean);
  if (parts.length < 2) return false;
  const pending = parts.map((t) => STATUS.pending.some((p) => contains(t, p)) || PROPOSALS.test(t));
  return pending.includes(true) && parts.some((t, i) => !pending[i] && (SUPPORT_PATTERNS.some((p) => contains(t, p)) || HELD.test(t)) && !STATUS.current.some((p) => contains(t, p)));
}

function conceptScore(concept: Concept, text: string): number {
  if (concept.negative.some((n) => contains(text, n))) return 0;
  if (concept.exact.includes(text) || concept.patterns.includes(text)) return 1;
  let best = 0;
  for (const p of concept.patterns) {
    // Longer matches explain more of the label.
    if (contains(text, p)) best = Math.max(best, 0.8 + 0.15 * Math.min(1, p.length / Math.max(text.length, 1)));
  }
  return best;
}

/** The best concept for a text, and any others that read it as well ("区分": status, or an appointment's type). */
interface ConceptMatch { concept: Concept; score: number; tied: Concept[] }

const conceptMemo = new Map<string, ConceptMatch | null>();

/**
 * Best concept for one piece of text. Narrative concepts compete only for multi-line boxes, so a
 * one-line input's label is read exactly as if they did not exist.
 */
export function matchConcept(text: string, multiline = false, choice = false, controlType = ''): ConceptMatch | null {
  // A question put to a yes/no control asks about its topic, not its subject ("Does the PI hold shares…?").
  // A required mark may follow the question ("…royalties? *").
  const asked = choice && /[?？]\s*[*＊]?\s*$/.test(text);
  const memoKey = `${multiline ? 'm' : 'l'}${choice ? 'c' : ''}${asked ? 'q' : ''}|${controlType}|${text}`;
  let hit = conceptMemo.get(memoKey);
  if (hit === undefined) {
    hit = matchConceptUncached(text, multiline, choice, asked, controlType);
    if (conceptMemo.size > 20_000) conceptMemo.clear();
    conceptMemo.set(memoKey, hit);
  }
  return hit;
}

function matchConceptUncached(text: string, multiline: boolean, choice: boolean, asked: boolean, controlType: string): ConceptMatch | null {
  const norm = normalize(text);
  if (!norm) return null;
  let best: ConceptMatch | null = null;
  for (const concept of CONCEPTS) {
    if (concept.multiline && !multiline) continue;
    // Only a choice answers a yes/no question: for a box, such a reading would hide the one that fits.
    if (concept.question && !choice) continue;
    // A concept only one kind of control answers does not take the label from others ("End (blank if ongoing)" is no "ongoing" box).
    if (controlType && concept.controls && !concept.controls.includes(controlType)) continue;
    const score = conceptScore(concept, norm) * (asked && !concept.question ? 0.9 : 1);
    if (score > (best?.score ?? 0)) best = { concept, score, tied: [] };
    else if (best && score === best.score) best.tied.push(concept);
  }
  return best;
}

/** Resolves a concept to a key within a section's kind. */
export function keyFor(conceptId: string, kind: SectionKind | undefined, ownBlock = false): { key: string; inferredKind: boolean } | null {
  if (conceptId.includes('.')) return { key: conceptId, inferredKind: false };
  const paths = PATHS[conceptId];
  if (!paths) return null;
  // In a personal-details block only paths named for it apply ("Organization" → the researcher's own).
  const resolve = (k: SectionKind) => paths[k] ?? (k !== 'person' ? paths['*'] : undefined);
  if (kind && (kind !== 'person' || ownBlock)) {
    const path = resolve(kind);
    if (path) return { key: `${kind}.${path}`, inferredKind: false };
  }
  const fallback = DEFAULT_KIND[conceptId];
  if (fallback) {
    const path = resolve(fallback);
    if (path) return { key: `${fallback}.${path}`, inferredKind: true };
  }
  return null;
}

function heuristic(d: FieldDescriptor, section: SectionContext): Omit<Classification, 'section'> {
  const texts: { text: string; weight: number; via: string }[] = [
    { text: d.label, weight: SOURCE_WEIGHT[d.labelSource], via: d.labelSource },
    // A part of the form repeated as a hint ("3.4 Other funding of the PI", a fieldset's legend) says
    // what the section is, not what the box is; a short legend over a box's parts ("Start date") does.
    ...d.hints.filter((h) => !(d.section.includes(h) && (NUMBERED_PART.test(h) || h.length > 40))).map((h) => ({ text: h, weight: 0.75, via: 'hint' })),
  ];
  // A column's own words after its group's header ("研究期間（開始年月～終了年月） 開始 年"): they tell the group's boxes apart.
  const tail = /[)）]\s*([^()（）]{2,40})$/.exec(d.label)?.[1];
  if (tail) texts.push({ text: tail, weight: SOURCE_WEIGHT[d.labelSource] * 0.95, via: d.labelSource });
  // The last token names the field ("section-x billing email" → email).
  const declared = AUTOCOMPLETE[d.autocomplete.split(/\s+/).pop() ?? ''] ?? (d.type === 'email' ? AUTOCOMPLETE.email : undefined);
  if (declared) texts.push({ text: declared, weight: 0.85, via: 'autocomplete' });
  let best: Omit<Classification, 'section'> = { key: null, confidence: 0, via: 'none' };
  // A label naming someone else ("Title of authorised signatory") asks for nothing of the record, whatever else it says.
  const label = normalize(d.label);
  // Or its group's words do ("事務担当者: 氏名 [ ] E-mail [ ]").
  if (OTHER_PERSON.some((p) => contains(label, p)) || d.hints.some((h) => OTHER_PERSON.some((p) => contains(normalize(h), p)))) return best;
  const multiline = MULTILINE_TYPES.includes(d.type);
  for (const t of texts) {
    const m = matchConcept(t.text, multiline, answersYesNo(d), d.type);
    if (!m) continue;
    // A weaker text (a name token, a hint, a column's own words after its group's header) stands unless the
    // label says otherwise: "Head of department email" (name="HoD.Email"), "…以外の職務に係るエフォート" (name="sonota_effort").
    if (t.text !== d.label && m.concept.negative.some((n) => contains(label, n))) continue;
    // For some concepts a negative word anywhere around the control rules them out ("2026年度" over a 千円 amount is no year).
    if (m.concept.negativeAround && d.hints.some((h) => m.concept.negative.some((n) => contains(normalize(h), n)))) continue;
    // "Entity", "Sponsor": another party, even inside the researcher's own block.
    const text = normalize(t.text);
    const ownBlock = section.ownBlock && (!OTHER_PARTY.some((p) => contains(text, p)) || OWN_PARTY.some((p) => contains(text, p)));
    // Effort asked as a percentage is the share of a full-time year the person-months make.
    const effort = m.concept.id === 'personMonths' || m.concept.id === 'effortPercent';
    // Time for the project applied for, asked outside a list of grants: the record holds none.
    if (effort && section.kind !== 'support' && THIS_PROJECT.test(label)) continue;
    const percent = m.concept.id === 'personMonths' && (/[%％]/.test(`${d.label} ${t.text}`) || d.hints.some((h) => /^[%％]$/.test(h)));
    // "Time commitment (FTE)" without a percent sign asks for a fraction of one full-time post.
    const fte = m.concept.id === 'personMonths' && !percent && FTE.test(normalize(d.label));
    const listed = section.kind && section.kind !== 'person' ? IN_LISTS[m.concept.id] : undefined;
    const listConcept = typeof listed === 'string' ? listed : listed?.[section.kind!];
    const inList = listConcept ? keyFor(listConcept, section.kind) : null;
    let concept = m.concept;
    let resolved = inList && !inList.inferredKind ? inList : keyFor(percent ? 'effortPercent' : fte ? 'effortFte' : concept.id, section.kind, ownBlock);
    // Of concepts that read the text equally well, the first one this section's entries have wins.
    for (const other of m.tied) {
      if (resolved && !resolved.inferredKind) break;
      const alt = keyFor(other.id, section.kind, ownBlock);
      if (alt && !alt.inferredKind) [concept, resolved] = [other, alt];
    }
    if (!resolved) continue;
    // A radio or checkbox only picks a choice.
    if ((d.type === 'radio' || d.type === 'checkbox') && !concept.question && !CHOICE_KEY.test(resolved.key)) continue;
    // A "Ja / Nein" radio answers a question or a yes/no fact, never a country or a status named in its question ("bei einer anderen Stelle (Bund, Land, EU)").
    if (d.type === 'radio' && !concept.question && !BOOLEAN_KEY.test(resolved.key) && YES_NO_WORDS.has(normalize(d.options?.[0]?.text ?? ''))) continue;
    if (concept.controls && !concept.controls.includes(d.type)) continue;
    // A box for sentences asks for no one-word type or status ("Nature of interest" as a text area), nor a
    // number or date ("Overlap … (scientific, budgetary, time/effort)" is written out).
    if (d.type === 'textarea' && SENTENCE_LESS_KEY.test(resolved.key)) continue;
    // A kind guessed from one field alone (no heading, no second field to agree) is not enough to fill it.
    const confidence = m.score * t.weight * (resolved.inferredKind ? 0.5 : 1);
    if (confidence > best.confidence) best = { key: resolved.key, confidence: Math.round(confidence * 100) / 100, via: t.via };
  }
  // A select of currencies with no words of its own, after an amount box ("Beantragter Betrag [ ] [CHF▾]").
  if (d.type === 'select' && !best.key && listsCurrencies(d) && section.kind && section.kind !== 'person') {
    const currency = keyFor('currency', section.kind);
    if (currency) best = { key: currency.key, confidence: SOURCE_WEIGHT.table, via: 'options' };
  }
  // A select of currencies beside an amount shares the amount's column header ("Total award value": box and select).
  if (d.type === 'select' && best.key?.endsWith('.amount') && listsCurrencies(d)) {
    const currency = keyFor('currency', section.kind);
    if (currency) best = { ...best, key: currency.key };
  }
  // A coded select whose options name another choice of the same kind than its label suggests; a short
  // list under "Funding source" naming kinds of funder ("Overseas – government") asks the kind, not the name.
  if (d.type === 'select' && d.options && best.key && (CHOICE_KEY.test(best.key) || (best.key.endsWith('.organization.name') && d.options.length <= 12))) {
    const named = choiceNamedByOptions(best.key, d.options);
    if (named) best = { ...best, key: named };
  }
  // A select whose words name nothing ("Nature", "Position Type") in a block of one kind: its options say which of that kind's choices it is.
  if (d.type === 'select' && !best.key && d.options && section.kind) {
    const named = choiceNamedByOptions(`${section.kind}.`, d.options);
    if (named) best = { key: named, confidence: SOURCE_WEIGHT.table, via: 'options' };
  }
  // A block for the main post alone ("Current position", "Derzeitige Anstellung") asks the researcher's own position title.
  if (best.key === 'appointment.role' && section.appointmentTypes?.length === 1 && section.appointmentTypes[0] === 'primary') best = { ...best, key: 'person.positionTitle' };
  // A box labelled only "Year" in a person-months table holds the year those months are for.
  if (YEAR_ONLY.test(normalize(d.label))) {
    // Under a person-months heading, or a short caption printed above the table ("Person Months per budget period").
    const last = d.note?.split(/[.!?。]\s+/).pop() ?? '';
    const caption = last.length <= 80 ? normalize(last) : '';
    const underPersonMonths = matchConcept(d.section[0] ?? '')?.concept.id === 'personMonths' || (!!caption && PERSON_MONTHS.patterns.some((p) => contains(caption, p)));
    const year = (best.key?.endsWith('.effort.personMonths') || underPersonMonths) && keyFor('effortYear', section.kind);
    if (year) best = { key: year.key, confidence: Math.max(best.confidence, SOURCE_WEIGHT[d.labelSource]), via: d.labelSource };
  }
  // "Vergütung [vergütet ▾ / unvergütet]": a choice of paid or not, not the amount.
  if (d.type === 'select' && best.key?.endsWith('.compensation.amount') && choicesAreYesNo(d)) {
    const paid = keyFor('paid', section.kind);
    if (paid) best = { ...best, key: paid.key };
  }
  // One box for an amount and its currency ("Valore stimato (importo e valuta)"): the amount, its currency after it.
  if (best.key && /\.(amount|currency)$/.test(best.key) && TEXT_BOXES.has(d.type) && AMOUNT_WITH_CURRENCY.test(label)) {
    best = { ...best, key: best.key.replace(/currency$/, 'amount'), format: AMOUNT_THEN_CURRENCY };
  }
  return best;
}

const AMOUNT_WITH_CURRENCY = new RegExp(cues.amountWithCurrency);
/** The format of a box taking an amount followed by its currency code ("15000 USD"). */
export const AMOUNT_THEN_CURRENCY = 'amount currency';

/** Every real choice of a select is a yes or a no word ("vergütet / unvergütet"). */
function choicesAreYesNo(d: FieldDescriptor): boolean {
  const choices = (d.options ?? []).filter((o) => o.value);
  return choices.length >= 2 && choices.every((o) => YES_NO_WORDS.has(normalize(o.text)));
}

const SENTENCE_LESS_KEY = /\.(\w*Type|status|personMonths|percentOfTime|fteFraction|amount|currency|startDate|endDate)$/;
const PERSON_MONTHS = CONCEPTS.find((c) => c.id === 'personMonths')!;
const YEAR_ONLY = /^(year|annee|jahr|anno|年|年度)( (yyyy|aaaa|jjjj))?$/;
const CURRENCIES = new Set(CURRENCY_CODES);
/** Currencies as lists write them out ("Dollar américain", "Livre sterling"). */
const CURRENCY_NAMES = new Set(Object.entries(optionVocab.values).filter(([code]) => CURRENCIES.has(code)).flatMap(([, names]) => compilePatterns(names)));

/** Most of a select's choices are ISO currency codes, by value or by the text's first word ("USD - US dollar"). */
function listsCurrencies(d: FieldDescriptor): boolean {
  const choices = (d.options ?? []).filter((o) => o.value || o.text);
  const coded = choices.filter((o) => CURRENCIES.has(o.value.toUpperCase()) || CURRENCIES.has(o.text.slice(0, 3).toUpperCase()) || CURRENCY_NAMES.has(normalize(o.text)));
  return coded.length >= 2 && coded.length * 2 >= choices.length;
}

/**
 * Kinds read from the fields under headings that name none ("Ongoing and submitted grants"):
 * fields only one kind of entry has (award number, PD/PI, person-months…) vote for it, per
 * section path with row numbers masked, and for the paths enclosing it. A path needs two such
 * fields (two concepts, or one repeated across rows) before its kind is taken as known.
 */
function kindsFromFields(fields: readonly FieldDescriptor[], contextOf: (path: readonly string[]) => SectionContext): Map<string, SectionKind> {
  const votes = new Map<string, { kinds: Map<SectionKind, number>; count: number }>();
  for (const d of fields) {
    if (contextOf(d.section).kind) continue;
    const kind = DEFAULT_KIND[matchConcept(d.label, MULTILINE_TYPES.includes(d.type), answersYesNo(d))?.concept.id ?? ''];
    if (!kind) continue;
    // The field's own path and each enclosing one (a person-months table votes for its project card).
    for (let start = 0; start === 0 || d.section.length - start >= 2; start++) {
      const path = rowless(d.section.slice(start).join(' / '));
      let v = votes.get(path);
      if (!v) votes.set(path, (v = { kinds: new Map(), count: 0 }));
      v.kinds.set(kind, (v.kinds.get(kind) ?? 0) + 1);
      v.count++;
    }
  }
  const kinds = new Map<string, SectionKind>();
  for (const [path, v] of votes) if (v.count >= 2) kinds.set(path, [...v.kinds].sort((a, b) => b[1] - a[1])[0][0]);
  return kinds;
}

/**
 * A path's inferred kind: its own, else that of an enclosing path (a "Start date" fieldset inside
 * a grant card), but never the page-level heading alone, which may hold anything.
 */
function inferredKind(path: readonly string[], kinds: ReadonlyMap<string, SectionKind>): SectionKind | undefined {
  if (!kinds.size) return undefined;
  // The whole path, then ever shorter enclosing ones, down to two levels (a one-level path is its own).
  const shortest = Math.min(path.length, 2);
  for (let start = 0; path.length - start >= shortest; start++) {
    const kind = kinds.get(rowless(path.slice(start).join(' / ')));
    if (kind) return kind;
  }
  return undefined;
}

/** `*` in a URL pattern matches any run of characters. */
export function matchPortal(url: string, maps: readonly PortalMap[]): PortalMap | null {
  for (const map of maps) {
    for (const pattern of map.urlPatterns) {
      const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
      if (re.test(url)) return map;
    }
  }
  return null;
}

/** The map's CSS selectors, in the order classify() expects the scan's hits. */
export function mapSelectors(map: PortalMap | null): { sections: string[]; fields: string[] } | undefined {
  return map ? { sections: map.sections.map((s) => s.selector ?? ''), fields: map.fields.map((f) => f.selector ?? '') } : undefined;
}

/**
 * Classifies every descriptor. Portal-map CSS selectors were resolved in the page by the scan
 * (descriptor.mapSections / mapFields); everything else here is text.
 */
export function classify(fields: readonly FieldDescriptor[], map: PortalMap | null): Classification[] {
  const headingRes = map?.sections.map((s) => (s.heading ? new RegExp(s.heading, 'i') : null)) ?? [];
  const labelRes = map?.fields.map((f) => (f.label ? new RegExp(f.label, 'i') : null)) ?? [];
  // By array (scans share one per section) and, for arrays not shared, by text.
  const sections = new Map<readonly string[] | string, SectionContext>();
  // Table rows repeat the same labels: the text heuristic runs once per distinct control description.
  const guesses = new Map<string, Omit<Classification, 'section'>>();
  const headed = new Map<readonly string[] | string, SectionContext>();
  /** What the headings themselves say. */
  const headingsOf = (path: readonly string[]): SectionContext => {
    let context = headed.get(path);
    if (!context) {
      const text = path.join('\u0000');
      context = headed.get(text) ?? sectionContext(path);
      headed.set(text, context);
      headed.set(path, context);
    }
    return context;
  };
  const kinds = kindsFromFields(fields, headingsOf);
  /** The headings' context, with the kind the fields tell when the headings do not. */
  const contextOf = (path: readonly string[]): SectionContext => {
    let context = sections.get(path);
    if (!context) {
      context = headingsOf(path);
      const kind = context.kind ? undefined : inferredKind(path, kinds);
      if (kind) context = { ...context, kind };
      sections.set(path, context);
    }
    return context;
  };
  const scopes = new Map<SectionContext, Map<string, SectionContext>>();
  /** The context narrowed by the instructions above the control; sections share few distinct notes. */
  const scopeOf = (context: SectionContext, note: string | undefined): SectionContext => {
    if (!note) return context;
    let byNote = scopes.get(context);
    if (!byNote) scopes.set(context, (byNote = new Map()));
    let scoped = byNote.get(note);
    if (!scoped) byNote.set(note, (scoped = scopedContext(context, note)));
    return scoped;
  };
  return detailsAfterQuestions(fields, periodSelects(fields, loneNames(fields, fields.map((d) => {
    let section = scopeOf(contextOf(d.section), d.note);
    if (map) {
      const hit = { sections: d.mapSections ?? [], fields: d.mapFields ?? [] };
      const si = map.sections.findIndex((_s, i) => hit.sections.includes(i) || (headingRes[i] && d.section.some((t) => headingRes[i]!.test(t))));
      if (si >= 0) {
        const s = map.sections[si];
        section = {
          ...section,
          kind: s.kind ?? section.kind,
          mapSection: s.id,
          where: s.where,
          status: (s.where?.status as SectionContext['status']) ?? section.status,
          repeatable: s.repeatable,
          addButton: s.addButton,
        };
      }
      const fi = map.fields.findIndex(
        (f, i) =>
          (!f.section || f.section === section.mapSection) &&
          (!f.key.startsWith('narrative.') || MULTILINE_TYPES.includes(d.type)) &&
          ((f.selector && hit.fields.includes(i)) || (!f.selector && labelRes[i]?.test(d.label))),
      );
      if (fi >= 0) {
        const f = map.fields[fi];
        return { key: f.key, confidence: 1, via: `map:${map.id}`, section, format: f.format };
      }
    }
    const guessKey = `${d.type}|${d.autocomplete}|${section.kind}|${d.section[0]}|${d.labelSource}|${d.label}|${d.hints.join('\u0001')}`;
    let guess = guesses.get(guessKey);
    if (!guess) {
      guess = heuristic(d, section);
      // "If yes, please provide details…" (an overlap's explanation is the entry's), "Describe each interest disclosed
      // above": a box the researcher writes, not one entry's field (a narrative is drafted from them all).
      const label = normalize(d.label);
      const key = guess.key ?? '';
      const writesOwn = (!key.endsWith('.overlap') && IF_YES_DETAILS.test(label)) || (!key.startsWith('narrative.') && ABOVE_AS_WHOLE.test(label));
      if (key && d.type === 'textarea' && writesOwn) guess = { key: null, confidence: 0, via: d.labelSource };
      // The same question asked of companies only ("企業・営利団体からの講演料", "travel paid by industry").
      const fromIndustry = guess.key && INDUSTRY_VARIANT[guess.key];
      if (fromIndustry && INDUSTRY.some((p) => contains(label, p))) guess = { ...guess, key: fromIndustry };
      guesses.set(guessKey, guess);
    }
    if (!guess.key && d.type !== 'checkbox' && answersYesNo(d)) {
      const asked = askedOfHeading(d, section);
      if (asked) return { key: asked, confidence: POINTS_BACK_CONFIDENCE, via: 'section', section };
    }
    return { key: guess.key, confidence: guess.confidence, via: guess.via, section, format: guess.format };
  }))));
}

const POINTS_BACK = new RegExp(cues.pointsBack);
/** As sure as a label read from a table header: the heading names the kind, the question only points at it. */
const POINTS_BACK_CONFIDENCE = 0.8;

/**
 * "Exercez-vous ou avez-vous exercé une telle fonction ?" under "4.1 Fonctions exercées dans des
 * organismes": a yes/no question pointing back at its heading asks whether the record holds ties of
 * the kind that heading lists. The key of that yes/no fact, or null when the question names its own
 * topic or the heading no kind.
 */
function askedOfHeading(d: FieldDescriptor, section: SectionContext): string | null {
  const label = normalize(d.label);
  // "Un de vos proches exerce-t-il une telle activité ?" asks about someone else.
  if (!POINTS_BACK.test(label) || section.others || OTHERS.some((p) => contains(label, p))) return null;
  switch (section.kind) {
    case 'appointment':
      return section.appointmentTypes?.every((t) => t === 'advisory' || t === 'board') ? 'disclosure.board' : 'disclosure.outsideAppointment';
    case 'consulting':
      return 'disclosure.consulting';
    case 'financialInterest':
      if (section.interestTypes?.includes('equity')) return 'disclosure.equity';
      if (section.interestTypes?.includes('royalty')) return 'disclosure.royalty';
      return 'disclosure.financialInterest';
    case 'support':
      return section.status === 'pending' ? 'disclosure.pendingSupport' : section.status === 'current' ? 'disclosure.currentSupport' : 'disclosure.otherSupport';
    case 'inKind':
      return 'disclosure.inKind';
    case 'travel':
      return 'disclosure.travel';
    case 'talentProgram':
      return 'disclosure.talentProgram';
    default:
      return null;
  }
}

/** Yes/no facts that have a companies-only reading. */
const INDUSTRY_VARIANT: Record<string, string> = {
  'disclosure.travel': 'disclosure.industryTravel',
  'disclosure.honoraria': 'disclosure.industryHonoraria',
  'disclosure.otherSupport': 'disclosure.industryFunding',
  'disclosure.currentSupport': 'disclosure.industryFunding',
  'disclosure.supportReceived': 'disclosure.industryFunding',
};
const IF_YES = new RegExp(cues.ifYes);
/** Keys that are no entry's field: the researcher's own details, answers, narratives. */
const NOT_ENTRY_KEY = /^(person|disclosure|narrative)\./;

/**
 * "If yes, name the funding body …" right after a yes/no question the researcher answers (or one left
 * to them): the detail is theirs to write, not one entry's field. After a row's own choice ("Paid?
 * [Yes/No] If yes, amount") it stays the row's.
 */
function detailsAfterQuestions(fields: readonly FieldDescriptor[], classes: Classification[]): Classification[] {
  let lastChoice = -1;
  return classes.map((c, i) => {
    const d = fields[i];
    if (d.type === 'radio' || d.type === 'checkbox') lastChoice = i;
    if (!c.key || NOT_ENTRY_KEY.test(c.key) || c.key.endsWith('.overlap') || !TEXT_BOXES.has(d.type) || lastChoice < 0) return c;
    const question = classes[lastChoice].key;
    if (question && !question.startsWith('disclosure.')) return c;
    return IF_YES.test(normalize(d.label)) ? { ...c, key: null, confidence: 0 } : c;
  });
}

const TEXT_BOXES = new Set<FieldDescriptor['type']>(['text', 'textarea', 'contenteditable']);

/**
 * Selects that split one period ("研究期間: [年][月] ～ [年][月]") are its two ends: in each run of
 * them, the first half is the start and the second the end. Runs repeat row after row, so a run is
 * cut where its first part comes back after the end's.
 */
function periodSelects(fields: readonly FieldDescriptor[], classes: Classification[]): Classification[] {
  for (let i = 0; i < fields.length; ) {
    const key = classes[i].key;
    const first = fields[i];
    if (!key?.endsWith('.period') || first.type !== 'select' || !first.options) {
      i++;
      continue;
    }
    let j = i;
    // Later parts may be labelled by the unit word before them ("研究期間 [年▾] 年 [月▾] 月 ～ [年▾]"), the period's name kept as a hint.
    const samePeriod = (d: FieldDescriptor) => d.label === first.label || (d.section === first.section && d.hints.includes(first.label));
    while (j < fields.length && classes[j].key === key && fields[j].type === 'select' && samePeriod(fields[j])) j++;
    const parts = fields.slice(i, j).map((d) => (d.options ? optionIndex(d.options).datePart : null));
    const half = parts.indexOf(parts[0], 1);
    if (parts[0] && half > 0 && (j - i) % (2 * half) === 0) {
      const kind = key.slice(0, key.indexOf('.'));
      for (let k = i; k < j; k++) classes[k] = { ...classes[k], key: `${kind}.${(k - i) % (2 * half) < half ? 'startDate' : 'endDate'}` };
    }
    i = j;
  }
  return classes;
}

const IF_YES_DETAILS = new RegExp(cues.ifYesDetails);
const ABOVE_AS_WHOLE = new RegExp(cues.aboveAsWhole);
const FTE = new RegExp(cues.fte, 'i');

const LONE_NAME = new Set(['name', 'nom', 'nome', '名前']);

/**
 * A lone "Name": beside a first-name box ("Name* / Vorname*", "Nom / Prénom") it is the family name;
 * under a heading that names an organisation ("Auftraggeber / Einrichtung") it is that organisation's.
 */
function loneNames(fields: readonly FieldDescriptor[], classes: Classification[]): Classification[] {
  const given = new Set(fields.filter((_d, i) => classes[i].key === 'person.givenName').map((d) => d.section.join('\u0000')));
  return classes.map((c, i) => {
    const d = fields[i];
    if (c.key || !LONE_NAME.has(normalize(d.label))) return c;
    const confidence = SOURCE_WEIGHT[d.labelSource];
    if (given.has(d.section.join('\u0000'))) return { ...c, key: 'person.familyName', confidence, via: d.labelSource };
    const heading = matchConcept(d.section[0] ?? '')?.concept.id;
    const org = (heading === 'organization' || heading === 'person.organization') && c.section.kind !== 'person' && keyFor('organization', c.section.kind);
    return org && !org.inferredKind ? { ...c, key: org.key, confidence, via: d.labelSource } : c;
  });
}
