/**
 * The editor's hash routes: `#<section>` (profile, entries, backup, …), `#<kind>` (entries of one kind),
 * `#entry=<id>[&field=<path>]` (edit an entry, focusing a field), `#new=<kind>` (add an entry),
 * `#<section>&field=<path>` (a section opened at one of its fields, e.g. `#profile&field=person.orcid`).
 */
import { ENTRY_KINDS, type EntryKind } from '@/lib/model';

export interface Route {
  /** Section id; '' when the hash is empty. Kind, entry and new routes belong to 'entries'. */
  section: string;
  kind?: EntryKind;
  entryId?: string;
  field?: string;
  newKind?: EntryKind;
}

function asKind(value: string | null | undefined): EntryKind | undefined {
  return (ENTRY_KINDS as readonly string[]).includes(value ?? '') ? (value as EntryKind) : undefined;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  if (h.includes('=')) {
    const params = new URLSearchParams(h);
    const field = params.get('field') ?? undefined;
    const entryId = params.get('entry');
    if (entryId) return { section: 'entries', entryId, field };
    const newKind = asKind(params.get('new'));
    if (newKind) return { section: 'entries', newKind };
    const [first] = [...params.keys()];
    if (first && params.get(first) === '' && first !== 'field') return { section: first, field };
    return { section: 'entries' };
  }
  const section = decodeURIComponent(h);
  const kind = asKind(section);
  return kind ? { section: 'entries', kind } : { section };
}

export function entryHash(id: string, field?: string): string {
  return `#entry=${encodeURIComponent(id)}${field ? `&field=${encodeURIComponent(field)}` : ''}`;
}
