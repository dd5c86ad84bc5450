/** Timing helpers for the benchmarks: run a function many times, report median, p95 and rate. */
export interface Timing {
  median: number;
  p95: number;
  perSecond: number;
  runs: number;
  /** Median CPU time of a run (user + system, this process), where measured: wall time on a shared machine is noisy. */
  cpuMedian?: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export function time(fn: () => void, runs: number, warmup = Math.min(50, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  const total = performance.now() - t0;
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), perSecond: (runs / total) * 1000, runs };
}

export async function timeAsync(fn: () => Promise<void>, runs: number, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    samples.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const total = performance.now() - t0;
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), perSecond: (runs / total) * 1000, runs, cpuMedian: percentile(cpu, 50) };
}

/** One report line: "label: median 0.42 ms, p95 0.61 ms, 2380/s (target < 1 ms: met)". */
export function report(label: string, t: Timing, targetMs?: number, on: 'median' | 'p95' = 'median'): void {
  const target = targetMs === undefined ? '' : ` (target ${on} < ${targetMs} ms: ${t[on] < targetMs ? 'met' : 'NOT met'})`;
  const cpu = t.cpuMedian === undefined ? '' : `, CPU median ${t.cpuMedian.toFixed(1)} ms`;
  console.log(`${label}: median ${t.median.toFixed(3)} ms, p95 ${t.p95.toFixed(3)} ms${cpu}, ${t.perSecond.toFixed(0)}/s over ${t.runs} runs${target}`);
}
