import { lazy, useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteEntries, duplicateEntry, getDb, markReviewed, restoreEntries } from '@/lib/db';
import {
  DEFAULT_SETTINGS, ENTRY_KINDS, IN_KIND_STATUSES, SUPPORT_STATUSES, TALENT_STATUSES, type Entry, type EntryKind,
} from '@/lib/model';
import { entryHash, entryTitle, kindText, type Route } from '@/lib/ui';
import { navigate, useEntries, useHashRoute, useProfile, useT, useToast } from '@/components/ui';
import { optionKey } from './entry-fields';
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
  const t = useT();
  const row = useLiveQuery(async () => ({ entry: route.entryId ? await getDb().entries.get(route.entryId) : undefined }), [route.entryId]);
  if (route.newKind) return <EntryForm key={`new-${route.newKind}`} kind={route.newKind} currency={currency} />;
  if (!row) return <p className="muted">{t('common.loading')}</p>;
  if (!row.entry) {
    return (
      <div className="empty-state">
        <h2>{t('entries.notFound')}</h2>
        <p>{t('entries.notFoundText')} <a href="#entries">{t('entries.backToAll')}</a>.</p>
      </div>
    );
  }
  // Keyed by id: the form reads the entry once and is not reset by live updates while editing.
  return <EntryForm key={row.entry.id} kind={row.entry.kind} entry={row.entry} currency={currency} focus={route.field} />;
}

/** All entries: filters, list, row actions with Undo, and the add/edit forms (`#entry=…`, `#new=…`). */
export function EntriesSection() {
  const t = useT();
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
      const what = deleted[0] ? t('entries.deletedWhat', { kind: kindText(t, deleted[0].kind).singular, organisation: deleted[0].organization.name }) : t('entries.entry');
      toast({ message: t('entries.deleted', { what }), action: { label: t('entries.undo'), onClick: () => restoreEntries(deleted) }, focusAction: true });
    },
    async onDuplicate(id) {
      const copy = await duplicateEntry(id);
      toast({ message: t('entries.duplicated', { organisation: copy.organization.name }), action: { label: t('entries.editCopy'), onClick: () => navigate(entryHash(copy.id)) } });
    },
    async onMarkReviewed(id) {
      await markReviewed([id]);
      toast({ message: t('entries.markedReviewed') });
    },
  }), [toast, t]);

  const markAllShown = useCallback(async () => {
    await markReviewed(shown.map((e) => e.id));
    toast({ message: t('entries.markedAllReviewed', shown.length) });
  }, [shown, toast, t]);

  if (route.entryId || route.newKind) return <EntryEditor route={route} currency={profile?.settings.currency ?? DEFAULT_SETTINGS.currency} />;

  const heading = kind ? kindText(t, kind).plural : t('entries.all');
  const filtersActive = !!status || !!query.trim();

  return (
    <section className="entries" aria-labelledby="entries-heading">
      <div className="section-head">
        <h2 id="entries-heading">{heading}</h2>
        <div className="add-entry">
          <label htmlFor="new-entry-kind">{t('entries.newKind')}</label>
          <select id="new-entry-kind" value={newKind} onChange={(e) => setNewKind(e.target.value as EntryKind)}>
            {ENTRY_KINDS.map((k) => <option key={k} value={k}>{kindText(t, k).label}</option>)}
          </select>
          <button type="button" onClick={() => navigate(`#new=${newKind}`)}>{t('entries.add')}</button>
        </div>
      </div>
      {kind && <p className="muted">{kindText(t, kind).covers}</p>}

      <div className="filters" role="search" aria-label={t('entries.filter')}>
        <div className="field">
          <label htmlFor="filter-kind">{t('entries.kind')}</label>
          <select
            id="filter-kind"
            value={kind ?? ''}
            onChange={(e) => {
              navigate(e.target.value ? `#${e.target.value}` : '#entries');
              if (e.target.value) setNewKind(e.target.value as EntryKind);
            }}
          >
            <option value="">{t('entries.allKinds')}</option>
            {ENTRY_KINDS.map((k) => <option key={k} value={k}>{kindText(t, k).plural}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('entries.status')}</label>
          <select id="filter-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('entries.anyStatus')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(optionKey(s))}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-text">{t('entries.search')}</label>
          <input id="filter-text" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('entries.searchPlaceholder')} />
        </div>
      </div>

      {entries === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : shown.length === 0 ? (
        filtersActive ? (
          <div className="empty-state">
            <p>{t('entries.noMatch')}</p>
            <button type="button" className="secondary" onClick={() => { setStatus(''); setQuery(''); }}>{t('entries.clearFilters')}</button>
          </div>
        ) : kind ? (
          <div className="empty-state">
            <p>{t('entries.noneOfKind', { kinds: kindText(t, kind).many, covers: kindText(t, kind).covers })}</p>
            <button type="button" onClick={() => navigate(`#new=${kind}`)}>{kindText(t, kind).add}</button>
          </div>
        ) : (
          <div className="empty-state">
            <p>{t('entries.none')}</p>
          </div>
        )
      ) : (
        <>
          <div className="list-toolbar">
            <p aria-live="polite">{t('entries.showing', entries.length, { shown: shown.length })}</p>
            <button type="button" className="secondary" onClick={markAllShown}>{t('entries.markAllReviewed')}</button>
          </div>
          <EntryList entries={shown} homeCountry={profile?.person.homeCountry} handlers={handlers} />
        </>
      )}
    </section>
  );
}
