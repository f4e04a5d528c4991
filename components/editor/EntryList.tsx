import { memo, useEffect, useState } from 'react';
import type { Entry } from '@/lib/model';
import { countryName, dateRange, entryHash, entryTitle, formatPartialDate, isForeign, kindText } from '@/lib/ui';
import { useI18n } from '@/components/ui';
import { optionKey } from './entry-fields';

export interface EntryListHandlers {
  onDuplicate(id: string): void;
  onDelete(id: string): void;
  onMarkReviewed(id: string): void;
}

/** Rows rendered at once; the rest follow in idle time so the first render stays fast with thousands of entries. */
const FIRST_CHUNK = 100;
const NEXT_CHUNK = 300;

const whenIdle: (fn: () => void) => () => void =
  typeof requestIdleCallback === 'function'
    ? (fn) => { const h = requestIdleCallback(fn); return () => cancelIdleCallback(h); }
    : (fn) => { const h = setTimeout(fn, 16); return () => clearTimeout(h); };

const EntryRow = memo(function EntryRow({
  entry, foreign, handlers,
}: {
  entry: Entry;
  foreign: boolean;
  handlers: EntryListHandlers;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const title = entryTitle(entry);
  const org = entry.organization;
  const status = 'status' in entry ? entry.status : undefined;
  const kind = kindText(t, entry.kind).label;
  const label = title ? t('entries.rowLabelTitled', { kind, organisation: org.name, title }) : t('entries.rowLabel', { kind, organisation: org.name });
  const dates = dateRange(entry, i18n);
  return (
    <li className="entry-row" aria-label={label} data-entry-id={entry.id}>
      <div className="entry-summary">
        <span className="entry-kind">{kind}</span>
        <a className="entry-title" href={entryHash(entry.id)}>{title || org.name}</a>
        <span className="entry-org">
          {org.name}
          {org.country && `, ${countryName(org.country, locale)}`}
          {foreign && <span className="badge badge-foreign"> {t('entries.foreign')}</span>}
        </span>
        <span className="entry-meta">
          {entry.role && title !== entry.role && <span>{entry.role}</span>}
          {dates && <span>{dates}</span>}
          {status && <span className="badge">{t(optionKey(status))}</span>}
          <span>{entry.reviewedAt ? t('entries.reviewed', { date: formatPartialDate(entry.reviewedAt, locale) }) : t('entries.neverReviewed')}</span>
        </span>
      </div>
      <div className="entry-actions">
        <a className="button secondary" href={entryHash(entry.id)}>{t('entries.edit')}</a>
        <button type="button" className="secondary" onClick={() => handlers.onDuplicate(entry.id)}>{t('entries.duplicate')}</button>
        <button type="button" className="secondary" onClick={() => handlers.onMarkReviewed(entry.id)}>{t('entries.markReviewed')}</button>
        <button type="button" className="danger" onClick={() => handlers.onDelete(entry.id)}>{t('entries.delete')}</button>
      </div>
    </li>
  );
});

/**
 * The entries as a list of light rows. `handlers` should be stable (memoised) so unchanged rows
 * skip re-rendering. Renders the first rows at once and the rest in idle time.
 */
export const EntryList = memo(function EntryList({
  entries, homeCountry, handlers,
}: {
  entries: readonly Entry[];
  homeCountry: string | undefined;
  handlers: EntryListHandlers;
}) {
  const t = useI18n().t;
  const [limit, setLimit] = useState(FIRST_CHUNK);
  useEffect(() => {
    if (limit >= entries.length) return;
    return whenIdle(() => setLimit((l) => l + NEXT_CHUNK));
  }, [limit, entries.length]);

  const shown = entries.length > limit ? entries.slice(0, limit) : entries;
  return (
    <ul className="entry-list" aria-label={t('entries.listLabel')}>
      {shown.map((e) => (
        <EntryRow key={e.id} entry={e} foreign={isForeign(e, homeCountry)} handlers={handlers} />
      ))}
    </ul>
  );
});
