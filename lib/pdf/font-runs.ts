/**
 * jsPDF has no glyph fallback, and neither font covers everything: Noto Sans has no kana or kanji,
 * Noto Sans JP has no Ł, ż or ř (Latin Extended, U+0100–U+1FFF). Text is therefore split into runs,
 * each drawn with a face that has its glyphs.
 */
import { containsCjk } from './format';
import { JAPANESE_FONT, LATIN_FONT } from './fonts';

export type FontFamily = typeof LATIN_FONT | typeof JAPANESE_FONT;
export interface FontRun {
  font: FontFamily;
  text: string;
}

/** Scripts Noto Sans JP lacks but Noto Sans has (Latin Extended, Greek, Cyrillic, …). */
const LATIN_ONLY = /[\u0100-\u1fff]/;

/** The face for a whole string when one face suffices (CJK text without Latin-Extended letters → JP). */
export function fontFor(text: string): FontFamily {
  return containsCjk(text) ? JAPANESE_FONT : LATIN_FONT;
}

/** Runs of one face each; ASCII, Latin-1 and punctuation (in both faces) stay with the run they are in. */
export function fontRuns(text: string): FontRun[] {
  if (!containsCjk(text) || !LATIN_ONLY.test(text)) return [{ font: fontFor(text), text }];
  const runs: FontRun[] = [];
  for (const ch of text) {
    const last = runs.at(-1);
    const font: FontFamily = containsCjk(ch) ? JAPANESE_FONT : LATIN_ONLY.test(ch) ? LATIN_FONT : (last?.font ?? JAPANESE_FONT);
    if (last?.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}
