/** Shared timing helpers for benchmarks (never used by tests). */
import { performance } from 'perf_hooks';

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
}

export function report(line: BenchLine): void {
  process.stdout.write(JSON.stringify(line) + '\n');
}

/** Median wall time in ms of `fn` over `runs` runs, after `warmup` unmeasured runs. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function medianMsAsync(fn: () => Promise<unknown>, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  const v = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  return Math.round(v * 1000) / 1000;
}
