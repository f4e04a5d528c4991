import { ScreeningList } from '@/lib/model';
// The lists live once, in the shared data folder beside the repository; Vite bundles them into the build.
import usSection1286 from '../../../shared/data/screening/us-section-1286.json';
import caNamedResearchOrganizations from '../../../shared/data/screening/ca-named-research-organizations.json';

/** The bundled screening lists (organisations only), validated at load. */
export const BUILTIN_SCREENING_LISTS: ScreeningList[] = [usSection1286, caNamedResearchOrganizations].map((raw) =>
  ScreeningList.parse(raw),
);
