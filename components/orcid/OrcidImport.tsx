import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listEntries, today } from '@/lib/db';
import {
  applyOrcidImport, fetchOrcidRecord, normaliseOrcidId, orcidRecordUrl, parseOrcidRecord, planOrcidImport, readJson,
  sectionFromFileName, ORCID_PUBLIC_API, type OrcidFieldChange, type ParsedOrcid,
} from '@/lib/io';
import type { Entry } from '@/lib/model';
import type { TFunction } from '@/lib/i18n';
import { useT } from '@/components/ui';

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

const show = (v: unknown, t: TFunction) => (v === undefined ? t('templates.empty') : typeof v === 'string' ? v : JSON.stringify(v));

function Changes({ changes }: { changes: OrcidFieldChange[] }) {
  const t = useT();
  return (
    <ul>
      {changes.map((c) => (
        <li key={c.path}>
          <code>{c.path}</code>: {show(c.before, t)} → {show(c.after, t)}
        </li>
      ))}
    </ul>
  );
}

/** "Import from ORCID" in the editor: a record file or the researcher's iD; a diff first, then one write. */
export function OrcidImport({ fetchImpl }: { fetchImpl?: typeof fetch } = {}) {
  const t = useT();
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
    setStatus(t('orcid.read', { from }));
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
    if (!url) return setError(t('orcid.invalidId'));
    // The permission prompt must come straight from the click, before any other await.
    let granted = false;
    try {
      granted = await browser.permissions.request({ origins: [ORCID_ORIGIN] });
    } catch {
      // No permissions API (or refused by policy): treated as not granted.
    }
    if (!granted) return setError(t('orcid.needPermission', { api: ORCID_PUBLIC_API }));
    setBusy(true);
    setStatus(t('orcid.requesting', { url }));
    try {
      const json = await fetchOrcidRecord(orcidInput, { fetchImpl });
      review(json, t('orcid.publicRecordOf', { id: normaliseOrcidId(orcidInput) ?? orcidInput }));
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
        t('orcid.imported', { added: result.added, updated: result.updated }) +
          (result.personFilled.length ? t('orcid.filledFrom', { fields: result.personFilled.join(', ') }) : ''),
      );
    } catch (e) {
      setError(t('orcid.nothingImported', { error: (e as Error).message }));
    }
  };

  const parsed = loaded?.parsed;
  return (
    <section aria-labelledby="orcid-import-heading" className="orcid-import">
      <h2 id="orcid-import-heading">{t('orcid.heading')}</h2>
      <p>{t('orcid.intro')}</p>

      <div>
        <label htmlFor={ids.file}>{t('orcid.file')}</label>{' '}
        <input id={ids.file} type="file" accept=".json,application/json" onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // so choosing the same file again (a re-import) is noticed
          void onFile(file);
        }} />
      </div>

      <form onSubmit={(e) => void onFetch(e)}>
        <label htmlFor={ids.orcid}>{t('orcid.yourId')}</label>{' '}
        <input
          id={ids.orcid}
          value={orcidInput}
          onChange={(e) => setOrcidInput(e.target.value)}
          placeholder="0000-0002-1825-0097"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={ids.url}
        />{' '}
        <button type="submit" disabled={busy}>{t('orcid.fetch')}</button>
        <p id={ids.url}>
          {url ? <>{t('orcid.willRequest')} <code>{url}</code> {t('orcid.willRequestNote')}</> : t('orcid.onlyOnClick')}
        </p>
      </form>

      <p role="status" aria-live="polite">{status}</p>
      {error && <p role="alert" className="error">{error}</p>}

      {parsed && plan && (
        <div className="orcid-review">
          {parsed.person && (
            <p>
              {t('orcid.recordOf', { name: [parsed.person.givenName, parsed.person.familyName].filter(Boolean).join(' ') || t('orcid.noPublicName') })}
              {parsed.person.orcid ? ` (${parsed.person.orcid})` : ''}{t('orcid.recordNote')}
            </p>
          )}
          <h3>{t('orcid.toAdd', { count: plan.added.length })}</h3>
          <ul>{plan.added.map((e) => <li key={e.id}>{entryTitle(e)}</li>)}</ul>
          <h3>{t('orcid.toUpdate', { count: plan.updated.length })}</h3>
          <ul>
            {plan.updated.map((u) => (
              <li key={u.after.id}>{entryTitle(u.after)}<Changes changes={u.changes} /></li>
            ))}
          </ul>
          <h3>{t('orcid.unchanged', { count: plan.unchanged.length })}</h3>
          <ul>{plan.unchanged.map((e) => <li key={e.id}>{entryTitle(e)}</li>)}</ul>
          {plan.needsReview.length > 0 && (
            <>
              <h3>{t('orcid.toCheck', { count: plan.needsReview.length })}</h3>
              <ul>{plan.needsReview.map((r) => <li key={r.id}>{r.item}: {r.reason}</li>)}</ul>
            </>
          )}
          {(parsed.problems.length > 0 || plan.problems.length > 0) && (
            <>
              <h3>{t('orcid.problems', { count: parsed.problems.length + plan.problems.length })}</h3>
              <ul>{[...parsed.problems, ...plan.problems].map((p, i) => <li key={i}>{p.item}: {p.message}</li>)}</ul>
            </>
          )}
          {parsed.skipped.length > 0 && (
            <>
              <h3>{t('orcid.notImported', { count: parsed.skipped.length })}</h3>
              <ul>{parsed.skipped.map((s, i) => <li key={i}>{s.item}: {s.message}</li>)}</ul>
            </>
          )}
          <button type="button" onClick={() => void onApply()} disabled={writeCount === 0}>
            {t('orcid.import', writeCount)}
          </button>{' '}
          <button type="button" onClick={() => { setLoaded(undefined); setStatus(t('orcid.cancelled')); }}>{t('common.cancel')}</button>
        </div>
      )}
    </section>
  );
}
