import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listEntries, today } from '@/lib/db';
import {
  applyOrcidImport, fetchOrcidRecord, normaliseOrcidId, orcidRecordUrl, parseOrcidRecord, planOrcidImport, readJson,
  sectionFromFileName, ORCID_PUBLIC_API, type OrcidFieldChange, type ParsedOrcid,
} from '@/lib/io';
import type { Entry } from '@/lib/model';

/** Host permission asked for at the moment the researcher clicks "Fetch public record", never before. */
const ORCID_ORIGIN = `${ORCID_PUBLIC_API}/*`;

interface Loaded {
  parsed: ParsedOrcid;
  from: string;
}

function entryTitle(e: Entry): string {
  const what = e.kind === 'support' ? e.title : [e.role, e.kind === 'appointment' ? `(${e.appointmentType})` : ''].filter(Boolean).join(' ');
  return `${what || e.kind} — ${e.organization.name}`;
}

const show = (v: unknown) => (v === undefined ? '(empty)' : typeof v === 'string' ? v : JSON.stringify(v));

function Changes({ changes }: { changes: OrcidFieldChange[] }) {
  return (
    <ul>
      {changes.map((c) => (
        <li key={c.path}>
          <code>{c.path}</code>: {show(c.before)} → {show(c.after)}
        </li>
      ))}
    </ul>
  );
}

/** "Import from ORCID" in the editor: a record file or the researcher's iD; a diff first, then one write. */
export function OrcidImport({ fetchImpl }: { fetchImpl?: typeof fetch } = {}) {
  const existing = useLiveQuery(listEntries, [], undefined);
  const [orcidInput, setOrcidInput] = useState('');
  const [loaded, setLoaded] = useState<Loaded>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const ids = { file: useId(), orcid: useId(), url: useId() };

  const url = orcidRecordUrl(orcidInput);
  const plan = useMemo(() => (loaded && existing ? planOrcidImport(loaded.parsed, existing) : undefined), [loaded, existing]);
  const writeCount = plan ? plan.added.length + plan.updated.length : 0;

  const review = (json: unknown, from: string, section?: ReturnType<typeof sectionFromFileName>) => {
    setLoaded({ parsed: parseOrcidRecord(json, { today: today(), section }), from });
    setStatus(`Read ${from}. Review the changes below, then import.`);
  };

  const onFile = async (file: File | undefined) => {
    setError('');
    setStatus('');
    setLoaded(undefined);
    if (!file) return;
    const json = readJson(await file.text());
    if (!json.ok) return setError(`${file.name}: ${json.problems.map((p) => p.message).join('; ')}`);
    review(json.data, file.name, sectionFromFileName(file.name));
  };

  const onFetch = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setLoaded(undefined);
    if (!url) return setError('Type a valid ORCID iD, like 0000-0002-1825-0097 (the last character is a check digit).');
    // The permission prompt must come straight from the click, before any other await.
    let granted = false;
    try {
      granted = await browser.permissions.request({ origins: [ORCID_ORIGIN] });
    } catch {
      // No permissions API (or refused by policy): treated as not granted.
    }
    if (!granted) return setError(`Candor needs your permission to contact ${ORCID_PUBLIC_API}; nothing was requested.`);
    setBusy(true);
    setStatus(`Requesting ${url} …`);
    try {
      const json = await fetchOrcidRecord(orcidInput, { fetchImpl });
      review(json, `the public ORCID record of ${normaliseOrcidId(orcidInput)}`);
    } catch (e) {
      setStatus('');
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const onApply = async () => {
    if (!plan) return;
    try {
      const result = await applyOrcidImport(plan);
      setLoaded(undefined);
      setStatus(
        `Imported: ${result.added} added, ${result.updated} updated.` +
          (result.personFilled.length ? ` Filled from ORCID: ${result.personFilled.join(', ')}.` : ''),
      );
    } catch (e) {
      setError(`Nothing was imported: ${(e as Error).message}`);
    }
  };

  const parsed = loaded?.parsed;
  return (
    <section aria-labelledby="orcid-import-heading" className="orcid-import">
      <h2 id="orcid-import-heading">Import from ORCID</h2>
      <p>
        Employments, invited positions, distinctions, memberships and services become appointments; fundings become support.
        You see every change before anything is saved. Entries you typed yourself are never changed.
      </p>

      <div>
        <label htmlFor={ids.file}>ORCID record file (JSON)</label>{' '}
        <input id={ids.file} type="file" accept=".json,application/json" onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // so choosing the same file again (a re-import) is noticed
          void onFile(file);
        }} />
      </div>

      <form onSubmit={(e) => void onFetch(e)}>
        <label htmlFor={ids.orcid}>Your ORCID iD</label>{' '}
        <input
          id={ids.orcid}
          value={orcidInput}
          onChange={(e) => setOrcidInput(e.target.value)}
          placeholder="0000-0002-1825-0097"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={ids.url}
        />{' '}
        <button type="submit" disabled={busy}>Fetch public record</button>
        <p id={ids.url}>
          {url ? <>Candor will request <code>{url}</code> — only when you click, and nothing else.</> : 'Candor contacts ORCID only when you click Fetch.'}
        </p>
      </form>

      <p role="status" aria-live="polite">{status}</p>
      {error && <p role="alert" className="error">{error}</p>}

      {parsed && plan && (
        <div className="orcid-review">
          {parsed.person && (
            <p>
              Record of {[parsed.person.givenName, parsed.person.familyName].filter(Boolean).join(' ') || '(no public name)'}
              {parsed.person.orcid ? ` (${parsed.person.orcid})` : ''}. Empty profile fields are filled from it; filled ones are kept.
            </p>
          )}
          <h3>To add ({plan.added.length})</h3>
          <ul>{plan.added.map((e) => <li key={e.id}>{entryTitle(e)}</li>)}</ul>
          <h3>To update ({plan.updated.length})</h3>
          <ul>
            {plan.updated.map((u) => (
              <li key={u.after.id}>{entryTitle(u.after)}<Changes changes={u.changes} /></li>
            ))}
          </ul>
          <h3>Unchanged ({plan.unchanged.length})</h3>
          <ul>{plan.unchanged.map((e) => <li key={e.id}>{entryTitle(e)}</li>)}</ul>
          {plan.needsReview.length > 0 && (
            <>
              <h3>To check after import ({plan.needsReview.length})</h3>
              <ul>{plan.needsReview.map((r) => <li key={r.id}>{r.item}: {r.reason}</li>)}</ul>
            </>
          )}
          {(parsed.problems.length > 0 || plan.problems.length > 0) && (
            <>
              <h3>Problems ({parsed.problems.length + plan.problems.length})</h3>
              <ul>{[...parsed.problems, ...plan.problems].map((p, i) => <li key={i}>{p.item}: {p.message}</li>)}</ul>
            </>
          )}
          {parsed.skipped.length > 0 && (
            <>
              <h3>Not imported ({parsed.skipped.length})</h3>
              <ul>{parsed.skipped.map((s, i) => <li key={i}>{s.item}: {s.message}</li>)}</ul>
            </>
          )}
          <button type="button" onClick={() => void onApply()} disabled={writeCount === 0}>
            Import {writeCount} {writeCount === 1 ? 'entry' : 'entries'}
          </button>{' '}
          <button type="button" onClick={() => { setLoaded(undefined); setStatus('Import cancelled; nothing was saved.'); }}>Cancel</button>
        </div>
      )}
    </section>
  );
}
