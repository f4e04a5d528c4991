import type { ScreeningList } from '@/lib/model';
import { normaliseOrgName, parenthesisedParts } from './org-names';

type ListEntry = ScreeningList['entries'][number];

export interface ScreeningMatch {
  list: ScreeningList;
  entry: ListEntry;
  /** The listed name or alias that matched. */
  matchedOn: string;
}

interface Key {
  tokens: string;
  /** Single-token keys (acronyms like "NUDT", "BIT") match only a whole name or a parenthesised part. */
  acronym: boolean;
  entry: ListEntry;
  raw: string;
}

export interface ScreeningIndex {
  list: ScreeningList;
  match(organisationName: string): ScreeningMatch[];
}

/**
 * Builds the normalised lookup for one list. Multi-word names and aliases match when their
 * tokens appear contiguously in the organisation's name ("Harbin Institute of Technology,
 * School of Physics" matches; "Northwestern University" does not match "Northwestern
 * Polytechnical University"). Results are memoised per organisation name.
 */
export function buildScreeningIndex(list: ScreeningList): ScreeningIndex {
  const exact = new Map<string, Key[]>();
  const byFirstToken = new Map<string, Key[]>();
  const push = (map: Map<string, Key[]>, k: string, key: Key) => {
    const bucket = map.get(k);
    if (bucket) bucket.push(key);
    else map.set(k, [key]);
  };
  for (const entry of list.entries) {
    for (const raw of [entry.name, ...(entry.aliases ?? [])]) {
      const tokens = normaliseOrgName(raw);
      if (!tokens) continue;
      const acronym = !tokens.includes(' ');
      const key: Key = { tokens, acronym, entry, raw };
      push(exact, tokens, key);
      if (!acronym) push(byFirstToken, tokens.slice(0, tokens.indexOf(' ')), key);
    }
  }

  const memo = new Map<string, ScreeningMatch[]>();
  const match = (organisationName: string): ScreeningMatch[] => {
    const cached = memo.get(organisationName);
    if (cached) return cached;
    const name = normaliseOrgName(organisationName);
    const found = new Map<ListEntry, string>();
    const take = (keys: Key[] | undefined, accept: (k: Key) => boolean) => {
      for (const k of keys ?? []) if (!found.has(k.entry) && accept(k)) found.set(k.entry, k.raw);
    };
    take(exact.get(name), () => true);
    for (const part of parenthesisedParts(organisationName)) take(exact.get(part), () => true);
    if (name) {
      const padded = ` ${name} `;
      for (const token of new Set(name.split(' '))) {
        take(byFirstToken.get(token), (k) => padded.includes(` ${k.tokens} `));
      }
    }
    const result = [...found].map(([entry, matchedOn]) => ({ list, entry, matchedOn }));
    memo.set(organisationName, result);
    return result;
  };
  return { list, match };
}

const indexes = new WeakMap<ScreeningList, ScreeningIndex>();

/** The (cached) index of a list: built once per list object, so evaluate() stays fast. */
export function screeningIndexOf(list: ScreeningList): ScreeningIndex {
  let index = indexes.get(list);
  if (!index) {
    index = buildScreeningIndex(list);
    indexes.set(list, index);
  }
  return index;
}

/** The official page to check a match against: the latest edition's document when the list has one per edition. */
export function officialSourceFor(list: ScreeningList, entry: ListEntry): string {
  const byDate = (list.source as { urlByListDate?: Record<string, string[] | string> }).urlByListDate;
  const editions = entry.listedIn ?? [];
  for (const edition of [...editions].reverse()) {
    const url = byDate?.[edition];
    if (url) return Array.isArray(url) ? url[0] : url;
  }
  return Array.isArray(list.source.url) ? list.source.url[list.source.url.length - 1] : list.source.url;
}
