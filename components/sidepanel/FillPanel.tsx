import { useCallback, useEffect, useMemo, useState } from 'react';
import { onMessage } from '@/lib/messaging';
import { MissingProfileError, prepareFill, proposedSlots, runFill, undoFill, type FillReport, type PreparedFill } from '@/lib/fill/session';
import { targetTabId } from '@/lib/fill/target';
import type { Proposal } from '@/lib/fill/plan';
import { useT } from '@/components/ui';
import type { TFunction } from '@/lib/i18n';
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
  const t = useT();
  const [state, setState] = useState<State>({ step: 'scanning' });
  const [approved, setApproved] = useState<Set<string>>(new Set());
  const [tabId, setTabId] = useState<number>();

  const scan = useCallback(async (id?: number) => {
    setState({ step: 'scanning' });
    try {
      const tab = id ?? (await targetTabId(location.search));
      if (tab === undefined) throw new Error(t('sidepanel.noTab'));
      setTabId(tab);
      const prepared = await prepareFill(tab);
      setApproved(proposedSlots(prepared.plan));
      setState({ step: 'review', prepared });
    } catch (error) {
      setState({ step: 'error', message: errorText(error, t) });
    }
  }, [t]);

  useEffect(() => {
    document.title = t('sidepanel.pageTitle');
  }, [t]);

  useEffect(() => {
    void scan();
    return onMessage('fillRequested', ({ data }) => void scan(data.tabId));
  }, [scan]);

  // Every state keeps the panel's heading, so screen-reader users always land on "Fill this page".
  if (state.step === 'scanning') return <main aria-busy="true"><h1>{t('sidepanel.heading')}</h1><p>{t('sidepanel.reading')}</p></main>;
  if (state.step === 'error')
    return (
      <main>
        <h1>{t('sidepanel.heading')}</h1>
        <p role="alert" data-testid="fill-error">{state.message}</p>
        <button type="button" onClick={() => void scan(tabId)}>{t('sidepanel.tryAgain')}</button>
      </main>
    );

  const { prepared } = state;
  const fill = async () => {
    setState({ step: 'filling', prepared });
    try {
      const report = await runFill(prepared, approved);
      setState({ step: 'done', prepared, report });
    } catch (error) {
      setState({ step: 'error', message: errorText(error, t) });
    }
  };
  const undo = async () => {
    if (state.step !== 'done') return;
    const undone = await undoFill(prepared.tabId);
    setState({ ...state, undone });
  };

  return (
    <main>
      <h1>{t('sidepanel.heading')}</h1>
      <p data-testid="fill-portal">{prepared.portalTitle ? t('sidepanel.portalMap', { title: prepared.portalTitle }) : t('sidepanel.noPortalMap')}</p>
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
  const t = useT();
  const { proposals, approved, setApproved } = props;
  const proposed = proposals.filter((p) => p.status === 'proposed');
  const skipped = proposals.filter((p) => p.status === 'skipped' && p.reason !== 'no-row');
  const sections = useMemo(() => groupBy(proposed, (p) => p.section || t('sidepanel.otherFields')), [proposed, t]);
  const toggle = (slot: string) => {
    const next = new Set(approved);
    if (next.has(slot)) next.delete(slot);
    else next.add(slot);
    setApproved(next);
  };
  const count = proposed.filter((p) => approved.has(p.slot)).length;
  return (
    <>
      {proposed.length === 0 && <p>{t('sidepanel.nothing')}</p>}
      {Array.from(sections, ([section, items]) => (
        <section key={section}>
          <h2>{section}</h2>
          <ul className="proposals">
            {items.map((p) => (
              <li key={p.slot}>
                <label>
                  <input type="checkbox" checked={approved.has(p.slot)} onChange={() => toggle(p.slot)} />
                  <strong>{p.label || p.key}</strong>
                  {p.row !== undefined && <span>{t(p.fieldId < 0 ? 'sidepanel.rowToAdd' : 'sidepanel.row', { row: p.row + 1 })}</span>}
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
        {t('sidepanel.fill', count)}
      </button>
      {skipped.length > 0 && (
        <details>
          <summary>{t('sidepanel.notFilledCount', { count: skipped.length })}</summary>
          <ul>
            {skipped.map((p) => (
              <li key={p.slot}>
                {p.label || p.selector} — {p.reason && REASON_TEXT[p.reason] ? t(REASON_TEXT[p.reason]) : p.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function ReportView({ report, undone, onUndo, onRescan }: { report: FillReport; undone?: number; onUndo(): void; onRescan(): void }) {
  const t = useT();
  const filled = report.fields.filter((f) => f.status === 'filled');
  const reasons = groupBy(report.fields.filter((f) => f.status === 'skipped' && f.reason !== 'no-row'), (f) => f.reason ?? 'other');
  return (
    <section aria-live="polite">
      <p data-testid="fill-summary">
        {t('sidepanel.filled', filled.length)}
        {report.addedRows ? t('sidepanel.addedRows', report.addedRows) : ''}{t('sidepanel.notSubmitted')}
      </p>
      <ul>
        {Array.from(reasons, ([reason, items]) => (
          <li key={reason}>
            {t('sidepanel.notFilledReason', { count: items.length, reason: reason in REASON_TEXT ? t(REASON_TEXT[reason as keyof typeof REASON_TEXT]) : reason })}
          </li>
        ))}
      </ul>
      {report.revealed > 0 && undone === undefined && (
        <p>
          {t('sidepanel.revealed', report.revealed)}{' '}
          <button type="button" data-testid="fill-revealed" onClick={onRescan}>{t('sidepanel.reviewRevealed')}</button>
        </p>
      )}
      {undone === undefined ? (
        <button type="button" data-testid="fill-undo" onClick={onUndo}>{t('sidepanel.undo')}</button>
      ) : (
        <p data-testid="fill-undone">{t('sidepanel.restored', undone)}</p>
      )}
      <button type="button" onClick={onRescan}>{t('sidepanel.scanAgain')}</button>
      <output data-testid="fill-report" hidden>{JSON.stringify(report)}</output>
    </section>
  );
}

/**
 * "Always allow on this portal": an optional host permission for this origin, so "Scan again"
 * keeps working after the portal navigates (activeTab lasts only until then). Asked, never assumed.
 */
function AlwaysAllow({ url }: { url: string }) {
  const t = useT();
  const origin = /^https?:/.test(url) ? new URL(url).origin : null;
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    if (origin) void browser.permissions.contains({ origins: [`${origin}/*`] }).then(setGranted);
  }, [origin]);
  if (!origin || granted === undefined) return null;
  if (granted) return <p className="muted">{t('sidepanel.allowed', { origin })}</p>;
  return (
    <button type="button" onClick={() => void browser.permissions.request({ origins: [`${origin}/*`] }).then(setGranted)}>
      {t('sidepanel.alwaysAllow', { host: new URL(origin).host })}
    </button>
  );
}

/** An error for the panel: the missing-profile message from lib/fill in the UI language, others as they are. */
function errorText(error: unknown, t: TFunction): string {
  if (error instanceof MissingProfileError) return t('sidepanel.noProfile');
  return error instanceof Error ? error.message : String(error);
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
