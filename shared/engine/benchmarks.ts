/**
 * Step 3 read by the engine: which way is better for each metric, the best competitor, and how far
 * we are from it and from the target. The app's benchmark step, summary and report show these.
 */
import type { BenchmarkMetric, Competitor, MetricKey, Scenario } from '../case/schema';

/**
 * Lower is better for response and handle times; higher for the rest. CES is read on the 1–7
 * scale where higher means easier (the question "how easy was it…").
 */
export function lowerIsBetter(metric: MetricKey): boolean {
  return metric === 'frt' || metric === 'aht';
}

/** CSAT and FCR are stored as fractions and shown as percentages. */
export function isPercentMetric(metric: MetricKey): boolean {
  return metric === 'csat' || metric === 'fcr';
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** True when `a` is strictly better than `b` for this metric. */
export function better(metric: MetricKey, a: number, b: number): boolean {
  return lowerIsBetter(metric) ? a < b : a > b;
}

export interface BestCompetitor {
  competitorId: string;
  name: string;
  value: number;
}

/** The competitor with the best value for this metric (first one on ties); null when none has a value. */
export function bestCompetitor(m: BenchmarkMetric, competitors: readonly Competitor[]): BestCompetitor | null {
  let best: BestCompetitor | null = null;
  for (const c of competitors) {
    const v = m.competitors.find((x) => x.competitorId === c.id)?.value;
    if (!finite(v)) continue;
    if (best === null || better(m.metric, v, best.value)) best = { competitorId: c.id, name: c.name, value: v };
  }
  return best;
}

/**
 * Our advantage over a reference value, in the metric's unit: positive when we are better, negative
 * when behind (direction-aware). Null when either value is missing.
 */
export function advantage(metric: MetricKey, ours: number | null, reference: number | null | undefined): number | null {
  if (!finite(ours) || !finite(reference)) return null;
  return lowerIsBetter(metric) ? reference - ours : ours - reference;
}

/** The advantage as a share of the reference (comparable across metrics); null when the reference is 0. */
export function relativeAdvantage(metric: MetricKey, ours: number | null, reference: number | null | undefined): number | null {
  const a = advantage(metric, ours, reference);
  if (a === null || !finite(reference) || reference === 0) return null;
  const r = a / Math.abs(reference);
  return Number.isFinite(r) ? r : null;
}

/**
 * Our level as a share of the best competitor's, direction-aware (1 = on par, above 1 = ahead):
 * ours ÷ best where higher is better, best ÷ ours for times. Unlike a relative gap it stays on one
 * comparable scale (a first response ten times slower reads 10%, not −900%). Null where a ratio
 * would mislead: a missing value or one at or below zero (NPS can be negative).
 */
export function levelAgainstBest(metric: MetricKey, ours: number | null, best: number | null | undefined): number | null {
  if (!finite(ours) || !finite(best) || !(ours > 0) || !(best > 0)) return null;
  const v = lowerIsBetter(metric) ? best / ours : ours / best;
  return Number.isFinite(v) ? v : null;
}

export interface MetricGap {
  metric: MetricKey;
  best: BestCompetitor | null;
  /** Ours minus best, direction-aware (positive = ahead). */
  gapToBest: number | null;
  gapToBestRelative: number | null;
  /** Our level as a share of the best's (levelAgainstBest): 1 = on par. */
  levelToBest: number | null;
  /** Ours versus target, direction-aware (negative = still to go). */
  gapToTarget: number | null;
}

export function metricGap(m: BenchmarkMetric, competitors: readonly Competitor[]): MetricGap {
  const best = bestCompetitor(m, competitors);
  return {
    metric: m.metric,
    best,
    gapToBest: advantage(m.metric, m.ours, best?.value),
    gapToBestRelative: relativeAdvantage(m.metric, m.ours, best?.value),
    levelToBest: levelAgainstBest(m.metric, m.ours, best?.value),
    gapToTarget: advantage(m.metric, m.ours, m.target),
  };
}

/** Every metric of a scenario, read against its competitors. */
export function benchmarkGaps(s: Scenario): MetricGap[] {
  return s.metrics.map((m) => metricGap(m, s.competitors));
}
