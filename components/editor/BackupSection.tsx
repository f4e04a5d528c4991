import { useId, useRef, useState } from 'react';
import { getDb } from '@/lib/db';
import {
  applyImport, backupFileName, csvFileName, entriesToCsv, exportBackup, parseBackup, previewImport, serializeBackup,
  type ImportMode, type ImportPreview,
} from '@/lib/io';
import { ENTRY_KINDS, type Backup, type Entry, type EntryKind, type Problem } from '@/lib/model';
import { KIND_INFO, downloadFile, entryTitle, kindLabel, readFileText } from '@/lib/ui';
import { DemoDataButton } from './DemoDataButton';

type ImportState =
  | { step: 'idle' }
  | { step: 'refused'; fileName: string; problems: Problem[] }
  | { step: 'preview'; fileName: string; backup: Backup; merge: ImportPreview; replace: ImportPreview };

const describe = (e: Entry) => `${kindLabel(e.kind)}: ${e.organization.name}${entryTitle(e) ? ` — ${entryTitle(e)}` : ''}`;

function NameList({ label, entries }: { label: string; entries: Entry[] }) {
  return (
    <li>
      <strong>{entries.length}</strong> {label}
      {entries.length > 0 && (
        <details>
          <summary>Show which ({entries.length})</summary>
          <ul className="name-list">{entries.slice(0, 500).map((e) => <li key={e.id}>{describe(e)}</li>)}</ul>
          {entries.length > 500 && <p className="muted">…and {entries.length - 500} more.</p>}
        </details>
      )}
    </li>
  );
}

const PROFILE_EFFECT: Record<ImportPreview['profile'], string> = {
  added: 'Your profile will be created from the file.',
  replaced: 'Your profile will be replaced by the one in the file.',
  kept: 'Your profile stays as it is.',
  filled: 'Your profile keeps what you entered; empty fields are filled from the file.',
};

function PreviewColumn({ mode, preview, onApply, busy }: { mode: ImportMode; preview: ImportPreview; onApply: () => void; busy: boolean }) {
  const headingId = useId();
  return (
    <section className="preview-column" aria-labelledby={headingId}>
      <h4 id={headingId}>{mode === 'merge' ? 'If you merge' : 'If you replace'}</h4>
      <p>
        {mode === 'merge'
          ? 'Adds the entries in the file and updates entries with the same id; everything else you have stays.'
          : 'Makes your record exactly the file: entries that are not in the file are removed.'}
      </p>
      <ul className="preview-counts">
        <NameList label="added" entries={preview.added} />
        <NameList label="replaced" entries={preview.replaced.map((r) => r.after)} />
        <NameList label="kept" entries={preview.kept} />
        <NameList label="removed" entries={preview.removed} />
      </ul>
      <p>{PROFILE_EFFECT[preview.profile]}</p>
      {(preview.templates.added > 0 || preview.templates.replaced > 0) && (
        <p>Institution templates: {preview.templates.added} added, {preview.templates.replaced} replaced.</p>
      )}
      <button type="button" className={mode === 'replace' ? 'danger' : undefined} onClick={onApply} disabled={busy}>
        {mode === 'merge' ? 'Merge' : 'Replace'}
      </button>
    </section>
  );
}

/** Export (backup JSON, CSV per kind), import with validation and preview, and the demo profile. */
export function BackupSection() {
  const [csvKind, setCsvKind] = useState<EntryKind>('support');
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportJson = async () => {
    try {
      const now = new Date();
      downloadFile(serializeBackup(await exportBackup(now)), backupFileName(now), 'application/json');
      setStatus(`Exported ${backupFileName(now)}.`);
    } catch (error) {
      setStatus(`Not exported: ${(error as Error).message}`);
    }
  };

  const exportCsv = async () => {
    const entries = await getDb().entries.where('kind').equals(csvKind).toArray();
    downloadFile(entriesToCsv(csvKind, entries), csvFileName(csvKind), 'text/csv');
    setStatus(`Exported ${entries.length} ${KIND_INFO[csvKind].plural.toLowerCase()} as ${csvFileName(csvKind)}.`);
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
        `Imported ${state.fileName} (${mode}): ${done.added.length} added, ${done.replaced.length} replaced, ${done.removed.length} removed.`,
      );
    } catch (error) {
      setStatus(`Not imported: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and export</h2>
      <p className="muted">Your record lives only in this browser. Export a backup regularly and keep it somewhere safe.</p>

      <div className="panel">
        <h3>Export</h3>
        <div className="button-row">
          <button type="button" onClick={exportJson}>Export backup</button>
        </div>
        <div className="button-row">
          <label htmlFor="csv-kind">Entry kind for CSV</label>
          <select id="csv-kind" value={csvKind} onChange={(e) => setCsvKind(e.target.value as EntryKind)}>
            {ENTRY_KINDS.map((k) => <option key={k} value={k}>{KIND_INFO[k].plural}</option>)}
          </select>
          <button type="button" className="secondary" onClick={exportCsv}>Export CSV</button>
        </div>
      </div>

      <div className="panel">
        <h3>Import</h3>
        <p>Choose a Candor backup file (.json). Nothing changes until you choose Merge or Replace.</p>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Import backup file"
          onChange={(e) => void chooseFile(e.target.files?.[0])}
        />
        {state.step === 'refused' && (
          <div className="import-refused" role="alert">
            <h4>This file was not imported</h4>
            <p>{state.fileName} is not a valid Candor backup. Nothing was changed. Problems found:</p>
            <ul className="problems">
              {state.problems.map((p, i) => <li key={i}><code>{p.path}</code>: {p.message}</li>)}
            </ul>
          </div>
        )}
        {state.step === 'preview' && (
          <div className="import-preview" aria-label="Import preview" role="region">
            <p>
              <strong>{state.fileName}</strong>: {state.backup.entries.length} entries, exported {state.backup.exportedAt}.
              Choose how to import it.
            </p>
            <div className="preview-columns">
              <PreviewColumn mode="merge" preview={state.merge} onApply={() => apply('merge')} busy={busy} />
              <PreviewColumn mode="replace" preview={state.replace} onApply={() => apply('replace')} busy={busy} />
            </div>
            <button type="button" className="secondary" onClick={reset}>Cancel</button>
          </div>
        )}
      </div>

      <div className="panel">
        <h3>Demo data</h3>
        <p>Explore Candor with a fictitious researcher's record. It replaces what is stored here.</p>
        <DemoDataButton onLoaded={setStatus} />
      </div>

      <p role="status" className="status">{status}</p>
    </section>
  );
}
