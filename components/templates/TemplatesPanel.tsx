import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Problem, Template } from '@/lib/model';
import {
  applyTemplate, checkTemplateUrl, fetchTemplate, fillPendingProfileDefaults, getPolicyStatus, isRefusal, listAppliedTemplates,
  listSubscriptions, loadTemplateBytes, previewTemplate, recordSubscription, refreshSubscriptions, removeTemplate, unsubscribe,
  type ApplyResult, type Loaded, type TemplatePlan,
} from '@/lib/templates';
import { readFileText } from '@/lib/ui';
import { useT } from '@/components/ui';
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
  const t = useT();
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

  const startReview = async (loaded: Loaded, apply: (template: Template, sha?: string) => Promise<ApplyResult>) => {
    setNotice('');
    if (!loaded.ok) return setRefused(loaded.reasons);
    const plan = await previewTemplate(loaded.template);
    if (isRefusal(plan)) return setRefused(plan.reasons);
    setRefused(undefined);
    setReview({ plan, apply: () => apply(loaded.template, loaded.sha256) });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    await startReview(await loadTemplateBytes(await readFileText(file)), (template, sha256) => applyTemplate(template, { kind: 'file', name: file.name }, { sha256 }));
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
        if (granted === false) return setRefused([{ path: 'URL', message: t('templates.needPermission', { origin: checked.url.origin }) }]);
      }
      await startReview(await fetchTemplate(checked.url.href), async (template, sha256) => {
        const result = await applyTemplate(template, { kind: 'url', url: checked.url.href }, { sha256 });
        if (result.ok) await recordSubscription(checked.url.href, template.id, sha256);
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
    else setNotice(t('templates.applied', { title: result.plan.title, version: result.plan.toVersion }));
  };

  return (
    <section aria-labelledby="templates-heading" className="templates-panel">
      <h2 id="templates-heading">{t('templates.heading')}</h2>
      <p>{t('templates.intro')}</p>
      {policy && !policy.ok && <Reasons title={t('templates.policyRefused')} reasons={policy.reasons ?? []} />}
      {refused && <Reasons title={t('templates.refused')} reasons={refused} />}
      {notice && <p role="status">{notice}</p>}
      {review && (
        <div role="dialog" aria-label={t('templates.review')}>
          <PlanView plan={review.plan} />
          <button onClick={confirm}>{t('templates.apply')}</button> <button onClick={() => setReview(undefined)}>{t('common.cancel')}</button>
        </div>
      )}

      {applied.length === 0 && <p>{t('templates.noneApplied')}</p>}
      {applied.map(({ template: tpl, record, staged }) => (
        <article key={tpl.id} className="template-card" data-template-id={tpl.id}>
          <h3>{tpl.title}</h3>
          <p>
            {tpl.institution.name}
            {tpl.institution.rorId && <> (<a href={tpl.institution.rorId} target="_blank" rel="noreferrer">ROR</a>)</>} · {t('templates.version', { version: tpl.publishedAt })} ·{' '}
            {record?.origin.kind === 'policy'
              ? t('templates.managed')
              : record?.origin.kind === 'url'
                ? t('templates.subscribedFrom', { url: record.origin.url })
                : t('templates.importedFrom', { name: record?.origin.kind === 'file' && record.origin.name ? record.origin.name : t('templates.aFile') })}
          </p>
          {tpl.contact && (
            <p>{t('templates.contact')} {[tpl.contact.office, tpl.contact.email && <a key="e" href={`mailto:${tpl.contact.email}`}>{tpl.contact.email}</a>, tpl.contact.url && <a key="u" href={tpl.contact.url} target="_blank" rel="noreferrer">{tpl.contact.url}</a>].filter(Boolean).map((x, i) => <span key={i}>{i ? ' · ' : ''}{x}</span>)}</p>
          )}
          {tpl.resources.length > 0 && (
            <ul aria-label={t('templates.resources')}>{tpl.resources.map((r) => <li key={r.url}><a href={r.url} target="_blank" rel="noreferrer">{r.title}</a></li>)}</ul>
          )}
          <p>
            {t('templates.summary', { packs: tpl.rulePacks.join(', ') || t('templates.noPacks'), rules: tpl.customRules.length, portals: tpl.portals.length, lists: tpl.screeningLists.length })}
          </p>
          {tpl.locked.length > 0 && <p>{t('templates.locked')} {tpl.locked.map((p) => <code key={p}>{p} </code>)}</p>}
          {record && Object.entries(record.shells).filter(([, s]) => s.status === 'pending').map(([shellId, shell]) => (
            <CompleteShell key={shellId} templateId={tpl.id} shellId={shellId} shell={shell} />
          ))}
          {staged && (
            <div className="template-update">
              <strong>{t('templates.updateAvailable', { version: staged.template.publishedAt })}</strong>
              <ChangeList changes={staged.diff} label={t('templates.whatChanged')} />
              <button onClick={() => startReview({ ok: true, template: staged.template, sha256: staged.sha256 }, (tpl, sha256) => applyTemplate(tpl, staged.origin, { sha256 }))}>
                {t('templates.reviewUpdate')}
              </button>
            </div>
          )}
          {/* A template the policy still sets cannot be removed here; one the policy no longer sets can. */}
          {!(record?.origin.kind === 'policy' && policy?.templateId === tpl.id) && (
            <button onClick={() => removeTemplate(tpl.id)} title={t('templates.removeTitle')}>{t('templates.remove')}</button>
          )}
        </article>
      ))}

      <h3>{t('templates.add')}</h3>
      <label>
        {t('templates.importFile')} <input type="file" accept=".json,application/json" onChange={(e) => onFile(e.target.files?.[0])} />
      </label>
      <div>
        <label>
          {t('templates.subscribe')}{' '}
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://research.example.edu/candor.template.json" />
        </label>{' '}
        <button onClick={onSubscribe} disabled={busy || !url}>{t('templates.fetch')}</button>
        <p><small>{t('templates.fetchNote')}</small></p>
      </div>
      <p>
        <small>{t('templates.researchOffice')} <a href={browser.runtime.getURL('/template-author.html')} target="_blank" rel="noreferrer">{t('templates.build')}</a> {t('templates.forResearchers')}</small>
      </p>
      {subscriptions.length > 0 && (
        <ul aria-label={t('templates.subscriptions')}>
          {subscriptions.map((s) => (
            <li key={s.url}>
              {t('templates.lastChecked', { url: s.url, date: s.lastCheckedAt ?? t('templates.never') })}
              {s.lastError && <span role="alert">{t('templates.lastFailed', { error: s.lastError })}</span>}{' '}
              <button onClick={() => refreshSubscriptions({ force: true })}>{t('templates.checkNow')}</button> <button onClick={() => unsubscribe(s.url)}>{t('templates.unsubscribe')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
