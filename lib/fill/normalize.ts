/** Text normalisation shared by classification and option matching. */

/** Lower case, NFKC, no accents, punctuation as single spaces. Japanese text is kept as is. */
const memo = new Map<string, string>();

export function normalize(text: string): string {
  // Forms repeat the same labels and option lists row after row.
  let out = memo.get(text);
  if (out === undefined) {
    out = normalizeUncached(text);
    if (memo.size > 50_000) memo.clear();
    memo.set(text, out);
  }
  return out;
}

function normalizeUncached(text: string): string {
  return text
    .normalize('NFKD')
    // Accents, and soft hyphens breaking long words ("Arbeits\u00adanteil").
    .replace(/[\u0300-\u036f\u00ad]/g, '')
    .normalize('NFKC')
    // French inclusive writing names one role: "coordinateur·rice", "candidat·e·s" read "coordinateur", "candidat".
    .replace(INCLUSIVE_ENDING, '$1')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}\u3000-\u30ff\u4e00-\u9fff]+/gu, ' ')
    // Japanese forms space out short labels to justify them ("氏　名", "所 属 機 関").
    .replace(SPACED_CJK, (run) => run.replace(/ /g, ''))
    .trim();
}

const INCLUSIVE_ENDING = /(\p{L})(?:[\u00b7\u22c5\u2022]\p{Ll}{1,5})+/gu;

const SPACED_CJK = /(?<![\u3040-\u30ff\u4e00-\u9fff])(?:[\u3040-\u30ff\u4e00-\u9fff] )+[\u3040-\u30ff\u4e00-\u9fff](?![\u3040-\u30ff\u4e00-\u9fff])/g;

const CJK = /[\u3000-\u30ff\u4e00-\u9fff]/;

/**
 * Does `pattern` (already normalised) occur in `text` (normalised)? Latin patterns match at word
 * starts — whole words when short, so "to" never matches "total" — CJK patterns as substrings.
 */
export function contains(text: string, pattern: string): boolean {
  return indexOfPattern(text, pattern) >= 0;
}

/** Where `pattern` starts in `text` as `contains` reads it, or -1. */
export function indexOfPattern(text: string, pattern: string): number {
  if (!pattern) return -1;
  if (CJK.test(pattern)) return text.indexOf(pattern);
  // Searched in place rather than in a padded copy: classification asks this hundreds of thousands of times.
  const whole = pattern.length < 6;
  const end = pattern.length;
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
    if ((at === 0 || text.charCodeAt(at - 1) === SPACE) && (!whole || at + end === text.length || text.charCodeAt(at + end) === SPACE)) return at;
  }
  return -1;
}

const SPACE = 32;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One expression that matches a text when `contains(text, word)` holds for any of the words: a long
 * option list is then read once per set of words rather than once per word.
 */
export function anyWordMatcher(words: readonly string[]): RegExp {
  const cjk = words.filter((w) => CJK.test(w));
  const latin = words.filter((w) => w && !CJK.test(w));
  const whole = latin.filter((w) => w.length < 6).map(escapeRegExp);
  const starts = latin.filter((w) => w.length >= 6).map(escapeRegExp);
  const parts = [whole.length ? `(?:^| )(?:${whole.join('|')})(?= |$)` : '', starts.length ? `(?:^| )(?:${starts.join('|')})` : '', cjk.map(escapeRegExp).join('|')].filter(Boolean);
  return new RegExp(parts.length ? parts.join('|') : '(?!)');
}

export function compilePatterns(patterns: readonly string[]): string[] {
  return patterns.map(normalize).filter(Boolean);
}

const rowlessMemo = new Map<string, string>();

/** Text with numbers masked ("Project 2" → "Project #"): repeated rows and cards read alike. */
export function rowless(text: string): string {
  let out = rowlessMemo.get(text);
  if (out === undefined) {
    if (rowlessMemo.size > 20_000) rowlessMemo.clear();
    rowlessMemo.set(text, (out = text.replace(/\d+/g, '#')));
  }
  return out;
}

/**
 * A heading numbered or lettered as a part of the form ("6 Interests", "2.1 Boards", "4. Applicant", "B) Pending",
 * "1．申請者" with no space before Japanese text), not its title.
 */
export const NUMBERED_PART = /^\s*(?:(\d{1,2}(\.\d{1,2})*[.)]?|[A-H][.)]|[IVX]{1,4}\.)\s|[0-9０-９]{1,2}[．.）)、]\s*(?=[\u3040-\u30ff\u4e00-\u9fff]))/;

/**
 * Marks, in a control's section, the yes/no question the control's list follows: a list's own
 * subject when the question names one kind of tie, nothing more when it names several.
 */
export const LEAD_MARK = '\u21b3 ';
