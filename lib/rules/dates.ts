/** ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD) compared as plain strings once widened to full days. */

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day the partial date covers. */
export function periodStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date.slice(0, 10);
}

/** Last day the partial date covers: "2024" → 2024-12-31, "2024-02" → 2024-02-29. */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${pad(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7))))}`;
  return date.slice(0, 10);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Adds calendar months to a full date, clamping the day to the target month's length. */
export function addMonths(date: string, months: number): string {
  const full = periodStart(date);
  const y = Number(full.slice(0, 4));
  const m = Number(full.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12 + 1;
  const day = Math.min(Number(full.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Today as YYYY-MM-DD in UTC: the only clock read, used as evaluate()'s default. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether an entry's period is still running on `today` (no end, or an end not yet past). */
export function isOngoing(endDate: string | null | undefined, today: string): boolean {
  return !endDate || periodEnd(endDate) >= today;
}
