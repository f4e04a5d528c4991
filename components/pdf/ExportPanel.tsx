import { useId, useState } from 'react';
import { PDF_LAYOUTS, pdfFileName, renderPdf, type PdfLayout } from '@/lib/pdf';
import { webFontSource } from '@/lib/pdf/web-fonts';
import { BUILTIN_PACKS, evaluate } from '@/lib/rules';
import { useEntries, useProfile, useT } from '@/components/ui';
import type { PlainKey } from '@/lib/i18n';
import { downloadFile } from '@/lib/ui';
import { DraftsPanel } from './DraftsPanel';
import { evaluateStoredChecklists } from '@/lib/checklists';
import { useChecklistsData } from '@/components/checklists/useChecklists';

// The documents themselves are in English (the funders' forms); their names and descriptions follow the UI language.
const LAYOUT_TEXT: Record<PdfLayout, { title: PlainKey; hint: PlainKey }> = {
  summary: { title: 'pdf.layoutSummary', hint: 'pdf.hintSummary' },
  cps: { title: 'pdf.layoutCps', hint: 'pdf.hintCps' },
  appointments: { title: 'pdf.layoutAppointments', hint: 'pdf.hintAppointments' },
};

/** Today in the researcher's time zone, as YYYY-MM-DD. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type ExportState = { step: 'idle' } | { step: 'busy'; fraction: number } | { step: 'done'; fileName: string } | { step: 'failed'; message: string };

/** Generates the PDF in this page (never the service worker) and downloads it. */
export function ExportPdf() {
  const t = useT();
  const { profile } = useProfile();
  const entries = useEntries();
  const [layout, setLayout] = useState<PdfLayout>('summary');
  const [date, setDate] = useState(localToday);
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const checklistData = useChecklistsData();
  const [withChecklists, setWithChecklists] = useState(true);
  const answeredChecklists = checklistData?.stored.length ?? 0;
  const dateId = useId();
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(date);

  async function exportPdf() {
    if (!profile || !entries) return;
    setState({ step: 'busy', fraction: 0 });
    try {
      const gaps = layout === 'summary' ? evaluate(profile, entries, BUILTIN_PACKS, { today: date }) : undefined;
      const checklists =
        withChecklists && checklistData ? evaluateStoredChecklists(checklistData.checklists, checklistData.record, checklistData.stored) : undefined;
      const bytes = await renderPdf({
        profile, entries, gaps, checklists, layout, date, fonts: webFontSource,
        onProgress: (fraction) => setState({ step: 'busy', fraction }),
      });
      const fileName = pdfFileName(profile, layout, date);
      downloadFile(bytes, fileName, 'application/pdf');
      setState({ step: 'done', fileName });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (!profile) return <p>{t('pdf.needName')}</p>;
  const busy = state.step === 'busy';
  return (
    <section aria-labelledby="export-pdf-heading">
      <h3 id="export-pdf-heading">{t('pdf.export')}</h3>
      <fieldset disabled={busy}>
        <legend>{t('pdf.layout')}</legend>
        {PDF_LAYOUTS.map((id) => (
          <label key={id} className="radio-row">
            <input type="radio" name="pdf-layout" value={id} checked={layout === id} onChange={() => setLayout(id)} />
            <span>
              <strong>{t(LAYOUT_TEXT[id].title)}</strong> — {t(LAYOUT_TEXT[id].hint)}
            </span>
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor={dateId}>{t('pdf.date')}</label>{' '}
        <input id={dateId} type="date" value={date} onChange={(e) => setDate(e.target.value)} disabled={busy} required />
      </p>
      {answeredChecklists > 0 && (
        <p>
          <label>
            <input type="checkbox" checked={withChecklists} onChange={(e) => setWithChecklists(e.target.checked)} disabled={busy} />{' '}
            {t('pdf.checklists', { count: answeredChecklists })}
          </label>
        </p>
      )}
      <p>
        <button type="button" onClick={exportPdf} disabled={busy || !entries || !validDate}>
          {t('pdf.export')}
        </button>{' '}
        {validDate && <span className="muted">{t('pdf.file', { file: pdfFileName(profile, layout, date) })}</span>}
      </p>
      <div role="status" aria-live="polite">
        {busy && (
          <p>
            <progress max={1} value={state.fraction} aria-label={t('pdf.progress')} /> {t('pdf.generating', { percent: Math.round(state.fraction * 100) })}
          </p>
        )}
        {state.step === 'done' && <p>{t('pdf.saved', { file: state.fileName })}</p>}
        {state.step === 'failed' && <p className="error">{t('pdf.failed', { error: state.message })}</p>}
      </div>
    </section>
  );
}

/** The editor section "PDF & drafts". */
export function ExportPanel() {
  const t = useT();
  return (
    <>
      <h2>{t('pdf.heading')}</h2>
      <ExportPdf />
      <DraftsPanel />
    </>
  );
}
