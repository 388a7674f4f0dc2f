export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Nearest-rank percentiles (the smallest sample with at least p% of samples at or
 * below it), so every reported number is a latency that was actually observed.
 */
export function summariseLatencies(samples: number[]): LatencySummary | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;

  return { count: sorted.length, p50: rank(50), p95: rank(95), max: sorted.at(-1)! };
}
