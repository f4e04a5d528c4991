import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry, Gap, Profile, RulePack, ScreeningList, Template } from '@/lib/model';
import { getProfile, listEntries, listTemplates } from '@/lib/db';
import { BUILTIN_PACKS, BUILTIN_SCREENING_LISTS, countBySeverity, evaluate } from '@/lib/rules';
import { packsWithTemplates, screeningListsWithTemplates } from '@/lib/templates';
import type { TFunction } from '@/lib/i18n';

export interface GapsRecord {
  profile: Profile | undefined;
  entries: Entry[];
  templates: Template[];
}

/** The part of the local database the gap checks read, live; undefined while loading. */
export function useGapsRecord(): GapsRecord | undefined {
  return useLiveQuery(async () => ({ profile: await getProfile(), entries: await listEntries(), templates: await listTemplates() }), []);
}

/** Built-in rule packs and screening lists plus what institution templates add (their own pack and lists). */
export function useRuleSet(templates: readonly Template[]): { packs: RulePack[]; screeningLists: ScreeningList[] } {
  const packs = useMemo(() => packsWithTemplates(BUILTIN_PACKS, templates), [templates]);
  const screeningLists = useMemo(() => screeningListsWithTemplates(BUILTIN_SCREENING_LISTS, templates), [templates]);
  return { packs, screeningLists };
}

export interface PackGaps {
  pack: RulePack;
  gaps: Gap[];
  counts: Record<Gap['severity'], number>;
}

const NO_TEMPLATES: Template[] = [];

/**
 * The gaps of one rule pack (built-in or from a template) over the live record, for the popup and the
 * fill review. undefined while loading; null when there is no pack id or no pack with that id.
 */
export function useGapsForPack(packId: string | null | undefined, today?: string): PackGaps | null | undefined {
  const record = useGapsRecord();
  const { packs, screeningLists } = useRuleSet(record?.templates ?? NO_TEMPLATES);
  const day = today ?? new Date().toISOString().slice(0, 10);
  return useMemo(() => {
    if (!packId) return null;
    if (!record) return undefined;
    const pack = packs.find((p) => p.id === packId);
    if (!pack) return null;
    const gaps = evaluate(record.profile, record.entries, [pack], { today: day, screeningLists });
    return { pack, gaps, counts: countBySeverity(gaps) };
  }, [packId, record, packs, screeningLists, day]);
}

/** The editor's Gaps view, opened at one pack's gaps when given (see GapsView's initial pack). */
export function gapsHash(packId?: string): string {
  return packId ? `#gaps&pack=${encodeURIComponent(packId)}` : '#gaps';
}

/** The editor page's Gaps view as an absolute URL, for links from the popup and the side panel. */
export function gapsUrl(packId?: string): string {
  return browser.runtime.getURL('/options.html') + gapsHash(packId);
}

/** The pack a `#gaps&pack=<id>` hash asks for, if any. */
export function packFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('pack') ?? undefined;
}

/** "3 errors, 2 warnings": counts in words, so severity never depends on colour. */
export function countsInWords(counts: Record<Gap['severity'], number>, t: TFunction): string {
  return t('gapCounts.both', { errors: t('gapCounts.errors', counts.error), warnings: t('gapCounts.warnings', counts.warning) });
}
