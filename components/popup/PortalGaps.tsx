import type { PortalMap } from '@/lib/model';
import { countsInWords, gapsUrl, useGapsForPack } from '@/components/gaps/useGaps';
import { useT } from '@/components/ui';

/**
 * Readiness of the record for the portal on the current tab: the gap counts of the map's rule pack,
 * in words, with a way to the editor's Gaps view at that pack. Nothing when the map names no pack.
 */
export function PortalGaps({ map, today }: { map: PortalMap; today?: string }) {
  const t = useT();
  const result = useGapsForPack(map.rulePack, today);
  if (!result) return null;
  const { pack, counts } = result;
  return (
    <p data-testid="portal-gaps">
      {t('popup.portalGaps', { counts: countsInWords(counts, t), pack: pack.title })}{' '}
      <a href={gapsUrl(pack.id)} target="_blank" rel="noreferrer">
        {t('popup.reviewGaps')}
      </a>
    </p>
  );
}
