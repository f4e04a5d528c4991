import { useState } from 'react';
import { getDb } from '@/lib/db';
import { loadDemoProfile } from '@/lib/io';
import { Dialog, navigate } from '@/components/ui';

/** "Try with demo data": replaces the store with the bundled demo profile, asking first when data exists. */
export function DemoDataButton({ onLoaded }: { onLoaded?: (message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    try {
      const preview = await loadDemoProfile();
      onLoaded?.(`Imported the demo profile: ${preview.added.length + preview.replaced.length} entries.`);
      navigate('#entries');
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const start = async () => {
    const db = getDb();
    const hasData = (await db.profile.count()) > 0 || (await db.entries.count()) > 0;
    if (hasData) setConfirming(true);
    else await load();
  };

  return (
    <>
      <button type="button" className="secondary" onClick={start} disabled={busy}>Try with demo data</button>
      {confirming && (
        <Dialog title="Replace your data with the demo profile?" onClose={() => setConfirming(false)}>
          <p>
            The demo profile replaces your profile and removes every entry you have recorded. Export a backup first
            if you want to keep them.
          </p>
          <div className="form-actions">
            <button type="button" className="danger" onClick={load} disabled={busy}>Replace with demo data</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        </Dialog>
      )}
    </>
  );
}
