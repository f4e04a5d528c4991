/**
 * Turns a record value into what one control asks for: date layouts, split month/year parts,
 * digits for amounts, option choice for selects/radios/checkboxes in any of the five languages.
 */
import type { FieldDescriptor, OptionInfo } from './types';
import optionVocab from './vocab/options.json';
import { CURRENCY_CODES } from '@/lib/model/codes';
import { anyWordMatcher, compilePatterns, contains, normalize } from './normalize';

const SYNONYMS: Record<string, string[]> = Object.fromEntries(
  Object.entries(optionVocab.values).map(([k, v]) => [k, compilePatterns([k, ...v])]),
);

/** `era` and `eraYear`: a Japanese era (元号) select and the year within it (令和9 is 2027). */
export type DatePart = 'full' | 'month' | 'year' | 'day' | 'era' | 'eraYear';

const MONTH_NAMES = compilePatterns([
  'jan|janvier|januar|gennaio|1月', 'feb|fevrier|februar|febbraio|2月', 'mar|mars|marz|marzo|3月', 'apr|avril|april|aprile|4月',
  'may|mai|mai|maggio|5月', 'jun|juin|juni|giugno|6月', 'jul|juillet|juli|luglio|7月', 'aug|aout|august|agosto|8月',
  'sep|septembre|september|settembre|9月', 'oct|octobre|oktober|ottobre|10月', 'nov|novembre|november|novembre|11月', 'dec|decembre|dezember|dicembre|12月',
].map((s) => s.replace(/\|/g, ' ')));

/** The month (1–12) a normalised word names in any of the five languages ("janvier", "gennaio", "sept"), else null. */
export function monthOfWord(word: string): number | null {
  if (word.length < 3) return null;
  const at = MONTH_NAMES.findIndex((m) => m.split(' ').some((n) => word.startsWith(n) && !/月$/.test(n)));
  return at >= 0 ? at + 1 : null;
}

function looksLikeMonths(options: readonly NormalizedOption[]): boolean {
  const real = options.filter((o) => o.o.value !== '');
  return real.length >= 12 && real.length <= 13 && real.every((o) => /^(0?[1-9]|1[0-2])$/.test(o.o.value) || MONTH_NAMES.some((m) => m.split(' ').some((n) => o.text.startsWith(n))));
}

/** A select listing the days of a month (1–31): the day box of a day/month/year group. */
function looksLikeDays(options: readonly NormalizedOption[]): boolean {
  const real = options.filter((o) => o.o.value !== '');
  return real.length >= 28 && real.length <= 31 && real.every((o) => /^(0?[1-9]|[12]\d|3[01])$/.test(o.o.value.trim()));
}

function looksLikeYears(options: readonly NormalizedOption[]): boolean {
  const real = options.filter((o) => o.o.value !== '');
  return real.length > 1 && real.every((o) => optionYear(o.o) !== null);
}

/**
 * The year an option stands for: a year value or leading year ("2024"), the one Western year in
 * its text ("令和6年度（2024年度）", "FY 2024"), or an era year ("令和6年度", "令和元年").
 */
export function optionYear(o: OptionInfo): number | null {
  if (/^(19|20)\d\d$/.test(o.value.trim())) return Number(o.value.trim());
  const text = o.text.trim();
  const western = text.match(/(?<!\d)(19|20)\d\d(?!\d)/g);
  if (western?.length === 1 || (western && /^(19|20)\d\d/.test(text))) return Number(western[0]);
  const era = /^(令和|平成)\s*(元|\d{1,2})\s*年/.exec(text);
  if (!era) return null;
  return ERAS.find((e) => e.name === era[1])!.first + (era[2] === '元' ? 1 : Number(era[2])) - 1;
}

/** The option of a year select standing for `year`. */
export function yearOption(options: readonly OptionInfo[], year: number): OptionInfo | undefined {
  return options.find((o) => o.value !== '' && optionYear(o) === year);
}

