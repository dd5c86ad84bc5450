/**
 * Reading the benchmark table: which way is better for each metric, the best competitor, and how
 * far we are from it. Pure: the benchmarks step and the summary use the same reading.
 */
import type { BenchmarkMetric, Competitor, Locale, MetricKey } from '../../../../shared/case/schema';
import { formatNumber, formatPercent, MISSING } from '../../format/numbers';

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

export interface MetricGap {
  metric: MetricKey;
  best: BestCompetitor | null;
  /** Ours minus best, direction-aware (positive = ahead). */
  gapToBest: number | null;
  gapToBestRelative: number | null;
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
    gapToTarget: advantage(m.metric, m.ours, m.target),
  };
}

/** A metric value in its unit: 79% for CSAT 0.79, 9.5 h for first response, 4.6 for CES. */
export function formatMetric(metric: MetricKey, v: number | null | undefined, locale: Locale): string {
  if (!finite(v)) return MISSING;
  switch (metric) {
    case 'csat':
    case 'fcr':
      return formatPercent(v, locale, 1);
    case 'nps':
      return formatNumber(v, locale, 0);
    case 'ces':
      return formatNumber(v, locale, 1);
    case 'frt':
      return `${formatNumber(v, locale, 1)} h`;
    case 'aht':
      return `${formatNumber(v, locale, 1)} min`;
  }
}

/** A signed difference in the metric's unit (percentage points for CSAT and FCR). */
export function formatMetricDelta(metric: MetricKey, d: number | null | undefined, locale: Locale, pp: string): string {
  if (!finite(d)) return MISSING;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '';
  const abs = Math.abs(d);
  if (isPercentMetric(metric)) return `${sign}${formatNumber(abs * 100, locale, 1)} ${pp}`;
  if (metric === 'frt') return `${sign}${formatNumber(abs, locale, 1)} h`;
  if (metric === 'aht') return `${sign}${formatNumber(abs, locale, 1)} min`;
  return `${sign}${formatNumber(abs, locale, metric === 'nps' ? 0 : 1)}`;
}
