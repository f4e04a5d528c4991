import { useState } from 'react';
import { getDb } from '@/lib/db';
import { loadDemoProfile } from '@/lib/io';
import { Dialog, navigate, useT } from '@/components/ui';

/** "Try with demo data": replaces the store with the bundled demo profile, asking first when data exists. */
export function DemoDataButton({ onLoaded }: { onLoaded?: (message: string) => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    try {
      const preview = await loadDemoProfile();
      onLoaded?.(t('demo.loaded', { count: preview.added.length + preview.replaced.length }));
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
      <button type="button" className="secondary" onClick={start} disabled={busy}>{t('demo.try')}</button>
      {confirming && (
        <Dialog title={t('demo.confirmTitle')} onClose={() => setConfirming(false)}>
          <p>{t('demo.confirmText')}</p>
          <div className="form-actions">
            <button type="button" className="danger" onClick={load} disabled={busy}>{t('demo.replace')}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
          </div>
        </Dialog>
      )}
    </>
  );
}