const ERAS = [
  { name: '令和', from: '2019-05', first: 2019 },
  { name: '平成', from: '1989-01', first: 1989 },
];

/** The Japanese era a month falls in and the year within it (2027-01 is 令和 9). */
export function japaneseEra(iso: string): { name: string; year: number } {
  const era = ERAS.find((e) => iso.slice(0, 7) >= e.from) ?? ERAS[ERAS.length - 1];
  return { name: era.name, year: Number(iso.slice(0, 4)) - era.first + 1 };
}

function looksLikeEras(options: readonly NormalizedOption[]): boolean {
  return options.some((o) => ERAS.some((e) => o.text.startsWith(e.name)));
}

interface NormalizedOption {
  o: OptionInfo;
  text: string;
  value: string;
}

interface OptionIndex {
  /** Options with a value or text, normalised. */
  norm: NormalizedOption[];
  /** Normalised value or text → first option (in list order) having it, and its position. */
  exact: Map<string, { o: OptionInfo; at: number }>;
  /** Normalised text → first option having it. */
  byText: Map<string, OptionInfo>;
  /** The date part a select of these options holds, if it lists months or years. */
  datePart: DatePart | null;
}

const indexes = new WeakMap<readonly OptionInfo[], OptionIndex>();

/** The two forms of a doublet ("cochercheuse ou cochercheur"): both halves begin with the same word stem. */
function genderDoublet(text: string): string[] {
  const m = /^(.+?) (?:ou|oder|o|or) (.+)$/.exec(text);
  return m && m[1].slice(0, 5) === m[2].slice(0, 5) && m[1].length >= 5 ? [m[1], m[2]] : [];
}

