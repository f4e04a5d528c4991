import { useEffect, useState } from 'react';
import { matchPortal } from '@/lib/fill/classify';
import { portalMaps } from '@/lib/fill/session';
import { openFillPanel } from '@/lib/fill/target';
import type { PortalMap } from '@/lib/model';
import { useT } from '@/components/ui';
import { PortalGaps } from './PortalGaps';

/**
 * "Fill this page": opens the review panel for the active tab (the click is the user gesture
 * that grants activeTab; nothing is injected before it). Names the portal map that matches, if any,
 * and the record's gaps for that portal's rule pack.
 */
export function FillButton() {
  const t = useT();
  const [tab, setTab] = useState<{ id: number; windowId: number; url: string }>();
  const [portal, setPortal] = useState<PortalMap | null>(null);

  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id === undefined) return;
      setTab({ id: active.id, windowId: active.windowId, url: active.url ?? '' });
      if (active.url) setPortal(matchPortal(active.url, await portalMaps()));
    })();
  }, []);

  const fillable = !!tab && /^https?:/.test(tab.url);
  return (
    <section aria-labelledby="popup-fill">
      <h2 id="popup-fill">{t('popup.thisPage')}</h2>
      <p className="muted">{portal ? t('popup.portalMap', { title: portal.title }) : t('popup.noPortalMap')}</p>
      {portal && <PortalGaps map={portal} />}
      <button
        type="button"
        disabled={!fillable}
        onClick={() => {
          if (!tab) return;
          // No await before open(): the side panel needs this click's user gesture.
          void openFillPanel(tab.id, tab.windowId).then(() => window.close());
        }}
      >
        {t('popup.fill')}
      </button>
    </section>
  );
}
