/**
 * Edits of the benchmark table that touch several lists at once, as pure recipes on a scenario, so
 * the case stays valid: a metric never keeps a value for a competitor that is gone.
 */
import type { BenchmarkMetric, Competitor, MetricKey, Scenario } from '@shared/case/schema';

/** Adds the competitor with an empty value in every metric. */
export function addCompetitor(s: Scenario, c: Competitor): void {
  s.competitors.push(c);
  for (const m of s.metrics) m.competitors.push({ competitorId: c.id, value: null });
}

/** Removes the competitor and its value in every metric. */
export function removeCompetitor(s: Scenario, id: string): void {
  s.competitors = s.competitors.filter((c) => c.id !== id);
  for (const m of s.metrics) m.competitors = m.competitors.filter((v) => v.competitorId !== id);
}

/** A new metric row with an empty value for every competitor. */
export function newMetricRow(s: Scenario, metric: MetricKey): BenchmarkMetric {
  return { metric, ours: null, market: null, target: null, competitors: s.competitors.map((c) => ({ competitorId: c.id, value: null })), source: '' };
}

/** Sets a competitor's value, creating the entry if the metric has none for it yet. */
export function setCompetitorValue(m: BenchmarkMetric, competitorId: string, value: number | null): void {
  const entry = m.competitors.find((v) => v.competitorId === competitorId);
  if (entry) entry.value = value;
  else m.competitors.push({ competitorId, value });
}