/** German written for both genders ("Ausserordentliche/r Professor/in", "Mitarbeiter*in"): its masculine and feminine forms. */
function genderedForms(text: string): string[] {
  if (!/\p{L}[/*:](r|in|e|n)\b/u.test(text)) return [];
  return [text.replace(/[/*:](r|n)\b/g, '$1').replace(/[/*:]in\b/g, ''), text.replace(/[/*:](r|e|n)\b/g, '').replace(/[/*:]in\b/g, 'in')].map(normalize);
}

/** A name with its gloss in brackets ("Mitwirkung (Co-Investigator)", "研究分担者（Co-I）"): either half names it, as does each of a Japanese list's items. */
function glossed(text: string): string[] {
  const m = /^(.+?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(text);
  // A gloss may list several names ("Mitwirkende/r (Co-Investigator, Senior Personnel)").
  const halves = m ? [m[1], ...m[2].split(/\s*[,;、，]\s*/)] : [text];
  // Japanese lists alternatives with a middle dot ("共同研究者・分担者").
  return halves.flatMap((h) => (h.includes('・') ? h.split('・') : h === text ? [] : [h])).map(normalize).filter(Boolean);
}

/** "Finanziato – in corso": a spaced dash joins two names of one option, as a spaced slash does. */
const DASHED = /\s[–—]\s/;

/**
 * Normalised options, built once per list. Rows of a table share one list object (see wire.ts),
 * so a hundred country selects cost one pass over the country names, not a hundred.
 */
export function optionIndex(options: readonly OptionInfo[]): OptionIndex {
  let index = indexes.get(options);
  if (!index) {
    const norm = options.filter((o) => o.value !== '' || o.text !== '').map((o) => ({ o, text: normalize(o.text), value: normalize(o.value) }));
    const exact = new Map<string, { o: OptionInfo; at: number }>();
    const byText = new Map<string, OptionInfo>();
    norm.forEach((c, at) => {
      for (const key of [c.value, c.text]) if (!exact.has(key)) exact.set(key, { o: c.o, at });
      if (!byText.has(c.text)) byText.set(c.text, c.o);
    });
    // "Coordinator / Principal Investigator" names one option twice: either name finds it, unless a
    // whole text or another option claims the name. A slash without spaces joins one name ("Co-PD/PI").
    // So does a gender doublet ("Cochercheuse ou cochercheur", "Projektleiterin oder Projektleiter"), and a gloss in brackets.
    const parts = new Map<string, OptionInfo | null>();
    for (const c of norm) {
      const halves = /\s\/|\/\s/.test(c.o.text) ? c.o.text.split('/') : DASHED.test(c.o.text) ? c.o.text.split(DASHED) : null;
      const names = halves ? halves.flatMap((half) => [normalize(half), ...glossed(half)]) : [...genderDoublet(c.text), ...genderedForms(c.o.text), ...glossed(c.o.text)];
      for (const key of names) if (key && !byText.has(key)) parts.set(key, parts.has(key) ? null : c.o);
    }
    for (const [key, o] of parts) if (o) byText.set(key, o);
    const datePart = looksLikeMonths(norm) ? 'month' : looksLikeYears(norm) ? 'year' : looksLikeDays(norm) ? 'day' : looksLikeEras(norm) ? 'era' : null;
    indexes.set(options, (index = { norm, exact, byText, datePart }));
  }
  return index;
}

/** `guessed`: nothing on the page said the layout. */
type DateLayout = { part: DatePart; layout: string; guessed?: boolean };

const layouts = new WeakMap<FieldDescriptor, Map<string | undefined, DateLayout>>();

/** Which part of a date a control holds and in what layout; planning asks twice per control, so it is kept. */
export function dateLayout(d: FieldDescriptor, format?: string): DateLayout {
  let byFormat = layouts.get(d);
  if (!byFormat) layouts.set(d, (byFormat = new Map()));
  let layout = byFormat.get(format);
  if (!layout) byFormat.set(format, (layout = readDateLayout(d, format)));
  return layout;
}

function readDateLayout(d: FieldDescriptor, format?: string): DateLayout {
  // Row numbers in names and ids ("start-12") say nothing about the date; without them rows share one normalised text.
  const text = `${d.label} ${d.hints.join(' ')} ${d.name} ${d.htmlId}`.replace(/\d+/g, ' ');
  const selectPart = d.type === 'select' && d.options ? optionIndex(d.options).datePart : null;
  if (selectPart) return { part: selectPart, layout: 'select' };
  if (d.type === 'date') return { part: 'full', layout: 'YYYY-MM-DD' };
  if (d.type === 'month') return { part: 'full', layout: 'YYYY-MM' };
  const declared = format ?? /(MM|mm)[/.-](YYYY|yyyy|JJJJ|jjjj|AAAA|aaaa)|(YYYY|yyyy|JJJJ|jjjj|AAAA|aaaa)[/.-](MM|mm)([/.-](DD|dd|TT|tt|JJ|jj|GG|gg))?|(DD|dd|TT|tt|JJ|jj|GG|gg)[/.-](MM|mm)[/.-](YYYY|yyyy|JJJJ|jjjj|AAAA|aaaa)|(MM|mm)[/.-](DD|dd)[/.-](YYYY|yyyy)|\b[Dd]\.[Mm]\.(YYYY|yyyy)\b|YYYY年MM月/.exec(`${d.label} ${d.hints.join(' ')} ${d.pattern ?? ''}`)?.[0];
  if (declared) return { part: 'full', layout: declared.toUpperCase().replace(/JJJJ|AAAA/g, 'YYYY').replace(/TT|JJ|GG/g, 'DD') };
  // The day box of a Day | Month | Year group (GOV.UK date input) asks for the day alone.
  if (DAY_LABEL.test(normalize(d.label.replace(/\d+/g, ' '))) || d.label.trim() === '日') return { part: 'day', layout: 'DD' };
  const norm = normalize(text);
  // A two-character year box in a Japanese form is the year within the era chosen beside it (令和 9).
  if (/年(?!度|月)/.test(d.label) && d.maxLength !== undefined && d.maxLength <= 2) return { part: 'eraYear', layout: 'Y' };
  const yearOnly = /(^| )(year|yyyy|annee|jahr|anno)( |$)|年(?!月)/.test(norm) && !/month|mois|monat|mese|月/.test(norm);
  if (yearOnly || d.maxLength === 4) return { part: 'year', layout: 'YYYY' };
  if (/(^| )(month|mm|mois|monat|mese)( |$)/.test(norm) && !/year|annee|jahr|anno/.test(norm)) return { part: 'month', layout: 'MM' };
  // No layout in words: an example date ("e.g. 2024-04") or the input's pattern shows it.
  const example = exampleLayout(`${d.label} ${d.hints.join(' ')}`) ?? patternLayout(d.pattern);
  if (example) return { part: 'full', layout: example };
  return { part: 'full', layout: 'MM/YYYY', guessed: true };
}

/** A label naming the day alone: "Day", "Jour", "Tag", "Giorno", "DD" — not a month or year box, not a whole date. */
const DAY_LABEL = /^(?!.*\b(month|mm|mois|monat|mese|year|yyyy|annee|jahr|anno|jjjj|aaaa|date|datum|data)\b)(.* )?(day|dd|jour|jj|tag|tt|giorno|gg)( .*)?$/;

/** Examples in other languages than English put the day first ("ex. 31/12/2024", "z. B. 31.12.2024"). */
const NON_ENGLISH_EXAMPLE = /\b(ex|p\.?\s*ex|exemple|z\.?\s*B|Beispiel|bspw|es|esempio|ad esempio)\b|例/i;

/**
 * The layout a concrete example date shows: "（例：2024/04）", "e.g. 2024-04", "ex. 04/2024",
 * "z. B. 04.2024", a placeholder "2024-04-15" or "2024年4月". Only real months (and days) count, so
 * "2024-2025" or "Year 2024" show no layout.
 */
export function exampleLayout(text: string): string | null {
  const t = text.normalize('NFKC');
  let m = /(?<!\d)(19|20)\d\d年\s*(0?[1-9]|1[0-2])月(\s*(0?[1-9]|[12]\d|3[01])日)?/.exec(t);
  if (m) return m[3] ? 'YYYY年MM月DD日' : 'YYYY年MM月';
  m = /(?<![\d/.-])(?:19|20)\d\d([/.-])(0?[1-9]|1[0-2])(?:\1(0?[1-9]|[12]\d|3[01]))?(?![\d/.-]*\d)/.exec(t);
  if (m) return m[3] ? `YYYY${m[1]}MM${m[1]}DD` : `YYYY${m[1]}MM`;
  m = /(?<![\d/.-])(\d\d?)([/.-])(\d\d?)\2(?:19|20)\d\d(?![\d/.-]*\d)/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (!a || !b || a > 31 || b > 31 || (a > 12 && b > 12)) return null;
    const dayFirst = a > 12 || (b <= 12 && (m[2] !== '/' || NON_ENGLISH_EXAMPLE.test(t)));
    return dayFirst ? `DD${m[2]}MM${m[2]}YYYY` : `MM${m[2]}DD${m[2]}YYYY`;
  }
  m = /(?<![\d/.-])(0?[1-9]|1[0-2])([/.-])(19|20)\d\d(?![\d/.-]*\d)/.exec(t);
  if (m) return `MM${m[2]}YYYY`;
  return null;
}

/** The layout an input's `pattern` spells out: `\d{4}/\d{2}` is YYYY/MM, `\d{2}\.\d{4}` is MM.YYYY, … */
export function patternLayout(pattern: string | undefined): string | null {
  if (!pattern) return null;
  const p = pattern
    .replace(/^\^|\$$/g, '')
    .replace(/\\d|\[0-9\]/g, 'N')
    .replace(/\((?:\?:)?([^()|]*)\)/g, '$1')
    .replace(/N\{4\}|NNNN/g, 'Y')
    .replace(/N\{1,2\}|N\{2\}|NN|N\?N/g, 'T')
    .replace(/\\([/.-])/g, '$1')
    .replace(/\[([/.-])\]/g, '$1');
  let m = /^Y([/.-])T(?:\1T)?$/.exec(p);
  if (m) return p.length > 3 ? `YYYY${m[1]}MM${m[1]}DD` : `YYYY${m[1]}MM`;
  m = /^T([/.-])Y$/.exec(p);
  if (m) return `MM${m[1]}YYYY`;
  m = /^T([/.-])T\1Y$/.exec(p);
  if (m) return m[1] === '/' ? `MM/DD/YYYY` : `DD${m[1]}MM${m[1]}YYYY`;
  return null;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats an ISO partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) for a layout; `end` picks the last day/month when missing. */
export function formatDate(iso: string, layout: string, end = false): string {
  const [y, m, dd] = iso.split('-');
  const month = m ?? (end ? '12' : '01');
  const day = dd ?? (end ? String(lastDay(Number(y), Number(month))).padStart(2, '0') : '01');
  return layout
    .replace('YYYY', y)
    .replace('MM', month)
    .replace('DD', day)
    // Finnish "d.m.yyyy": day and month without a leading zero (1.9.2019).
    .replace(/\bD\b/, String(Number(day)))
    .replace(/\bM\b/, String(Number(month)));
}

/** Amounts as plain digits (a dot for decimals), no grouping, no currency symbol. */
export function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}

const CURRENCIES = new Set<string>(CURRENCY_CODES);

export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Currency a control expects, when its label says so. */
export function expectedCurrency(d: FieldDescriptor): string | undefined {
  const text = `${d.label} ${d.hints.join(' ')} ${d.section.join(' ')}`;
  const code = /\b(USD|EUR|GBP|CAD|JPY|CHF|AUD)\b/.exec(text)?.[1];
  if (code) return code;
  // Any other ISO code where a unit is written: "Amount (DKK)", "… in SEK".
  // … or beside a scale ("Amount (NOK 1000)", "(1 000 SEK)").
  const unit = /\(([A-Z]{3})\)|\bin ([A-Z]{3})\b|\(\s*(?:[\d\s.,']+)?([A-Z]{3})(?:\s*[\d\s.,']+)?\s*\)/.exec(text);
  const other = unit?.[1] ?? unit?.[2] ?? unit?.[3];
  if (other && CURRENCIES.has(other)) return other;
  // Dollars of another country: "$ CA", "CA$", "C$", "A$", "$ AU".
  if (/\$\s*CA\b|\bCA\s?\$|\bC\$/.test(text)) return 'CAD';
  if (/\$\s*AU\b|\bAU?\$/.test(text)) return 'AUD';
  if (/\$\s*NZ\b|\bNZ\s?\$/.test(text)) return 'NZD';
  if (/\bHK\s?\$/.test(text)) return 'HKD';
  if (/\bS\s?\$|\bSG\s?\$/.test(text)) return 'SGD';
  if (/US\$|\$\s*\(USD\)|in dollars|\(\$\)|\$$/.test(text)) return /CAD|canad/i.test(text) ? 'CAD' : 'USD';
  // Whole words: "Neurowissenschaften" holds "euro", "compounds" holds "pound".
  if (/€|\beuros?\b/i.test(text)) return 'EUR';
  if (/£|\bpounds?\b|\bsterling\b/i.test(text)) return 'GBP';
  if (/円|\byen\b/i.test(text)) return 'JPY';
  return undefined;
}

const TITLE_RANKS = optionVocab.titles.map((t) => ({ rank: t, words: ` ${normalize(t)} ` }));

function rankInTitle(options: readonly OptionInfo[], literal: string): OptionInfo | undefined {
  // The longest rank the title holds, and only when the title says more than the rank itself.
  const rank = TITLE_RANKS.find((t) => ` ${literal} `.includes(t.words));
  return rank && literal !== rank.words.trim() ? matchOption(options, rank.rank, false) : undefined;
}

/** The first option whose text begins with one of the synonyms, tried in their order. */
/** Every synonym with the value it names, longest first: an option's text may begin with one value's words and be another's ("en cours d'évaluation" is pending, not "en cours"). */
const ALL_SYNONYMS = Object.entries(SYNONYMS).flatMap(([value, words]) => words.map((word) => ({ value, word }))).sort((a, b) => b.word.length - a.word.length);

const prefixOf = (s: string) => (/[\u3000-\u30ff\u4e00-\u9fff]$/.test(s) ? s : `${s} `);

/** The value whose longest synonym the option's text is or begins with. */
function valueOpening(text: string): string | undefined {
  return ALL_SYNONYMS.find(({ word }) => text === word || text.startsWith(prefixOf(word)))?.value;
}

function startingWithSynonym(norm: OptionIndex['norm'], synonyms: readonly string[], value: string): OptionInfo | undefined {
  for (const s of synonyms) {
    if (s.length < 2) continue;
    // Japanese runs words together: "受入" begins "受入中" with no space between.
    const prefix = prefixOf(s);
    // An option glossed with a second name ("Collaborateur-trice / co-investigateur-trice") begins with either.
    const opens = (text: string) => text.startsWith(prefix) && (!SYNONYMS[value] || valueOpening(text) === value);
    const hit = norm.find((c) => opens(c.text) || (c.o.text.includes('/') && c.o.text.split('/').slice(1).some((part) => opens(`${normalize(part)} `))));
    if (hit) return hit.o;
  }
  return undefined;
}

const CODE_THEN_NAME = /^\s*[A-Za-z]{2,4}\s*[-–—:(/]/;

/**
 * Picks the option for a record value: the value's own synonyms (yes/no, statuses, roles, types
 * in five languages) against normalised option text and value, then the literal text.
 */
const BY_KEY = optionVocab.byKey as Record<string, string[]>;
const BROADER = optionVocab.broader as Record<string, string>;

const namedChoices = new WeakMap<readonly OptionInfo[], Map<string, string | null>>();

/**
 * The coded choice a select's options name ("科研費 / 民間財団 / 企業 / 海外の機関" are kinds of funder,
 * not statuses), among the choices of the key's entry kind; null when no other one names more.
 */
export function choiceNamedByOptions(key: string, options: readonly OptionInfo[]): string | null {
  // Rows share one options list: each list is read once per key.
  let byKey = namedChoices.get(options);
  if (!byKey) namedChoices.set(options, (byKey = new Map()));
  let named = byKey.get(key);
  if (named === undefined) byKey.set(key, (named = choiceNamedUncached(key, options)));
  return named;
}

/** Per coded choice ("support.funderType"), the words naming any of its values. */
const CHOICE_WORDS = new Map(Object.entries(BY_KEY).map(([k, values]) => [k, anyWordMatcher(values.flatMap((v) => (SYNONYMS[v] ?? []).filter((syn) => syn.length > 1)))]));
const RANK_WORDS = anyWordMatcher(TITLE_RANKS.flatMap((t) => SYNONYMS[t.rank] ?? [t.rank.toLowerCase()]));

function choiceNamedUncached(key: string, options: readonly OptionInfo[]): string | null {
  const kind = key.slice(0, key.indexOf('.'));
  const { norm } = optionIndex(options);
  const named = (words: RegExp) => norm.reduce((n, c) => (words.test(c.text) ? n + 1 : n), 0);
  let best: string | null = null;
  let most = CHOICE_WORDS.has(key) ? named(CHOICE_WORDS.get(key)!) : 0;
  for (const [k, words] of CHOICE_WORDS) {
    if (k === key || !k.startsWith(`${kind}.`)) continue;
    const n = named(words);
    if (n >= 2 && n > most) [best, most] = [k, n];
  }
  // Academic ranks ("Assistant / Associate / Full professor") name the post, read off its title.
  const post = RANKED_POST[kind];
  if (!best && post && post !== key) {
    const ranks = named(RANK_WORDS);
    if (ranks >= 2 && ranks > most) best = post;
  }
  return best;
}

/** Where each kind keeps the title a rank is read from. */
const RANKED_POST: Record<string, string> = { appointment: 'appointment.role', person: 'person.positionTitle' };

export function matchOption(options: readonly OptionInfo[], value: string, rankInside = true): OptionInfo | undefined {
  const literal = normalize(value);
  const synonyms = SYNONYMS[value] ?? [];
  const { norm, exact, byText } = optionIndex(options);
  // What an option says before what it stores: a value "PI" may stand for "Partner Investigator".
  return (
    byText.get(literal) ??
    // Synonyms in their order, the most telling first ("principal investigator" before "principal applicant").
    synonyms.map((s) => byText.get(s)).find(Boolean) ??
    exact.get(literal)?.o ??
    // Values last: "0"/"1" may be indexes rather than no/yes.
    norm.find((c) => synonyms.includes(c.value))?.o ??
    // Longer option texts such as "Yes — I participate in…" start with the synonym.
    startingWithSynonym(norm, synonyms, value) ??
    (literal.length > 3 ? norm.find((c) => contains(c.text, literal))?.o : undefined) ??
    // A code before its name ("USD - Dollaro USA", "EUR (euro)").
    (/^[a-z]{2,4}$/.test(literal) ? norm.find((c) => c.text.startsWith(`${literal} `) && CODE_THEN_NAME.test(c.o.text))?.o : undefined) ??
    // A rank inside a post's title: "Associate Professor of Chemistry" is the "准教授" option.
    (rankInside ? rankInTitle(options, literal) : undefined) ??
    // A list of compound kinds ("Patents, royalties or licensing"): the one option naming a synonym.
    onlyOptionNaming(norm, synonyms) ??
    (BROADER[value] ? matchOption(options, BROADER[value], rankInside) : undefined)
  );
}

/**
 * An organisation's name as lists and titles write it: without a country's dotted initials ("U.S."),
 * normalised, and the initials of its main part ("National Science Foundation" → "nsf"; "Department
 * of Energy, Office of Science" → "de").
 */
export function organizationWords(name: string): { words: string; initials: string } {
  const plain = name.replace(/\b(?:[A-Z]\.){2,}/g, ' ');
  return { words: normalize(plain), initials: (plain.split(/[,;]/)[0].match(/\b[A-Z]/g) ?? []).join('').toLowerCase() };
}

/**
 * The option naming an organisation as lists of funders write it: "National Science Foundation (NSF)"
 * for "U.S. National Science Foundation", "… / National Institutes of Health (NIH)", "Department of
 * Energy (DOE)" for "U.S. Department of Energy, Office of Science". One option only, or none.
 */
export function organizationOption(options: readonly OptionInfo[], name: string): OptionInfo | undefined {
  const { words, initials } = organizationWords(name);
  const padded = ` ${words} `;
  const hits = options.filter((o) => {
    const acronym = /\(([A-Za-z]{2,8})\)\s*$/.exec(o.text)?.[1].toLowerCase();
    if (acronym && acronym === initials) return true;
    return o.text.replace(/\([^)]*\)/g, ' ').split('/').map(normalize).some((part) => part.length >= 8 && padded.includes(` ${part} `));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

function onlyOptionNaming(norm: OptionIndex['norm'], synonyms: readonly string[]): OptionInfo | undefined {
  const long = synonyms.filter((s) => s.length >= 5);
  const hits = long.length ? norm.filter((c) => long.some((s) => contains(c.text, s))) : [];
  return hits.length === 1 ? hits[0].o : undefined;
}
