import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { parseCaseText } from '@shared/case/validate';
import { computeCase } from '@shared/engine/compute';
import { buildGroups, differsFromFirst } from '@renderer/src/views/steps/CompareStep';
import { columnLabel, formatKpi, formatKpiChange, KPI_ROWS } from '@renderer/src/views/steps/SummaryTables';
import { waterfallRanges } from '@renderer/src/charts/WaterfallChart';

function sample(): Case {
  const parsed = parseCaseText(readFileSync(join(__dirname, '../../../../resources/samples/b2b-software.cxcase'), 'utf8'));
  if (!parsed.ok) throw new Error('sample does not parse');
  return parsed.value;
}

const t = (k: string, o?: Record<string, unknown>) => (o ? `${k}:${JSON.stringify(o)}` : k);

describe('KPI table', () => {
  it('lists every KPI the engine computes, each once', () => {
    const r = computeCase(sample())[0]!;
    const keys = KPI_ROWS.map((x) => x.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(r.kpis.before).sort());
  });

  it('formats money, percentages and ratios, and a dash for null', () => {
    const doc = sample();
    expect(formatKpi(doc, 'money2', 13.5)).toBe('$13.50');
    expect(formatKpi(doc, 'percent', 0.0279)).toBe('2.79%');
    expect(formatKpi(doc, 'percent', 0.01)).toBe('1.00%'); // aligned with 0.90% below it
    expect(formatKpi(doc, 'ratio', 7.64)).toBe('7.6×');
    expect(formatKpi(doc, 'ratio', null)).toBe('—');
    expect(formatKpi(doc, 'money', Number.NaN)).toBe('—');
  });

  it('shows change in points for percentages and relative change otherwise', () => {
    const doc = sample();
    expect(formatKpiChange(doc, 'percent', 0.12, 0.1, 'pp')).toBe('−2.00 pp');
    expect(formatKpiChange(doc, 'money', 100, 125, 'pp')).toBe('+25%');
    expect(formatKpiChange(doc, 'count', 0, 5, 'pp')).toBe('—');
    expect(formatKpiChange(doc, 'money', null, 5, 'pp')).toBe('—');
    expect(formatKpiChange(doc, 'money', 10, 10, 'pp')).toBe('0%');
  });

  it('names the year-table columns', () => {
    expect(columnLabel(t, 'initial')).toBe('summary.initial');
    expect(columnLabel(t, 'y2')).toBe('summary.year:{"n":"2"}');
    expect(columnLabel(t, 'total')).toBe('common.total');
    expect(columnLabel(t, 'pv')).toBe('summary.pv');
  });
});

describe('benefit waterfall', () => {
  it('stacks line present values to total benefits and lands on the NPV', () => {
    const r = computeCase(sample())[0]!;
    const pv = r.years.columns.indexOf('pv');
    const steps = [
      ...r.years.lines.filter((l) => l.group !== 'cost').map((l) => ({ label: l.label, value: l.values[pv]!, kind: 'step' as const })),
      { label: 'total', value: r.pvBenefits, kind: 'total' as const },
      { label: 'costs', value: -r.pvCosts, kind: 'step' as const },
      { label: 'npv', value: r.npv, kind: 'total' as const },
    ];
    const ranges = waterfallRanges(steps);
    const n = steps.length;
    // The last benefit step ends where the total bar ends, and the cost step ends at the NPV.
    expect(ranges[n - 3]![1]).toBeCloseTo(ranges[n - 4]![1], 4);
    expect(ranges[n - 2]![1]).toBeCloseTo(r.npv, 4);
    expect(ranges[n - 1]).toEqual([0, r.npv]);
  });
});

describe('scenario comparison', () => {
  it('flags only cells that differ from the first column', () => {
    expect(differsFromFirst(['a', 'a', 'b'])).toEqual([false, false, true]);
    expect(differsFromFirst([])).toEqual([]);
  });

  it('finds no difference between a scenario and its exact copy, and a difference in NPV when a cost changes', () => {
    const doc = sample();
    const base = doc.scenarios[0]!;
    const same: Case = { ...doc, scenarios: [base, { ...structuredClone(base), id: 'scn_copy', name: 'Copy' }] };
    for (const g of buildGroups(same, computeCase(same), t)) for (const row of g.rows) expect(differsFromFirst(row.values), row.key).toEqual([false, false]);

    const dearer = structuredClone(base);
    dearer.id = 'scn_dear';
    dearer.name = 'Dearer';
    dearer.costLines[0]!.amount += 50_000;
    const changed: Case = { ...doc, scenarios: [base, dearer] };
    const rows = buildGroups(changed, computeCase(changed), t).flatMap((g) => g.rows);
    const diff = (key: string) => differsFromFirst(rows.find((r) => r.key === key)!.values)[1];
    expect(diff('npv')).toBe(true);
    expect(diff('pvCosts')).toBe(true);
    expect(diff('pvBenefits')).toBe(false);
    expect(diff('customers')).toBe(false);
  });

  it('never shows NaN or Infinity, even for an empty scenario', () => {
    const doc = sample();
    const empty = { ...structuredClone(doc.scenarios[0]!), id: 'scn_empty', name: 'Empty', segments: [], moments: [], revenueLines: [], savingLines: [], costLines: [], metrics: [], competitors: [] };
    const c: Case = { ...doc, scenarios: [doc.scenarios[0]!, empty] };
    const text = JSON.stringify(buildGroups(c, computeCase(c), t));
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});

describe('KPI change colouring', () => {
  it('marks lower churn and cost as improvements, and no change or unknown as neither', async () => {
    const { changeClass } = await import('@renderer/src/views/steps/SummaryTables');
    expect(changeClass('lower', 0.12, 0.1)).toBe('gap-ahead');
    expect(changeClass('lower', 10, 12)).toBe('gap-behind');
    expect(changeClass('higher', 100, 120)).toBe('gap-ahead');
    expect(changeClass('higher', 100, 100)).toBe('');
    expect(changeClass(null, 1, 2)).toBe('');
    expect(changeClass('higher', null, 2)).toBe('');
  });
});
