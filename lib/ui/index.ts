/** Pure helpers for Candor's pages: names, formatting, review dates, hash routes, downloads. */
export { KIND_INFO, kindLabel } from './kinds';
export { countryName, countryOptions, personName, isForeign, entryTitle, dateRange, formatMoney } from './format';
export { isReviewDue, lastReviewed } from './review';
export { parseHash, entryHash, type Route } from './route';
export { downloadFile, readFileText } from './download';
export { focusField } from './focus';
