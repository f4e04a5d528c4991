/** Pure helpers for Candor's pages: names, formatting, review dates, hash routes, downloads. */
export { kindText } from './kinds';
export { countryName, countryOptions, personName, entryTitle, dateRange, formatMoney, formatNumber, formatPartialDate, formatTime } from './format';
export { isForeign } from '@/lib/model';
export { isReviewDue, lastReviewed } from './review';
export { parseHash, entryHash, type Route } from './route';
export { downloadFile, readFileText } from './download';
export { focusField } from './focus';
