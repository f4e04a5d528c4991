import { memo, useEffect, useState } from 'react';
import type { Entry } from '@/lib/model';
import { countryName, dateRange, entryHash, entryTitle, isForeign, kindLabel } from '@/lib/ui';

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
  const title = entryTitle(entry);
  const org = entry.organization;
  const status = 'status' in entry ? entry.status : undefined;
  const label = `${kindLabel(entry.kind)}: ${org.name}${title ? ` — ${title}` : ''}`;
  return (
    <li className="entry-row" aria-label={label} data-entry-id={entry.id}>
      <div className="entry-summary">
        <span className="entry-kind">{kindLabel(entry.kind)}</span>
        <a className="entry-title" href={entryHash(entry.id)}>{title || org.name}</a>
        <span className="entry-org">
          {org.name}
          {org.country && `, ${countryName(org.country)}`}
          {foreign && <span className="badge badge-foreign"> Foreign</span>}
        </span>
        <span className="entry-meta">
          {entry.role && title !== entry.role && <span>{entry.role}</span>}
          {dateRange(entry) && <span>{dateRange(entry)}</span>}
          {status && <span className="badge">{status}</span>}
          <span>{entry.reviewedAt ? `Reviewed ${entry.reviewedAt}` : 'Never reviewed'}</span>
        </span>
      </div>
      <div className="entry-actions">
        <a className="button secondary" href={entryHash(entry.id)}>Edit</a>
        <button type="button" className="secondary" onClick={() => handlers.onDuplicate(entry.id)}>Duplicate</button>
        <button type="button" className="secondary" onClick={() => handlers.onMarkReviewed(entry.id)}>Mark reviewed</button>
        <button type="button" className="danger" onClick={() => handlers.onDelete(entry.id)}>Delete</button>
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
  const [limit, setLimit] = useState(FIRST_CHUNK);
  useEffect(() => {
    if (limit >= entries.length) return;
    return whenIdle(() => setLimit((l) => l + NEXT_CHUNK));
  }, [limit, entries.length]);

  const shown = entries.length > limit ? entries.slice(0, limit) : entries;
  return (
    <ul className="entry-list" aria-label="Entries">
      {shown.map((e) => (
        <EntryRow key={e.id} entry={e} foreign={isForeign(e, homeCountry)} handlers={handlers} />
      ))}
    </ul>
  );
});
