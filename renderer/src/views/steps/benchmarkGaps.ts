/**
 * The benchmark reading (computed in shared/engine/benchmarks.ts) and how its figures are written:
 * each metric in its own unit.
 */
import type { BenchmarkMetric, Locale, MetricKey, Scenario } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import type { MetricGap } from '@shared/engine/benchmarks';
import { isPercentMetric } from '@shared/engine/benchmarks';
import { formatNumber, formatPercent, MISSING } from '../../format/numbers';

export {
  advantage,
  bestCompetitor,
  better,
  isPercentMetric,
  lowerIsBetter,
  metricGap,
  relativeAdvantage,
  type BestCompetitor,
  type MetricGap,
} from '@shared/engine/benchmarks';

/** Each metric of the scenario with the engine's reading of it (the result holds one per metric, in order). */
export function metricsWithGaps(s: Scenario, result: ScenarioResult): { m: BenchmarkMetric; gap: MetricGap }[] {
  return s.metrics.flatMap((m, i) => {
    const gap = result.benchmarks[i];
    return gap && gap.metric === m.metric ? [{ m, gap }] : [];
  });
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

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
