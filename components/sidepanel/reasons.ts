import type { SkipReason } from '@/lib/fill/types';
import type { PlainKey } from '@/lib/i18n';

/** Why a field was not filled, in the researcher's words. */
export const REASON_TEXT: Record<SkipReason, PlainKey> = {
  hidden: 'fillReasons.hidden',
  'zero-size': 'fillReasons.zeroSize',
  'off-screen': 'fillReasons.offScreen',
  clipped: 'fillReasons.clipped',
  transparent: 'fillReasons.transparent',
  covered: 'fillReasons.covered',
  disabled: 'fillReasons.disabled',
  readonly: 'fillReasons.readonly',
  unreachable: 'fillReasons.unreachable',
  password: 'fillReasons.password',
  payment: 'fillReasons.payment',
  certification: 'fillReasons.certification',
  file: 'fillReasons.file',
  search: 'fillReasons.search',
  'no-value': 'fillReasons.noValue',
  'low-confidence': 'fillReasons.lowConfidence',
  unclassified: 'fillReasons.unclassified',
  'has-value': 'fillReasons.hasValue',
  'already-filled': 'fillReasons.alreadyFilled',
  'no-option': 'fillReasons.noOption',
  'currency-mismatch': 'fillReasons.currencyMismatch',
  'not-approved': 'fillReasons.notApproved',
  gone: 'fillReasons.gone',
  'no-row': 'fillReasons.noRow',
};
