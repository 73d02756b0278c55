/** Small statistics and formatting helpers for `npm run bench`. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

/** Times `run` `iterations` times (after `warmup` runs), in milliseconds. */
export function timeIt(run: () => unknown, iterations: number, warmup = 5): number[] {
  for (let index = 0; index < warmup; index++) run();
  const times: number[] = [];
  for (let index = 0; index < iterations; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

export const ms = (value: number) =>
  Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 0)} ms` : 'n/a';
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
