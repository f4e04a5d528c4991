import { useId, useState } from 'react';
import { LAYOUT_TITLES, PDF_LAYOUTS, pdfFileName, renderPdf, type PdfLayout } from '@/lib/pdf';
import { webFontSource } from '@/lib/pdf/web-fonts';
import { BUILTIN_PACKS, evaluate } from '@/lib/rules';
import { useEntries, useProfile } from '@/components/ui';
import { downloadFile } from '@/lib/ui';
import { DraftsPanel } from './DraftsPanel';

const LAYOUT_HINTS: Record<PdfLayout, string> = {
  summary: 'Every entry by kind, foreign ties marked, open gaps with their sources, and a certification block to sign.',
  cps: 'The common form: one block per project or proposal, then in-kind contributions.',
  appointments: 'The biographical-sketch section, most recent first.',
};

/** Today in the researcher's time zone, as YYYY-MM-DD. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type ExportState = { step: 'idle' } | { step: 'busy'; fraction: number } | { step: 'done'; fileName: string } | { step: 'failed'; message: string };

/** Generates the PDF in this page (never the service worker) and downloads it. */
export function ExportPdf() {
  const { profile } = useProfile();
  const entries = useEntries();
  const [layout, setLayout] = useState<PdfLayout>('summary');
  const [date, setDate] = useState(localToday);
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const dateId = useId();
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(date);

  async function exportPdf() {
    if (!profile || !entries) return;
    setState({ step: 'busy', fraction: 0 });
    try {
      const gaps = layout === 'summary' ? evaluate(profile, entries, BUILTIN_PACKS, { today: date }) : undefined;
      const bytes = await renderPdf({
        profile, entries, gaps, layout, date, fonts: webFontSource,
        onProgress: (fraction) => setState({ step: 'busy', fraction }),
      });
      const fileName = pdfFileName(profile, layout, date);
      downloadFile(bytes, fileName, 'application/pdf');
      setState({ step: 'done', fileName });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (!profile) return <p>Add your name in “Person and settings” first: the PDF header needs it.</p>;
  const busy = state.step === 'busy';
  return (
    <section aria-labelledby="export-pdf-heading">
      <h3 id="export-pdf-heading">Export PDF</h3>
      <fieldset disabled={busy}>
        <legend>Layout</legend>
        {PDF_LAYOUTS.map((id) => (
          <label key={id} className="radio-row">
            <input type="radio" name="pdf-layout" value={id} checked={layout === id} onChange={() => setLayout(id)} />
            <span>
              <strong>{LAYOUT_TITLES[id]}</strong> — {LAYOUT_HINTS[id]}
            </span>
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor={dateId}>Date printed on the document</label>{' '}
        <input id={dateId} type="date" value={date} onChange={(e) => setDate(e.target.value)} disabled={busy} required />
      </p>
      <p>
        <button type="button" onClick={exportPdf} disabled={busy || !entries || !validDate}>
          Export PDF
        </button>{' '}
        {validDate && <span className="muted">File: {pdfFileName(profile, layout, date)}</span>}
      </p>
      <div role="status" aria-live="polite">
        {busy && (
          <p>
            <progress max={1} value={state.fraction} aria-label="PDF progress" /> Generating the PDF… {Math.round(state.fraction * 100)}%
          </p>
        )}
        {state.step === 'done' && <p>Saved {state.fileName} to your downloads.</p>}
        {state.step === 'failed' && <p className="error">The PDF could not be generated: {state.message}</p>}
      </div>
    </section>
  );
}

/** The editor section "PDF & drafts". */
export function ExportPanel() {
  return (
    <>
      <h2>PDF and narrative drafts</h2>
      <ExportPdf />
      <DraftsPanel />
    </>
  );
}
