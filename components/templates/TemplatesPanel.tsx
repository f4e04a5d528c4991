import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Problem, Template } from '@/lib/model';
import {
  applyTemplate, checkTemplateUrl, fetchTemplate, fillPendingProfileDefaults, getPolicyStatus, isRefusal, listAppliedTemplates,
  listSubscriptions, loadTemplateBytes, previewTemplate, recordSubscription, refreshSubscriptions, removeTemplate, unsubscribe,
  type ApplyResult, type Loaded, type TemplatePlan,
} from '@/lib/templates';
import { readFileText } from '@/lib/ui';
import { CompleteShell } from './CompleteShell';
import { ChangeList, PlanView } from './PlanView';

interface Review { plan: TemplatePlan; apply: () => Promise<ApplyResult> }

function Reasons({ reasons, title }: { reasons: Problem[]; title: string }) {
  return (
    <div role="alert" className="template-refused">
      <strong>{title}</strong>
      <ul>{reasons.map((r, i) => <li key={i}><code>{r.path}</code>: {r.message}</li>)}</ul>
    </div>
  );
}

/** Institution templates for the researcher: what is applied, updates to review, import, subscribe. */
export function TemplatesPanel() {
  const applied = useLiveQuery(listAppliedTemplates, [], []);
  const subscriptions = useLiveQuery(listSubscriptions, [], []);
  const policy = useLiveQuery(getPolicyStatus, []);
  const [review, setReview] = useState<Review>();
  const [refused, setRefused] = useState<Problem[]>();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    // At most daily: subscriptions not checked for 24 h are refreshed when the editor opens.
    void refreshSubscriptions();
    void fillPendingProfileDefaults().catch(() => undefined);
  }, []);

  const startReview = async (loaded: Loaded, apply: (t: Template, sha?: string) => Promise<ApplyResult>) => {
    setNotice('');
    if (!loaded.ok) return setRefused(loaded.reasons);
    const plan = await previewTemplate(loaded.template);
    if (isRefusal(plan)) return setRefused(plan.reasons);
    setRefused(undefined);
    setReview({ plan, apply: () => apply(loaded.template, loaded.sha256) });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    await startReview(await loadTemplateBytes(await readFileText(file)), (t, sha256) => applyTemplate(t, { kind: 'file', name: file.name }, { sha256 }));
  };

  const onSubscribe = async () => {
    const checked = checkTemplateUrl(url);
    if (!checked.ok) return setRefused([{ path: 'URL', message: checked.reason }]);
    setBusy(true);
    try {
      // The only host access Candor asks for: this template's origin, at the moment the researcher asks.
      if (checked.url.protocol === 'https:') {
        // A build without optional host access rejects the request; the fetch then relies on the server allowing CORS.
        const granted = await browser.permissions.request({ origins: [`${checked.url.origin}/*`] }).catch(() => undefined);
        if (granted === false) return setRefused([{ path: 'URL', message: `Candor needs your permission to fetch from ${checked.url.origin}` }]);
      }
      await startReview(await fetchTemplate(checked.url.href), async (t, sha256) => {
        const result = await applyTemplate(t, { kind: 'url', url: checked.url.href }, { sha256 });
        if (result.ok) await recordSubscription(checked.url.href, t.id, sha256);
        return result;
      });
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!review) return;
    const result = await review.apply();
    setReview(undefined);
    if (!result.ok) setRefused(result.reasons);
    else setNotice(`Applied ${result.plan.title} (version ${result.plan.toVersion}).`);
  };

  return (
    <section aria-labelledby="templates-heading" className="templates-panel">
      <h2 id="templates-heading">Institution templates</h2>
      <p>A template from your research office fills empty profile fields, adds entries to complete, and adds its rules and portal maps. It never overwrites what you entered.</p>
      {policy && !policy.ok && <Reasons title="Your institution's policy template was refused" reasons={policy.reasons ?? []} />}
      {refused && <Reasons title="Template refused; nothing was changed" reasons={refused} />}
      {notice && <p role="status">{notice}</p>}
      {review && (
        <div role="dialog" aria-label="Review template">
          <PlanView plan={review.plan} />
          <button onClick={confirm}>Apply</button> <button onClick={() => setReview(undefined)}>Cancel</button>
        </div>
      )}

      {applied.length === 0 && <p>No template applied.</p>}
      {applied.map(({ template: t, record, staged }) => (
        <article key={t.id} className="template-card" data-template-id={t.id}>
          <h3>{t.title}</h3>
          <p>
            {t.institution.name}
            {t.institution.rorId && <> (<a href={t.institution.rorId} target="_blank" rel="noreferrer">ROR</a>)</>} · version {t.publishedAt} ·{' '}
            {record?.origin.kind === 'policy'
              ? 'managed by your institution (browser policy)'
              : record?.origin.kind === 'url' ? `subscribed from ${record.origin.url}` : `imported from ${record?.origin.kind === 'file' && record.origin.name ? record.origin.name : 'a file'}`}
          </p>
          {t.contact && (
            <p>Contact: {[t.contact.office, t.contact.email && <a key="e" href={`mailto:${t.contact.email}`}>{t.contact.email}</a>, t.contact.url && <a key="u" href={t.contact.url} target="_blank" rel="noreferrer">{t.contact.url}</a>].filter(Boolean).map((x, i) => <span key={i}>{i ? ' · ' : ''}{x}</span>)}</p>
          )}
          {t.resources.length > 0 && (
            <ul aria-label="Resources">{t.resources.map((r) => <li key={r.url}><a href={r.url} target="_blank" rel="noreferrer">{r.title}</a></li>)}</ul>
          )}
          <p>
            Rule packs: {t.rulePacks.join(', ') || 'none'} · own rules: {t.customRules.length} · portal maps: {t.portals.length} · screening lists: {t.screeningLists.length}
          </p>
          {t.locked.length > 0 && <p>Locked fields: {t.locked.map((p) => <code key={p}>{p} </code>)}</p>}
          {record && Object.entries(record.shells).filter(([, s]) => s.status === 'pending').map(([shellId, shell]) => (
            <CompleteShell key={shellId} templateId={t.id} shellId={shellId} shell={shell} />
          ))}
          {staged && (
            <div className="template-update">
              <strong>Version {staged.template.publishedAt} is available.</strong>
              <ChangeList changes={staged.diff} label="What changed" />
              <button onClick={() => startReview({ ok: true, template: staged.template, sha256: staged.sha256 }, (tpl, sha256) => applyTemplate(tpl, staged.origin, { sha256 }))}>
                Review update
              </button>
            </div>
          )}
          {/* A template the policy still sets cannot be removed here; one the policy no longer sets can. */}
          {!(record?.origin.kind === 'policy' && policy?.templateId === t.id) && (
            <button onClick={() => removeTemplate(t.id)} title="Your entries and profile stay as they are">Remove template</button>
          )}
        </article>
      ))}

      <h3>Add a template</h3>
      <label>
        Import a template file <input type="file" accept=".json,application/json" onChange={(e) => onFile(e.target.files?.[0])} />
      </label>
      <div>
        <label>
          Or subscribe to its address (https://…){' '}
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://research.example.edu/candor.template.json" />
        </label>{' '}
        <button onClick={onSubscribe} disabled={busy || !url}>Fetch and review</button>
        <p><small>Candor fetches this address only when you ask, and re-checks it at most once a day when the editor opens.</small></p>
      </div>
      <p>
        <small>Research office? <a href={browser.runtime.getURL('/template-author.html')} target="_blank" rel="noreferrer">Build a template</a> for your researchers.</small>
      </p>
      {subscriptions.length > 0 && (
        <ul aria-label="Subscriptions">
          {subscriptions.map((s) => (
            <li key={s.url}>
              {s.url} · last checked {s.lastCheckedAt ?? 'never'}
              {s.lastError && <span role="alert"> · last fetch failed ({s.lastError}); the last good version stays applied</span>}{' '}
              <button onClick={() => refreshSubscriptions({ force: true })}>Check now</button> <button onClick={() => unsubscribe(s.url)}>Unsubscribe</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
