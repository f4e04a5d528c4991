import { useId, useRef, useState } from 'react';
import { getDb } from '@/lib/db';
import {
  applyImport, backupFileName, csvFileName, entriesToCsv, exportBackup, parseBackup, previewImport, serializeBackup,
  type ImportMode, type ImportPreview,
} from '@/lib/io';
import { ENTRY_KINDS, type Backup, type Entry, type EntryKind, type Problem } from '@/lib/model';
import type { PlainKey, TFunction } from '@/lib/i18n';
import { downloadFile, entryTitle, kindText, readFileText } from '@/lib/ui';
import { useT } from '@/components/ui';
import { DemoDataButton } from './DemoDataButton';

type ImportState =
  | { step: 'idle' }
  | { step: 'refused'; fileName: string; problems: Problem[] }
  | { step: 'preview'; fileName: string; backup: Backup; merge: ImportPreview; replace: ImportPreview };

function describe(t: TFunction, e: Entry): string {
  const kind = kindText(t, e.kind).label;
  const title = entryTitle(e);
  return title ? t('entries.rowLabelTitled', { kind, organisation: e.organization.name, title }) : t('entries.rowLabel', { kind, organisation: e.organization.name });
}

function NameList({ label, entries }: { label: string; entries: Entry[] }) {
  const t = useT();
  return (
    <li>
      <strong>{entries.length}</strong> {label}
      {entries.length > 0 && (
        <details>
          <summary>{t('backup.showWhich', { count: entries.length })}</summary>
          <ul className="name-list">{entries.slice(0, 500).map((e) => <li key={e.id}>{describe(t, e)}</li>)}</ul>
          {entries.length > 500 && <p className="muted">{t('backup.more', { count: entries.length - 500 })}</p>}
        </details>
      )}
    </li>
  );
}

const PROFILE_EFFECT: Record<ImportPreview['profile'], PlainKey> = {
  added: 'backup.profileAdded',
  replaced: 'backup.profileReplaced',
  kept: 'backup.profileKept',
  filled: 'backup.profileFilled',
};

function PreviewColumn({ mode, preview, onApply, busy }: { mode: ImportMode; preview: ImportPreview; onApply: () => void; busy: boolean }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="preview-column" aria-labelledby={headingId}>
      <h4 id={headingId}>{mode === 'merge' ? t('backup.ifMerge') : t('backup.ifReplace')}</h4>
      <p>
        {mode === 'merge' ? t('backup.mergeText') : t('backup.replaceText')}
      </p>
      <ul className="preview-counts">
        <NameList label={t('backup.added')} entries={preview.added} />
        <NameList label={t('backup.replaced')} entries={preview.replaced.map((r) => r.after)} />
        <NameList label={t('backup.kept')} entries={preview.kept} />
        <NameList label={t('backup.removed')} entries={preview.removed} />
      </ul>
      <p>{t(PROFILE_EFFECT[preview.profile])}</p>
      {(preview.templates.added > 0 || preview.templates.replaced > 0) && (
        <p>{t('backup.templates', { added: preview.templates.added, replaced: preview.templates.replaced })}</p>
      )}
      <button type="button" className={mode === 'replace' ? 'danger' : undefined} onClick={onApply} disabled={busy}>
        {mode === 'merge' ? t('backup.merge') : t('backup.replace')}
      </button>
    </section>
  );
}

/** Export (backup JSON, CSV per kind), import with validation and preview, and the demo profile. */
export function BackupSection() {
  const t = useT();
  const [csvKind, setCsvKind] = useState<EntryKind>('support');
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportJson = async () => {
    try {
      const now = new Date();
      downloadFile(serializeBackup(await exportBackup(now)), backupFileName(now), 'application/json');
      setStatus(t('backup.exported', { file: backupFileName(now) }));
    } catch (error) {
      setStatus(t('backup.notExported', { error: (error as Error).message }));
    }
  };

  const exportCsv = async () => {
    const entries = await getDb().entries.where('kind').equals(csvKind).toArray();
    downloadFile(entriesToCsv(csvKind, entries), csvFileName(csvKind), 'text/csv');
    setStatus(t('backup.exportedCsv', { count: entries.length, kinds: kindText(t, csvKind).many, file: csvFileName(csvKind) }));
  };

  const chooseFile = async (file: File | undefined) => {
    setStatus(undefined);
    if (!file) return;
    const parsed = parseBackup(await readFileText(file));
    if (!parsed.ok) {
      setState({ step: 'refused', fileName: file.name, problems: parsed.problems });
      return;
    }
    const [merge, replace] = await Promise.all([previewImport(parsed.backup, 'merge'), previewImport(parsed.backup, 'replace')]);
    setState({ step: 'preview', fileName: file.name, backup: parsed.backup, merge, replace });
  };

  const reset = () => {
    setState({ step: 'idle' });
    if (fileInput.current) fileInput.current.value = '';
  };

  const apply = async (mode: ImportMode) => {
    if (state.step !== 'preview') return;
    setBusy(true);
    try {
      const done = await applyImport(state.backup, mode);
      reset();
      setStatus(
        t('backup.imported', {
          file: state.fileName, mode: mode === 'merge' ? t('backup.modeMerge') : t('backup.modeReplace'),
          added: done.added.length, replaced: done.replaced.length, removed: done.removed.length,
        }),
      );
    } catch (error) {
      setStatus(t('backup.notImported', { error: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p className="muted">{t('backup.intro')}</p>

      <div className="panel">
        <h3>{t('backup.export')}</h3>
        <div className="button-row">
          <button type="button" onClick={exportJson}>{t('backup.exportBackup')}</button>
        </div>
        <div className="button-row">
          <label htmlFor="csv-kind">{t('backup.csvKind')}</label>
          <select id="csv-kind" value={csvKind} onChange={(e) => setCsvKind(e.target.value as EntryKind)}>
            {ENTRY_KINDS.map((k) => <option key={k} value={k}>{kindText(t, k).plural}</option>)}
          </select>
          <button type="button" className="secondary" onClick={exportCsv}>{t('backup.exportCsv')}</button>
        </div>
      </div>

      <div className="panel">
        <h3>{t('backup.import')}</h3>
        <p>{t('backup.importIntro')}</p>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label={t('backup.importFile')}
          onChange={(e) => void chooseFile(e.target.files?.[0])}
        />
        {state.step === 'refused' && (
          <div className="import-refused" role="alert">
            <h4>{t('backup.refused')}</h4>
            <p>{t('backup.refusedText', { file: state.fileName })}</p>
            <ul className="problems">
              {state.problems.map((p, i) => <li key={i}><code>{p.path}</code>: {p.message}</li>)}
            </ul>
          </div>
        )}
        {state.step === 'preview' && (
          <div className="import-preview" aria-label={t('backup.preview')} role="region">
            <p>
              <strong>{state.fileName}</strong>
              {t('backup.fileSummary', { count: state.backup.entries.length, date: state.backup.exportedAt })}
            </p>
            <div className="preview-columns">
              <PreviewColumn mode="merge" preview={state.merge} onApply={() => apply('merge')} busy={busy} />
              <PreviewColumn mode="replace" preview={state.replace} onApply={() => apply('replace')} busy={busy} />
            </div>
            <button type="button" className="secondary" onClick={reset}>{t('common.cancel')}</button>
          </div>
        )}
      </div>

      <div className="panel">
        <h3>{t('backup.demo')}</h3>
        <p>{t('backup.demoText')}</p>
        <DemoDataButton onLoaded={setStatus} />
      </div>

      <p role="status" className="status">{status}</p>
    </section>
  );
}
