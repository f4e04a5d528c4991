import { installFillAgent } from '@/lib/fill/content';

/** Injected on demand only (popup "Fill this page", keyboard command, side panel) — never by match. */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main() {
    installFillAgent();
  },
});
