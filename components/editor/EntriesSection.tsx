import { lazy, useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteEntries, duplicateEntry, getDb, markReviewed, restoreEntries } from '@/lib/db';
import {
  DEFAULT_SETTINGS, ENTRY_KINDS, IN_KIND_STATUSES, SUPPORT_STATUSES, TALENT_STATUSES, type Entry, type EntryKind,
} from '@/lib/model';
import { KIND_INFO, entryHash, entryTitle, kindLabel, type Route } from '@/lib/ui';
import { navigate, useEntries, useHashRoute, useProfile, useToast } from '@/components/ui';
import { EntryList, type EntryListHandlers } from './EntryList';

// The form (react-hook-form, field specs, template locks) is its own chunk: the list does not need it.
const EntryForm = lazy(() => import('./EntryForm').then((m) => ({ default: m.EntryForm })));

const STATUSES = [...new Set<string>([...SUPPORT_STATUSES, ...IN_KIND_STATUSES, ...TALENT_STATUSES])];

/** Text a free-text filter searches: organisation, role, title, programme, project, award number… */
const searchText = new WeakMap<Entry, string>();
function haystack(e: Entry): string {
  let s = searchText.get(e);
  if (s === undefined) {
    const o = e.organization;
    s = [o.name, o.city, o.region, o.country, e.role, entryTitle(e), 'awardNumber' in e ? e.awardNumber : '', e.description]
      .filter(Boolean).join('\n').toLowerCase();
    searchText.set(e, s);
  }
  return s;
}

/** Newest start first; entries without a start date last. */
function byStartDesc(a: Entry, b: Entry): number {
  const x = a.startDate ?? '';
  const y = b.startDate ?? '';
  return x === y ? 0 : x < y ? 1 : -1;
}

function EntryEditor({ route, currency }: { route: Route; currency: string }) {
  const row = useLiveQuery(async () => ({ entry: route.entryId ? await getDb().entries.get(route.entryId) : undefined }), [route.entryId]);
  if (route.newKind) return <EntryForm key={`new-${route.newKind}`} kind={route.newKind} currency={currency} />;
  if (!row) return <p className="muted">Loading…</p>;
  if (!row.entry) {
    return (
      <div className="empty-state">
        <h2>Entry not found</h2>
        <p>This entry does not exist (it may have been deleted). <a href="#entries">Back to all entries</a>.</p>
      </div>
    );
  }
  // Keyed by id: the form reads the entry once and is not reset by live updates while editing.
  return <EntryForm key={row.entry.id} kind={row.entry.kind} entry={row.entry} currency={currency} focus={route.field} />;
}

/** All entries: filters, list, row actions with Undo, and the add/edit forms (`#entry=…`, `#new=…`). */
export function EntriesSection() {
  const route = useHashRoute();
  const { profile } = useProfile();
  const entries = useEntries();
  const toast = useToast();
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');
  const [newKind, setNewKind] = useState<EntryKind>(route.kind ?? 'appointment');
  const kind = route.kind;

  const shown = useMemo(() => {
    if (!entries) return [];
    const q = query.trim().toLowerCase();
    return entries
      .filter((e) => (!kind || e.kind === kind) && (!status || ('status' in e && e.status === status)) && (!q || haystack(e).includes(q)))
      .sort(byStartDesc);
  }, [entries, kind, status, query]);

  const handlers = useMemo<EntryListHandlers>(() => ({
    async onDelete(id) {
      const deleted = await deleteEntries([id]);
      const what = deleted[0] ? `${kindLabel(deleted[0].kind).toLowerCase()} (${deleted[0].organization.name})` : 'entry';
      toast({ message: `Deleted ${what}.`, action: { label: 'Undo', onClick: () => restoreEntries(deleted) }, focusAction: true });
    },
    async onDuplicate(id) {
      const copy = await duplicateEntry(id);
      toast({ message: `Duplicated ${copy.organization.name}.`, action: { label: 'Edit the copy', onClick: () => navigate(entryHash(copy.id)) } });
    },
    async onMarkReviewed(id) {
      await markReviewed([id]);
      toast({ message: 'Marked as reviewed today.' });
    },
  }), [toast]);

  const markAllShown = useCallback(async () => {
    await markReviewed(shown.map((e) => e.id));
    toast({ message: `Marked ${shown.length} ${shown.length === 1 ? 'entry' : 'entries'} as reviewed today.` });
  }, [shown, toast]);

  if (route.entryId || route.newKind) return <EntryEditor route={route} currency={profile?.settings.currency ?? DEFAULT_SETTINGS.currency} />;

  const heading = kind ? KIND_INFO[kind].plural : 'All entries';
  const filtersActive = !!status || !!query.trim();

  return (
    <section className="entries" aria-labelledby="entries-heading">
      <div className="section-head">
        <h2 id="entries-heading">{heading}</h2>
        <div className="add-entry">
          <label htmlFor="new-entry-kind">Kind of new entry</label>
          <select id="new-entry-kind" value={newKind} onChange={(e) => setNewKind(e.target.value as EntryKind)}>
            {ENTRY_KINDS.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
          </select>
          <button type="button" onClick={() => navigate(`#new=${newKind}`)}>Add entry</button>
        </div>
      </div>
      {kind && <p className="muted">{KIND_INFO[kind].covers}</p>}

      <div className="filters" role="search" aria-label="Filter entries">
        <div className="field">
          <label htmlFor="filter-kind">Kind</label>
          <select
            id="filter-kind"
            value={kind ?? ''}
            onChange={(e) => {
              navigate(e.target.value ? `#${e.target.value}` : '#entries');
              if (e.target.value) setNewKind(e.target.value as EntryKind);
            }}
          >
            <option value="">All kinds</option>
            {ENTRY_KINDS.map((k) => <option key={k} value={k}>{KIND_INFO[k].plural}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any status</option>
            {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-text">Search</label>
          <input id="filter-text" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Organisation, role, title…" />
        </div>
      </div>

      {entries === undefined ? (
        <p className="muted">Loading…</p>
      ) : shown.length === 0 ? (
        filtersActive ? (
          <div className="empty-state">
            <p>No entries match these filters.</p>
            <button type="button" className="secondary" onClick={() => { setStatus(''); setQuery(''); }}>Clear filters</button>
          </div>
        ) : kind ? (
          <div className="empty-state">
            <p>No {KIND_INFO[kind].plural.toLowerCase()} yet. This covers: {KIND_INFO[kind].covers}</p>
            <button type="button" onClick={() => navigate(`#new=${kind}`)}>Add {KIND_INFO[kind].singular}</button>
          </div>
        ) : (
          <div className="empty-state">
            <p>No entries yet. Record every appointment, consulting role, source of support and other tie here — choose a kind above and select “Add entry”.</p>
          </div>
        )
      ) : (
        <>
          <div className="list-toolbar">
            <p aria-live="polite">Showing {shown.length} of {entries.length} {entries.length === 1 ? 'entry' : 'entries'}.</p>
            <button type="button" className="secondary" onClick={markAllShown}>Mark all shown as reviewed</button>
          </div>
          <EntryList entries={shown} homeCountry={profile?.person.homeCountry} handlers={handlers} />
        </>
      )}
    </section>
  );
}
