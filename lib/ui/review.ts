/** Review bookkeeping: when was the record last reviewed, and which entries are due again. */
import type { Entry } from '@/lib/model';

/** A partial date as the first day it covers: 2024 → 2024-01-01, 2024-06 → 2024-06-01. */
function firstDay(partial: string): Date {
  const [y, m = '01', d = '01'] = partial.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** An entry is due when it was never reviewed, or its last review is `intervalMonths` or more ago. */
export function isReviewDue(entry: Entry, intervalMonths: number, today: Date = new Date()): boolean {
  if (!entry.reviewedAt) return true;
  const next = firstDay(entry.reviewedAt);
  next.setUTCMonth(next.getUTCMonth() + intervalMonths);
  return next.getTime() <= today.getTime();
}

/** The most recent reviewedAt across entries (ISO partial dates sort as text). */
export function lastReviewed(entries: readonly Entry[]): string | undefined {
  let latest: string | undefined;
  for (const e of entries) if (e.reviewedAt && (!latest || e.reviewedAt > latest)) latest = e.reviewedAt;
  return latest;
}
