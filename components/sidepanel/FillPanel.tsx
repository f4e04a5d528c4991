import { useCallback, useEffect, useMemo, useState } from 'react';
import { onMessage } from '@/lib/messaging';
import { prepareFill, proposedSlots, runFill, undoFill, type FillReport, type PreparedFill } from '@/lib/fill/session';
import { targetTabId } from '@/lib/fill/target';
import type { Proposal } from '@/lib/fill/plan';
import { REASON_TEXT } from './reasons';
import { PackErrorsWarning } from './PackErrorsWarning';

type State =
  | { step: 'scanning' }
  | { step: 'review'; prepared: PreparedFill }
  | { step: 'filling'; prepared: PreparedFill }
  | { step: 'done'; prepared: PreparedFill; report: FillReport; undone?: number }
  | { step: 'error'; message: string };

/** The review list: what Candor proposes to write where, approved field by field. */
export function FillPanel() {
  const [state, setState] = useState<State>({ step: 'scanning' });
  const [approved, setApproved] = useState<Set<string>>(new Set());
  const [tabId, setTabId] = useState<number>();

  const scan = useCallback(async (id?: number) => {
    setState({ step: 'scanning' });
    try {
      const tab = id ?? (await targetTabId(location.search));
      if (tab === undefined) throw new Error('No tab to fill.');
      setTabId(tab);
      const prepared = await prepareFill(tab);
      setApproved(proposedSlots(prepared.plan));
      setState({ step: 'review', prepared });
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void scan();
    return onMessage('fillRequested', ({ data }) => void scan(data.tabId));
  }, [scan]);

  // Every state keeps the panel's heading, so screen-reader users always land on "Fill this page".
  if (state.step === 'scanning') return <main aria-busy="true"><h1>Fill this page</h1><p>Reading the form…</p></main>;
  if (state.step === 'error')
    return (
      <main>
        <h1>Fill this page</h1>
        <p role="alert" data-testid="fill-error">{state.message}</p>
        <button type="button" onClick={() => void scan(tabId)}>Try again</button>
      </main>
    );

  const { prepared } = state;
  const fill = async () => {
    setState({ step: 'filling', prepared });
    try {
      const report = await runFill(prepared, approved);
      setState({ step: 'done', prepared, report });
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const undo = async () => {
    if (state.step !== 'done') return;
    const undone = await undoFill(prepared.tabId);
    setState({ ...state, undone });
  };

  return (
    <main>
      <h1>Fill this page</h1>
      <p data-testid="fill-portal">{prepared.portalTitle ? `Portal map: ${prepared.portalTitle}` : 'No portal map for this site — using label recognition.'}</p>
      <AlwaysAllow url={prepared.plan.url} />
      {state.step === 'done' ? (
        <ReportView report={state.report} undone={state.undone} onUndo={undo} onRescan={() => void scan(prepared.tabId)} />
      ) : (
        <Review proposals={prepared.plan.proposals} approved={approved} setApproved={setApproved} busy={state.step === 'filling'} onFill={fill} rulePack={prepared.rulePack} />
      )}
    </main>
  );
}

function Review(props: { proposals: Proposal[]; approved: Set<string>; setApproved(s: Set<string>): void; busy: boolean; onFill(): void; rulePack: string | null }) {
  const { proposals, approved, setApproved } = props;
  const proposed = proposals.filter((p) => p.status === 'proposed');
  const skipped = proposals.filter((p) => p.status === 'skipped' && p.reason !== 'no-row');
  const sections = useMemo(() => groupBy(proposed, (p) => p.section || 'Other fields'), [proposed]);
  const toggle = (slot: string) => {
    const next = new Set(approved);
    if (next.has(slot)) next.delete(slot);
    else next.add(slot);
    setApproved(next);
  };
  const count = proposed.filter((p) => approved.has(p.slot)).length;
  return (
    <>
      {proposed.length === 0 && <p>Candor found nothing it can fill on this page from your record.</p>}
      {Array.from(sections, ([section, items]) => (
        <section key={section}>
          <h2>{section}</h2>
          <ul className="proposals">
            {items.map((p) => (
              <li key={p.slot}>
                <label>
                  <input type="checkbox" checked={approved.has(p.slot)} onChange={() => toggle(p.slot)} />
                  <strong>{p.label || p.key}</strong>
                  {p.row !== undefined && <span> (row {p.row + 1}{p.fieldId < 0 ? ', to be added' : ''})</span>}
                  {': '}
                  <span data-testid="proposal-value">{p.value}</span>
                </label>
                <small>
                  {' '}
                  {Math.round(p.confidence * 100)}% · {p.source?.text ?? ''}
                </small>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <PackErrorsWarning packId={props.rulePack} />
      <button type="button" data-testid="fill-apply" disabled={props.busy} onClick={props.onFill}>
        Fill {count} field{count === 1 ? '' : 's'}
      </button>
      {skipped.length > 0 && (
        <details>
          <summary>{skipped.length} not filled</summary>
          <ul>
            {skipped.map((p) => (
              <li key={p.slot}>
                {p.label || p.selector} — {REASON_TEXT[p.reason!] ?? p.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function ReportView({ report, undone, onUndo, onRescan }: { report: FillReport; undone?: number; onUndo(): void; onRescan(): void }) {
  const filled = report.fields.filter((f) => f.status === 'filled');
  const reasons = groupBy(report.fields.filter((f) => f.status === 'skipped' && f.reason !== 'no-row'), (f) => f.reason ?? 'other');
  return (
    <section aria-live="polite">
      <p data-testid="fill-summary">
        Filled {filled.length} field{filled.length === 1 ? '' : 's'}
        {report.addedRows ? `, added ${report.addedRows} row${report.addedRows === 1 ? '' : 's'}` : ''}. Nothing was submitted — review the page and submit it yourself.
      </p>
      <ul>
        {Array.from(reasons, ([reason, items]) => (
          <li key={reason}>
            {items.length} not filled: {REASON_TEXT[reason as keyof typeof REASON_TEXT] ?? reason}
          </li>
        ))}
      </ul>
      {undone === undefined ? (
        <button type="button" data-testid="fill-undo" onClick={onUndo}>Undo</button>
      ) : (
        <p data-testid="fill-undone">Restored {undone} field{undone === 1 ? '' : 's'}.</p>
      )}
      <button type="button" onClick={onRescan}>Scan again</button>
      <output data-testid="fill-report" hidden>{JSON.stringify(report)}</output>
    </section>
  );
}

/**
 * "Always allow on this portal": an optional host permission for this origin, so "Scan again"
 * keeps working after the portal navigates (activeTab lasts only until then). Asked, never assumed.
 */
function AlwaysAllow({ url }: { url: string }) {
  const origin = /^https?:/.test(url) ? new URL(url).origin : null;
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    if (origin) void browser.permissions.contains({ origins: [`${origin}/*`] }).then(setGranted);
  }, [origin]);
  if (!origin || granted === undefined) return null;
  if (granted) return <p className="muted">Candor may read forms on {origin} whenever you ask it to.</p>;
  return (
    <button type="button" onClick={() => void browser.permissions.request({ origins: [`${origin}/*`] }).then(setGranted)}>
      Always allow on {new URL(origin).host}
    </button>
  );
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
