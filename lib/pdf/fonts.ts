/**
 * Fonts embedded in the PDF. jsPDF's standard Helvetica cannot print Ł, ż, ř or Japanese, so the
 * PDF embeds Noto Sans (regular + bold; autotable's bold headers need a real bold face) and, only
 * when the printed text contains CJK, Noto Sans JP. jsPDF subsets each to the glyphs used.
 */
import type { jsPDF } from 'jspdf';

/** Package-relative paths of the TTFs (from @expo-google-fonts). */
export const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  japanese: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
} as const;
export type FontFace = keyof typeof FONT_FILES;

/** Loads a face's TTF bytes: from node_modules in Node, from the extension's own assets in a page. */
export interface FontSource {
  load(face: FontFace): Promise<Uint8Array>;
}

export const LATIN_FONT = 'NotoSans';
export const JAPANESE_FONT = 'NotoSansJP';

/** jsPDF's VFS takes a binary string (a TTF is recognised by its 0x00010000 header). */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** Binary strings are kept per source so repeated exports do not re-convert the 5 MB Japanese face. */
const converted = new WeakMap<FontSource, Map<FontFace, Promise<string>>>();
function loadBinary(source: FontSource, face: FontFace): Promise<string> {
  let cache = converted.get(source);
  if (!cache) converted.set(source, (cache = new Map()));
  let pending = cache.get(face);
  if (!pending) {
    pending = source.load(face).then(binaryString);
    pending.catch(() => cache.delete(face)); // a failed load may be retried
    cache.set(face, pending);
  }
  return pending;
}

/**
 * Registers Noto Sans regular/bold, and Noto Sans JP when `japanese` is true. The Japanese face is
 * registered for both styles: a bold CJK header then prints in the regular weight rather than
 * falling back to a font without the glyphs.
 */
export async function registerFonts(doc: jsPDF, source: FontSource, japanese: boolean): Promise<void> {
  const faces: [FontFace, string, 'normal' | 'bold'][] = [
    ['regular', LATIN_FONT, 'normal'],
    ['bold', LATIN_FONT, 'bold'],
  ];
  if (japanese) faces.push(['japanese', JAPANESE_FONT, 'normal'], ['japanese', JAPANESE_FONT, 'bold']);
  for (const [face, family, style] of faces) {
    const file = FONT_FILES[face].split('/').pop()!;
    if (!doc.existsFileInVFS(file)) doc.addFileToVFS(file, await loadBinary(source, face));
    doc.addFont(file, family, style, undefined, 'Identity-H');
  }
}
