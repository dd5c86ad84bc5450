import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseText } from '@shared/case/validate';
import type { BenchmarkMetric, Competitor } from '@shared/case/schema';
import {
  advantage,
  bestCompetitor,
  formatMetric,
  formatMetricDelta,
  lowerIsBetter,
  metricGap,
  relativeAdvantage,
} from '@renderer/src/views/steps/benchmarkGaps';

const competitors: Competitor[] = [
  { id: 'a', name: 'Alpha', notes: '' },
  { id: 'b', name: 'Beta', notes: '' },
  { id: 'c', name: 'Gamma', notes: '' },
];

function metric(o: Partial<BenchmarkMetric>): BenchmarkMetric {
  return { metric: 'nps', ours: null, market: null, target: null, competitors: [], source: '', ...o };
}

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('benchmark direction', () => {
  it('treats response and handle times as lower-is-better and the rest (CES included) as higher-is-better', () => {
    expect(lowerIsBetter('frt')).toBe(true);
    expect(lowerIsBetter('aht')).toBe(true);
    for (const m of ['nps', 'csat', 'ces', 'fcr'] as const) expect(lowerIsBetter(m)).toBe(false);
  });

  it('picks the fastest competitor for first response time and the highest for NPS', () => {
    const values = [
      { competitorId: 'a', value: 3 },
      { competitorId: 'b', value: 14 },
      { competitorId: 'c', value: null },
    ];
    expect(bestCompetitor(metric({ metric: 'frt', competitors: values }), competitors)).toEqual({ competitorId: 'a', name: 'Alpha', value: 3 });
    expect(bestCompetitor(metric({ metric: 'nps', competitors: values }), competitors)?.name).toBe('Beta');
  });

  it('has no best competitor when none has a value, and ignores values of unknown competitors', () => {
    expect(bestCompetitor(metric({ competitors: [{ competitorId: 'a', value: null }] }), competitors)).toBeNull();
    expect(bestCompetitor(metric({ competitors: [{ competitorId: 'zz', value: 99 }, { competitorId: 'c', value: 10 }] }), competitors)?.value).toBe(10);
  });

  it('signs the gap so that positive always means we lead', () => {
    expect(advantage('frt', 9.5, 3)).toBeCloseTo(-6.5);
    expect(advantage('frt', 2, 3)).toBeCloseTo(1);
    expect(advantage('aht', 12, 9.5)).toBeCloseTo(-2.5);
    expect(advantage('nps', 24, 36)).toBe(-12);
    expect(advantage('ces', 5.6, 5.4)).toBeCloseTo(0.2);
    expect(advantage('nps', null, 36)).toBeNull();
    expect(advantage('nps', 24, undefined)).toBeNull();
  });

  it('gives a relative gap only where the reference is not zero', () => {
    expect(relativeAdvantage('nps', 24, 32)).toBeCloseTo(-0.25);
    expect(relativeAdvantage('frt', 6, 3)).toBeCloseTo(-1);
    expect(relativeAdvantage('nps', 5, 0)).toBeNull();
  });

  it('reads the sample case: Helio CRM is fastest to respond, and we are behind it and behind target', () => {
    const text = readFileSync(join(__dirname, '../../../../resources/samples/b2b-software.cxcase'), 'utf8');
    const parsed = parseCaseText(text);
    if (!parsed.ok) throw new Error('sample does not parse');
    const s = parsed.value.scenarios[0]!;
    const frt = s.metrics.find((m) => m.metric === 'frt')!;
    const g = metricGap(frt, s.competitors);
    expect(g.best?.name).toBe('Helio CRM');
    expect(g.best?.value).toBe(3);
    expect(g.gapToBest).toBeCloseTo(3 - frt.ours!);
    expect(g.gapToBest!).toBeLessThan(0);
    expect(g.gapToTarget).toBeCloseTo(frt.target! - frt.ours!);
    expect(g.gapToTarget!).toBeLessThan(0);
  });
});

describe('benchmark values in their units', () => {
  it('shows fractions as percentages, times with their unit, and a dash for missing values', () => {
    expect(formatMetric('csat', 0.79, 'en-GB')).toBe('79%');
    expect(formatMetric('frt', 9.5, 'en-GB')).toBe('9.5 h');
    expect(formatMetric('aht', 12, 'en-GB')).toBe('12 min');
    expect(formatMetric('ces', 4.6, 'it-IT')).toBe('4,6');
    expect(formatMetric('nps', null, 'en-GB')).toBe('—');
    expect(formatMetric('nps', Number.NaN, 'en-GB')).toBe('—');
  });

  it('shows gaps with a sign, percentage points for CSAT and FCR', () => {
    expect(formatMetricDelta('csat', -0.07, 'en-GB', 'pp')).toBe('−7 pp');
    expect(nbsp(formatMetricDelta('fcr', 0.125, 'it-IT', 'p.p.'))).toBe('+12,5 p.p.');
    expect(formatMetricDelta('nps', -12, 'en-GB', 'pp')).toBe('−12');
    expect(formatMetricDelta('frt', 0, 'en-GB', 'pp')).toBe('0 h');
    expect(formatMetricDelta('nps', Number.POSITIVE_INFINITY, 'en-GB', 'pp')).toBe('—');
  });
});
