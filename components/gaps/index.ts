export { GapsView, GapsViewFor } from './GapsView';
export { CommitmentsTimeline, commitmentRows, type CommitmentRow } from './CommitmentsTimeline';
export { PersonMonthsChart, personMonthsRows, type PersonMonthsRow } from './PersonMonthsChart';
