/**
 * Organisation-name normalisation shared by the screening matcher and the "same organisation"
 * checks (a consulting client or appointment that should have a matching support entry).
 */

/** Abbreviations expanded so "Harbin Inst. of Tech." and "Harbin Institute of Technology" compare equal. */
const ABBREVIATIONS: Record<string, string> = {
  univ: 'university',
  uni: 'university',
  inst: 'institute',
  acad: 'academy',
  natl: 'national',
  nat: 'national',
  intl: 'international',
  tech: 'technology',
  technol: 'technology',
  sci: 'science',
  sciences: 'science',
  lab: 'laboratory',
  labs: 'laboratory',
  laboratories: 'laboratory',
  ctr: 'center',
  centre: 'center',
  dept: 'department',
  co: 'company',
  corp: 'corporation',
  ltd: 'limited',
};

/** Case, diacritics, apostrophes, punctuation, "&"/"and", a leading/inner "the", common abbreviations. */
export function normaliseOrgName(name: string): string {
  const tokens = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´"“”]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && t !== 'the')
    .map((t) => ABBREVIATIONS[t] ?? t);
  return tokens.join(' ');
}

/** Parenthesised parts of a name, normalised: "National University of Defense Technology (NUDT)" → ["nudt"]. */
export function parenthesisedParts(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(/\(([^)]*)\)/g)) {
    const part = normaliseOrgName(m[1]);
    if (part) out.push(part);
  }
  return out;
}

/** Legal-form words that differ between mentions of one organisation ("Acme, Inc." vs "Acme"). */
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'llc', 'llp', 'lp', 'limited', 'corporation', 'company', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'srl', 'spa', 'bv', 'nv', 'kk', 'pty', 'ab', 'oy', 'as']);

/**
 * Keys two mentions of one organisation share: its normalised name without trailing
 * legal-form words, and its ROR id when recorded. Two organisations are the same when any key matches.
 */
export function organisationKeys(org: { name: string; rorId?: string }): string[] {
  const tokens = normaliseOrgName(org.name).split(' ');
  while (tokens.length > 1 && LEGAL_FORMS.has(tokens[tokens.length - 1])) tokens.pop();
  return org.rorId ? [tokens.join(' '), org.rorId] : [tokens.join(' ')];
}
