import type { Change, TemplatePlan } from '@/lib/templates';
import type { TFunction } from '@/lib/i18n';
import { useT } from '@/components/ui';

const show = (v: unknown, t: TFunction) => (v === undefined ? t('templates.empty') : typeof v === 'string' ? v : JSON.stringify(v));

export function ChangeList({ changes, label }: { changes: Change[]; label: string }) {
  const t = useT();
  if (!changes.length) return null;
  return (
    <section aria-label={label}>
      <h4>{label}</h4>
      <ul className="template-diff">
        {changes.map((c) => (
          <li key={c.path}>
            <code>{c.path}</code>: {show(c.before, t)} → {show(c.after, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What applying a template will do, shown before anything is written. */
export function PlanView({ plan }: { plan: TemplatePlan }) {
  const t = useT();
  const entryLabel = (e: { kind: string; organization?: { name?: string }; role?: string }) =>
    `${e.kind}: ${e.organization?.name ?? t('templates.orgToEnter')}${e.role ? `, ${e.role}` : ''}`;
  return (
    <div className="template-plan" data-testid="template-plan">
      <p>
        <strong>{plan.title}</strong>{t('templates.planFrom', { institution: plan.institution.name, version: plan.toVersion })}
        {plan.fromVersion && plan.fromVersion !== plan.toVersion ? t('templates.youHave', { version: plan.fromVersion }) : ''}.
      </p>
      <ChangeList changes={plan.diff} label={t('templates.changedInVersion')} />
      {plan.profileFills.length > 0 && (
        <section aria-label={t('templates.profileFills')}>
          <h4>{t('templates.profileFills')}</h4>
          <ul>{plan.profileFills.map((f) => <li key={f.path}><code>{f.path}</code>: {show(f.value, t)}</li>)}</ul>
        </section>
      )}
      {plan.profilePending.length > 0 && (
        <p>{t('templates.profilePending', { paths: plan.profilePending.map((p) => p.path).join(', ') })}</p>
      )}
      {plan.profileLeft.length > 0 && (
        <section aria-label={t('templates.valuesKept')}>
          <h4>{t('templates.valuesKept')}</h4>
          <ul>{plan.profileLeft.map((l) => <li key={l.path}><code>{l.path}</code>: {t('templates.keptLine', { reason: l.reason, current: show(l.current, t), value: show(l.value, t) })}</li>)}</ul>
        </section>
      )}
      {plan.shellsAdded.length > 0 && (
        <section aria-label={t('templates.entriesToAdd')}>
          <h4>{t('templates.entriesToAdd')}</h4>
          <ul>{plan.shellsAdded.map((e) => <li key={e.id}>{entryLabel(e)}</li>)}</ul>
        </section>
      )}
      {plan.shellsPending.length > 0 && (
        <section aria-label={t('templates.entriesToComplete')}>
          <h4>{t('templates.entriesYouComplete')}</h4>
          <ul>{plan.shellsPending.map((p) => <li key={p.shellId}>{t('templates.needs', { entry: entryLabel(p.entry as never), paths: p.problems.map((x) => x.path).join(', ') })}</li>)}</ul>
        </section>
      )}
      {plan.shellsUpdated.map((u) => <ChangeList key={u.shellId} changes={u.changes} label={t('templates.entryUpdates', { id: u.shellId })} />)}
      {plan.shellsLeft.length > 0 && (
        <section aria-label={t('templates.entriesLeft')}>
          <h4>{t('templates.leftHeading')}</h4>
          <ul>{plan.shellsLeft.map((l, i) => <li key={`${l.shellId}-${i}`}>{l.shellId}: {l.reason}</li>)}</ul>
        </section>
      )}
      {plan.locked.length > 0 && <p>{t('templates.readOnly')} {plan.locked.map((p) => <code key={p}>{p} </code>)}</p>}
    </div>
  );
}
