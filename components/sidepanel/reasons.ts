import type { SkipReason } from '@/lib/fill/types';

/** Why a field was not filled, in the researcher's words. */
export const REASON_TEXT: Record<SkipReason, string> = {
  hidden: 'hidden on the page',
  'zero-size': 'has no size on the page',
  'off-screen': 'placed off screen',
  clipped: 'clipped out of view',
  transparent: 'invisible (transparent)',
  covered: 'covered by something else',
  disabled: 'disabled',
  readonly: 'read-only',
  password: 'password field — never filled',
  payment: 'payment field — never filled',
  certification: 'certification or signature — yours to tick (highlighted)',
  file: 'file upload',
  'no-value': 'your record has no value for it',
  'low-confidence': 'not sure what it asks',
  unclassified: 'not a field Candor knows',
  'has-value': 'already holds something else',
  'already-filled': 'already holds this value',
  'no-option': 'none of its options fits your record',
  'currency-mismatch': 'amount in another currency — yours to convert (highlighted)',
  'not-approved': 'you unticked it',
  gone: 'no longer on the page',
  'no-row': 'no entry for this row',
};
