import type { Change, TemplatePlan } from '@/lib/templates';

const show = (v: unknown) => (v === undefined ? '(empty)' : typeof v === 'string' ? v : JSON.stringify(v));

export function ChangeList({ changes, label }: { changes: Change[]; label: string }) {
  if (!changes.length) return null;
  return (
    <section aria-label={label}>
      <h4>{label}</h4>
      <ul className="template-diff">
        {changes.map((c) => (
          <li key={c.path}>
            <code>{c.path}</code>: {show(c.before)} → {show(c.after)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What applying a template will do, shown before anything is written. */
export function PlanView({ plan }: { plan: TemplatePlan }) {
  const entryLabel = (e: { kind: string; organization?: { name?: string }; role?: string }) =>
    `${e.kind}: ${e.organization?.name ?? 'organisation to enter'}${e.role ? `, ${e.role}` : ''}`;
  return (
    <div className="template-plan" data-testid="template-plan">
      <p>
        <strong>{plan.title}</strong> from {plan.institution.name}, version {plan.toVersion}
        {plan.fromVersion && plan.fromVersion !== plan.toVersion ? ` (you have ${plan.fromVersion})` : ''}.
      </p>
      <ChangeList changes={plan.diff} label="What changed in this version" />
      {plan.profileFills.length > 0 && (
        <section aria-label="Profile fields to fill">
          <h4>Profile fields to fill</h4>
          <ul>{plan.profileFills.map((f) => <li key={f.path}><code>{f.path}</code>: {show(f.value)}</li>)}</ul>
        </section>
      )}
      {plan.profilePending.length > 0 && (
        <p>Profile defaults ({plan.profilePending.map((p) => p.path).join(', ')}) are filled once you enter your name in the profile.</p>
      )}
      {plan.profileLeft.length > 0 && (
        <section aria-label="Your values kept">
          <h4>Your values kept</h4>
          <ul>{plan.profileLeft.map((l) => <li key={l.path}><code>{l.path}</code>: {l.reason} ({show(l.current)}); the template suggests {show(l.value)}</li>)}</ul>
        </section>
      )}
      {plan.shellsAdded.length > 0 && (
        <section aria-label="Entries to add">
          <h4>Entries to add</h4>
          <ul>{plan.shellsAdded.map((e) => <li key={e.id}>{entryLabel(e)}</li>)}</ul>
        </section>
      )}
      {plan.shellsPending.length > 0 && (
        <section aria-label="Entries to complete">
          <h4>Entries you will complete</h4>
          <ul>{plan.shellsPending.map((p) => <li key={p.shellId}>{entryLabel(p.entry as never)}: needs {p.problems.map((x) => x.path).join(', ')}</li>)}</ul>
        </section>
      )}
      {plan.shellsUpdated.map((u) => <ChangeList key={u.shellId} changes={u.changes} label={`Entry ${u.shellId} updates`} />)}
      {plan.shellsLeft.length > 0 && (
        <section aria-label="Entries left as you have them">
          <h4>Left as you have them</h4>
          <ul>{plan.shellsLeft.map((l, i) => <li key={`${l.shellId}-${i}`}>{l.shellId}: {l.reason}</li>)}</ul>
        </section>
      )}
      {plan.locked.length > 0 && <p>Read-only in the editor (locked by the institution): {plan.locked.map((p) => <code key={p}>{p} </code>)}</p>}
    </div>
  );
}
