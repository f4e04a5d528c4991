/** A locales/*.yml file, flattened by scripts/vite-locales.ts: message key ("editor_title") → message. */
declare module '*.yml' {
  const messages: Record<string, string>;
  export default messages;
}
