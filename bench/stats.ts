// Small numeric helpers shared by the benchmarks.

/** p50/p95/p99, mean, min and max of a sample, in its own unit. */
export interface Summary {
  count: number;
  mean: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * The value at quantile `q` (0–1) of an ascending-sorted sample, nearest-rank method.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5); // 2
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

/**
 * Summarises a sample.
 *
 * @example
 * summarize([3, 1, 2]).p50; // 2
 */
export function summarize(sample: readonly number[]): Summary {
  const sorted = [...sample].sort((left, right) => left - right);
  return {
    count: sorted.length,
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    min: sorted[0] ?? Number.NaN,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * The median of a sample.
 *
 * @example
 * median([5, 1, 3]); // 3
 */
export function median(sample: readonly number[]): number {
  return quantile(
    [...sample].sort((left, right) => left - right),
    0.5,
  );
}

/**
 * A number with a fixed count of decimals, for tables.
 *
 * @example
 * fixed(1.23456, 2); // '1.23'
 */
export function fixed(value: number, decimals = 2): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : 'n/a';
}
