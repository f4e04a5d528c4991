/**
 * Built-in portal maps (data in this folder), validated with the PortalMap schema when first
 * used, so a malformed map fails loudly with the path of the problem rather than filling wrongly.
 */
import { PortalMap } from '@/lib/model';
import caResearchNet from './ca-researchnet-convergence.json';
import euFundingTenders from './eu-funding-tenders.json';
import grantsGov from './grants-gov.json';
import nihOtherSupport from './nih-other-support.json';
import jpERad from './jp-e-rad.json';
import nsfResearchGov from './nsf-research-gov.json';
import ukriFundingService from './ukri-funding-service.json';

const RAW: unknown[] = [nsfResearchGov, nihOtherSupport, grantsGov, ukriFundingService, euFundingTenders, caResearchNet, jpERad];

let cache: PortalMap[] | undefined;

export function builtInPortalMaps(): PortalMap[] {
  cache ??= RAW.map((raw, i) => {
    const parsed = PortalMap.safeParse(raw);
    if (!parsed.success) throw new Error(`Portal map #${i} (${(raw as { id?: string }).id}) is invalid: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
  return cache;
}
