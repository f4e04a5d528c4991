import { gapsUrl, useGapsForPack } from '@/components/gaps/useGaps';
import { useT } from '@/components/ui';

/**
 * Shown above "Fill N fields" when the record has errors for the portal's rule pack. A warning, not a
 * block: filling copies what is recorded, and the researcher decides whether to fix the gaps first.
 */
export function PackErrorsWarning({ packId, today }: { packId: string | null; today?: string }) {
  const t = useT();
  const result = useGapsForPack(packId, today);
  if (!result || result.counts.error === 0) return null;
  const { pack, counts } = result;
  return (
    <div role="alert" className="fill-gaps-warning" data-testid="fill-gaps-warning">
      <p>
        {t('sidepanel.packErrors', counts.error, { pack: pack.title })}{' '}
        <a href={gapsUrl(pack.id)} target="_blank" rel="noreferrer">
          {t('sidepanel.reviewGaps')}
        </a>
      </p>
    </div>
  );
}
