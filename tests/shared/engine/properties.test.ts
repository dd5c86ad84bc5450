/**
 * Properties of the engine over random valid cases (fast-check). Where a property only holds under
 * a condition, the condition is built into the case and named in the test, with a worked
 * counter-example showing why it is needed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case, Scenario } from '@shared/case/schema';
import { computeCase, computeScenario } from '@shared/engine/compute';
import { presentValue } from '@shared/engine/finance';
import { discountFactors } from '@shared/engine/time';
import { arbCase, arbCaseWithScenario } from '../../support/arbitraries';
import { caseOf, costLine, escalationLine, scenario } from '../../support/cases';

/** Every number anywhere in the value; paths of the ones that are not finite. */
function nonFinite(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out);
  else if (value !== null && typeof value !== 'string' && typeof value !== 'boolean') out.push(`${path} is ${typeof value}`);
  return out;
}

function numbersIn(value: unknown): number {
  if (typeof value === 'number') return 1;
  if (Array.isArray(value)) return value.reduce((a: number, v) => a + numbersIn(v), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((a: number, v) => a + numbersIn(v), 0);
  return 0;
}

const savingsAt = (c: Case, s: Scenario) => {
  const r = computeScenario(c, s);
  const out = new Array<number>(c.horizonMonths + 1).fill(0);
  for (const l of r.lines) if (l.group === 'saving') l.value.forEach((x, m) => (out[m] = (out[m] ?? 0) + x));
  return out;
};

const tol = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

/** Runs, and a cap on the time a failing property may spend shrinking (big cases shrink slowly). */
const runs = (numRuns: number) => ({ numRuns, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true });

/**
 * Makes a scenario's channel costs consistent, the condition under which moving a contact to a
 * cheaper channel can only save: self-service ≤ AI ≤ assisted per contact; every saving line with the
 * same haircut; and the handle-time minutes saved on one contact worth no more than AI saves on it.
 */
function consistentChannels(s: Scenario): Scenario {
  const [self, ai, assisted] = [s.service.selfServiceCostPerContact, s.service.aiCostPerResolution, s.service.assistedCostPerContact].sort((a, b) => a - b) as [number, number, number];
  const h = s.savingLines[0]?.haircut ?? 0;
  const perContactMinuteValue = s.service.agentHourCost / 60;
  const totalAht = s.savingLines.reduce((a, l) => (l.kind === 'handleTime' ? a + l.ahtReductionMinutes : a), 0);
  const budget = perContactMinuteValue > 0 ? (assisted - ai) / perContactMinuteValue : Infinity;
  const scale = totalAht > budget ? budget / totalAht : 1;
  return {
    ...s,
    service: { ...s.service, selfServiceCostPerContact: self, aiCostPerResolution: ai, assistedCostPerContact: assisted },
    savingLines: s.savingLines.map((l) => (l.kind === 'handleTime' ? { ...l, haircut: h, ahtReductionMinutes: l.ahtReductionMinutes * scale * 0.999 } : { ...l, haircut: h })),
  };
}

describe('engine properties', () => {
  it('random valid cases give finite numbers everywhere in the result (ordinary values)', () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const results = computeCase(c);
        expect(nonFinite(results)).toEqual([]);
        expect(numbersIn(results)).toBeGreaterThan(0);
      }),
      runs(120),
    );
  });

  it('random valid cases give finite numbers everywhere, even at the schema bounds (1e12 money, 1e10 counts, the smallest doubles, churn 0.01%)', () => {
    fc.assert(
      fc.property(arbCase({ extremes: true }), (c) => {
        expect(nonFinite(computeCase(c))).toEqual([]);
      }),
      runs(250),
    );
  });

  it('more deflection on a moment never lowers the savings in any month (consistent channel costs)', () => {
    fc.assert(
      fc.property(arbCaseWithScenario({ moments: [1, 6] }), fc.nat(), fc.integer({ min: 0, max: 1000 }), ({ c, index }, pick, extra) => {
        const s = consistentChannels(c.scenarios[index] as Scenario);
        const j = pick % s.moments.length;
        const m = s.moments[j];
        if (!m) return;
        const more: Scenario = { ...s, moments: s.moments.map((x, i) => (i === j ? { ...x, deflectionRate: Math.min(1, x.deflectionRate + extra / 1000) } : x)) };
        const before = savingsAt(c, s);
        const after = savingsAt(c, more);
        after.forEach((x, month) => expect(x, `month ${month}`).toBeGreaterThanOrEqual((before[month] ?? 0) - tol(before[month] ?? 0)));
      }),
      runs(150),
    );
  });

  it('…and without consistent costs it can: AI dearer-saving than self-service loses contacts to deflection', () => {
    // Self-service 5 a contact, AI 1: each contact moved from AI to self-service saves 4 less.
    const s = scenario({
      service: { ...scenario().service, selfServiceCostPerContact: 5, aiCostPerResolution: 1 },
      moments: [{ ...scenario().moments[0], id: 'mom_a', name: 'A', intent: 'billing', channel: 'email', volumeMode: 'absolute', volume: 1000, satisfaction: null, automatable: true, protected: false, deflectionRate: 0.1, aiResolutionRate: 1, source: '', notes: '' }],
      savingLines: [
        { kind: 'deflection', id: 'd', label: 'D', startMonth: 1, rampMonths: 0, haircut: 0, enabled: true, source: '', notes: '' },
        { kind: 'ai', id: 'a', label: 'A', startMonth: 1, rampMonths: 0, haircut: 0, enabled: true, source: '', notes: '' },
      ],
    });
    const c = caseOf([s]);
    const moreDeflection = { ...s, moments: s.moments.map((m) => ({ ...m, deflectionRate: 0.2 })) };
    // δ 10%: 100 × 8.5 + 900 × 12.5 = 12,100; δ 20%: 200 × 8.5 + 800 × 12.5 = 11,700.
    expect(savingsAt(c, s)[1]).toBeCloseTo(12_100, 9);
    expect(savingsAt(c, moreDeflection)[1]).toBeCloseTo(11_700, 9);
  });

  it('a higher discount rate never raises the NPV of a case whose costs are all up front (month 0) and benefits after', () => {
    fc.assert(
      fc.property(arbCaseWithScenario({ costLines: [1, 5] }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 }), ({ c, index }, r0, dr) => {
        const s = c.scenarios[index] as Scenario;
        // Benefits are non-negative only with consistent channel costs (a deflected contact must cost less).
        const up: Scenario = { ...consistentChannels(s), costLines: s.costLines.map((l) => ({ ...l, kind: 'oneOff' as const, month: 0 })) };
        const lo = { ...c, discountRate: r0 / 1000, scenarios: c.scenarios.map((x, i) => (i === index ? up : x)) };
        const hi = { ...lo, discountRate: Math.min(1, (r0 + dr) / 1000) };
        const npvLo = computeScenario(lo, up, index).npv;
        const npvHi = computeScenario(hi, up, index).npv;
        expect(npvHi).toBeLessThanOrEqual(npvLo + tol(npvLo));
      }),
      runs(150),
    );
  });

  it('…but costs spread over several months before the benefits can gain from a higher rate (why the condition is month 0)', () => {
    // Flows −100 (m0), −100 (m1), +1 (m2): NPV = −100 − 100·d + d², which rises as d = DF(1) falls.
    const flows = [-100, -100, 1];
    const npv = (r: number) => presentValue(flows, discountFactors(r, 2));
    expect(npv(0.5)).toBeGreaterThan(npv(0.1));
    // The same shape through the engine: a second instalment in month 1, the benefit from month 2.
    const s = scenario({ savingLines: [escalationLine(1, 1, 1.5, { startMonth: 2 })], costLines: [costLine('oneOff', 100, 0), costLine('oneOff', 100, 1)] });
    const at = (r: number) => computeScenario(caseOf([s], { discountRate: r }), s).npv;
    expect(at(0.5)).toBeGreaterThan(at(0.1));
  });

  it('a longer ramp on any benefit line never raises the NPV (non-negative benefits)', () => {
    fc.assert(
      fc.property(arbCaseWithScenario({ revenueLines: [1, 6] }), fc.nat(), fc.integer({ min: 1, max: 36 }), ({ c, index }, pick, longer) => {
        const s = consistentChannels(c.scenarios[index] as Scenario);
        const lines = [...s.revenueLines.map((_, i) => ['revenueLines', i] as const), ...s.savingLines.map((_, i) => ['savingLines', i] as const)];
        const chosen = lines[pick % lines.length];
        if (!chosen) return;
        const [group, i] = chosen;
        const slower: Scenario =
          group === 'revenueLines'
            ? { ...s, revenueLines: s.revenueLines.map((l, k) => (k === i ? { ...l, rampMonths: Math.min(120, l.rampMonths + longer) } : l)) }
            : { ...s, savingLines: s.savingLines.map((l, k) => (k === i ? { ...l, rampMonths: Math.min(120, l.rampMonths + longer) } : l)) };
        const npv = computeScenario(c, s, index).npv;
        expect(computeScenario(c, slower, index).npv).toBeLessThanOrEqual(npv + tol(npv));
      }),
      runs(150),
    );
  });

  it('the cumulative net is the running sum of the net, and NPV = PV benefits − PV costs', () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        for (const r of computeCase(c)) {
          let acc = 0;
          r.net.forEach((n, m) => {
            acc += n;
            expect(Math.abs((r.cumulative[m] ?? NaN) - acc)).toBeLessThanOrEqual(tol(acc) * (m + 1));
          });
          expect(Math.abs(r.npv - (r.pvBenefits - r.pvCosts))).toBeLessThanOrEqual(1e-9 * Math.max(1, r.pvBenefits, r.pvCosts));
          if (r.paybackMonth !== null) expect(r.cumulative[r.paybackMonth]).toBeGreaterThanOrEqual(0);
        }
      }),
      runs(60),
    );
  });

  it('is deterministic: the same case computes to the same result', () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        expect(computeCase(structuredClone(c))).toEqual(computeCase(c));
      }),
      runs(30),
    );
  });
});
