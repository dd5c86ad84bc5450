import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case, Scenario } from '@shared/case/schema';
import { diffScenarios } from '@shared/case/scenario-diff';
import { parseCaseText } from '@shared/case/validate';
import { computeCase } from '@shared/engine/compute';
import { resources } from '@renderer/src/i18n';
import { changeWords, delta, formatDelta, relativeDelta } from '@renderer/src/views/steps/compareDiff';
import { buildGroups, deltaCell, differsFrom } from '@renderer/src/views/steps/CompareStep';

function sample(file = 'b2b-software'): Case {
  const parsed = parseCaseText(readFileSync(join(__dirname, `../../../../resources/samples/${file}.cxcase`), 'utf8'));
  if (!parsed.ok) throw new Error('sample does not parse');
  return parsed.value;
}

const i18n = i18next.createInstance();
const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o ?? {});
beforeAll(async () => {
  await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
});

const copy = (s: Scenario): Scenario => ({ ...structuredClone(s), id: 'scn_copy', name: 'Copy' });

describe('differences from the base', () => {
  it('subtracts, and gives no difference for a missing or non-finite figure', () => {
    expect(delta(10, 15)).toBe(5);
    expect(delta(null, 15)).toBeNull();
    expect(delta(10, Number.NaN)).toBeNull();
    expect(delta(Number.MAX_VALUE, -Number.MAX_VALUE)).toBeNull();
    expect(relativeDelta(0, 5)).toBeNull();
    expect(relativeDelta(-200, -100)).toBe(0.5);
  });

  it('formats money with its relative change, rates in points, months, and a dash when missing', () => {
    const doc = sample();
    expect(formatDelta(doc, 'money', 100_000, 112_500, t)).toBe('+$12,500 (+12.5%)');
    expect(formatDelta(doc, 'money', 100_000, 100_000, t)).toBe('$0');
    expect(formatDelta(doc, 'money', 0, 5_000, t)).toBe('+$5,000');
    expect(formatDelta(doc, 'money2', 48, 55.5, t)).toBe('+$7.50 (+15.6%)');
    expect(formatDelta(doc, 'pp', 1.56, 0.54, t)).toBe('−102.00 pp');
    expect(formatDelta(doc, 'months', 13, 21, t)).toBe('+8 months');
    expect(formatDelta(doc, 'months', null, 21, t)).toBe('—');
    const it = { ...doc, currency: 'EUR' as const, locale: 'it-IT' as const };
    expect(formatDelta(it, 'money', 100_000, 87_500, t).replace(/\s/g, ' ')).toBe('−12.500 € (−12,5%)');
  });

  it('gives each scenario its difference from any base, equal to the engine’s figures, never NaN', () => {
    const doc = sample();
    const results = computeCase(doc);
    const rows = buildGroups(doc, results, t).flatMap((g) => g.rows);
    const npv = rows.find((r) => r.key === 'npv')!;
    for (let base = 0; base < results.length; base++)
      for (let i = 0; i < results.length; i++) expect(deltaCell(doc, npv, base, i, t).value).toBeCloseTo(results[i]!.npv - results[base]!.npv, 6);
    expect(differsFrom(npv.values, 1)).toEqual([true, false, true]);
    const counts = rows.find((r) => r.key === 'costLines')!;
    expect(deltaCell(doc, counts, 0, 1, t)).toEqual({ text: '', value: null });
    const empty: Case = { ...doc, scenarios: [doc.scenarios[0]!, { ...copy(doc.scenarios[0]!), revenueLines: [], savingLines: [], costLines: [] }] };
    const er = computeCase(empty);
    const cells = buildGroups(empty, er, t).flatMap((g) => g.rows).map((r) => deltaCell(empty, r, 0, 1, t).text);
    expect(cells.join(' ')).not.toMatch(/NaN|Infinity/);
    // No costs: no payback, so no difference in payback.
    expect(deltaCell(empty, buildGroups(empty, er, t)[0]!.rows.find((r) => r.key === 'payback')!, 0, 1, t).text).toBe('—');
  });
});

describe('what changed, in words', () => {
  it('names the step, the item and the field, with both values in the case’s units', () => {
    const doc = sample();
    const base = doc.scenarios[0]!;
    const other = copy(base);
    other.moments[0]!.deflectionRate = 0.4;
    other.service.agentHourCost = 52.5;
    other.costLines[0]!.month = 3;
    other.savingLines[0]!.enabled = false;
    other.metrics[0]!.competitors[0]!.value = 40;
    other.segments.push({ ...structuredClone(base.segments[0]!), id: 'seg_x', name: 'Startups' });
    const words = diffScenarios(base, other).map((c) => changeWords(doc, c, t));
    const line = (w: (typeof words)[number]) => `${w.path}: ${w.note ?? `${w.before} → ${w.after}`}`;
    const m = base.moments[0]!;
    expect(words.map(line)).toEqual([
      'Priority segments › Segment ‘Startups’: added',
      `Key moments › Moment ‘${m.name}’ › Deflection: ${m.deflectionRate * 100}% → 40%`,
      `Competitor benchmarks › NPS › ${base.competitors.find((c) => c.id === base.metrics[0]!.competitors[0]!.competitorId)!.name}: ${base.metrics[0]!.competitors[0]!.value} → 40`,
      `Cost reductions › Deflection to self-service ‘${base.savingLines[0]!.label}’ › Included: Yes → No`,
      'Cost reductions › Service baseline › Agent hour cost: $48 → $52.50',
      `Cost reductions › Investment ‘${base.costLines[0]!.label}’ › Month: month ${base.costLines[0]!.month} → month 3`,
    ]);
  });
});
