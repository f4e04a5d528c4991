/**
 * FontSource for extension pages: Vite bundles the TTFs as assets of the extension, and the page
 * fetches them from its own chrome-extension:// origin — no network request leaves the machine.
 */
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import japaneseUrl from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import type { FontFace, FontSource } from './fonts';

const URLS: Record<FontFace, string> = { regular: regularUrl, bold: boldUrl, japanese: japaneseUrl };

export const webFontSource: FontSource = {
  async load(face) {
    const response = await fetch(URLS[face]);
    if (!response.ok) throw new Error(`Could not load the bundled font ${face} (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  },
};
