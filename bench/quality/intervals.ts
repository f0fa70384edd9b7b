// 95% intervals for the quality figures: a percentile bootstrap over questions (scores are shares, counts
// or 0/1 hits, so one method serves all), seeded so a rerun prints the same interval.

/** A point estimate with its 95% interval. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

const RESAMPLES = 2000;

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

function percentile(sorted: readonly number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)));
  return sorted[index] ?? Number.NaN;
}

/**
 * The mean of `values` with a 95% percentile-bootstrap interval.
 *
 * @example
 * meanWithInterval([1, 0, 1, 1]); // { value: 0.75, low: 0.25, high: 1 }
 */
export function meanWithInterval(values: readonly number[], { seed = 13 }: { seed?: number } = {}): Estimate {
  if (values.length === 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const random = seeded(seed);
  const means: number[] = [];
  for (let round = 0; round < RESAMPLES; round += 1) {
    let sum = 0;
    for (let index = 0; index < values.length; index += 1)
      sum += values[Math.floor(random() * values.length)]!;
    means.push(sum / values.length);
  }
  means.sort((left, right) => left - right);
  return { value: mean(values), low: percentile(means, 0.025), high: percentile(means, 0.975) };
}

/**
 * The mean paired difference `left[i] - right[i]` (same questions, two systems) with a 95% bootstrap
 * interval: the interval of the gap, not of each system.
 *
 * @example
 * pairedDifference([1, 1, 0], [0, 1, 0]).value; // 0.333…
 */
export function pairedDifference(
  left: readonly number[],
  right: readonly number[],
  options: { seed?: number } = {},
): Estimate {
  if (left.length !== right.length) throw new Error('paired samples must have the same length');
  return meanWithInterval(
    left.map((value, index) => value - right[index]!),
    options,
  );
}
