/**
 * Timing helper shared by the benchmarks: runs `fn` `warmup` times unmeasured, then `runs` times.
 * `before` runs untimed before every call (fresh state for each run).
 */
export interface Timing {
  median: number;
  p95: number;
  min: number;
}

export async function measure(
  fn: () => unknown,
  { runs = 7, warmup = 1, before }: { runs?: number; warmup?: number; before?: () => unknown } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) {
    await before?.();
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: times[0] };
}

/** Milliseconds with one decimal, for tables. */
export const ms = (value: number) => Number(value.toFixed(1));
