export { GapsView, GapsViewFor } from './GapsView';
export { CommitmentsTimeline, commitmentRows, type CommitmentRow } from './CommitmentsTimeline';
export { PersonMonthsChart, personMonthsRows, type PersonMonthsRow } from './PersonMonthsChart';
export { useGapsForPack, useGapsRecord, useRuleSet, gapsHash, gapsUrl, packFromHash, countsInWords, type PackGaps, type GapsRecord } from './useGaps';
