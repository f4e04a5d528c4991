/** The editor page's URL with an optional hash target (`#support` or `#entry=<id>`). */
export function editorHash(target?: { kind?: string; entryId?: string }): string {
  if (target?.entryId) return `#entry=${encodeURIComponent(target.entryId)}`;
  if (target?.kind) return `#${encodeURIComponent(target.kind)}`;
  return '';
}
