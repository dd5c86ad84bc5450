/** Credibility flags: assumptions outside the published range, named with the figure and its source. */
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../../shared/engine/compute';
import { describeFlag } from '../../../shared/engine/flags';
import { caseOf, costLine, deflectionLine, escalationLine, moment, retentionLine, scenario, segment, expansionLine } from '../../support/cases';

const flagsOf = (...args: Parameters<typeof scenario>) => {
  const s = scenario(...args);
  return computeScenario(caseOf([s]), s).flags;
};

describe('credibility flags', () => {
  it('deflection 55% is above the highest reported figure, 40%: the flag names the figure, the value and the source', () => {
    const flags = flagsOf({ moments: [moment({ deflectionRate: 0.15 }), moment({ id: 'mom_b', deflectionRate: 0.55 })], savingLines: [deflectionLine({ haircut: 0.15 })] });
    expect(flags).toEqual([{ figureId: 'deflectionRate', path: ['scenarios', 0, 'moments', 1, 'deflectionRate'], value: 0.55, direction: 'above', limit: 0.4 }]);
    const text = describeFlag(flags[0]!);
    expect(text).toBe('Ticket deflection from a knowledge base: 55% is above the highest published figure, 40% (source: Seed article 001 (25–30% typical, 40% the highest reported))');
    expect(describeFlag(flags[0]!, 'it')).toMatch(/^Ticket evitati grazie alla knowledge base: 55% è sopra il valore più alto pubblicato, 40% \(fonte: Articolo di riferimento 001 \(25–30% tipico/);
  });

  it('40% exactly is within the published range; a protected or non-automatable moment is not checked', () => {
    expect(flagsOf({ moments: [moment({ deflectionRate: 0.4 })] })).toEqual([]);
    expect(flagsOf({ moments: [moment({ deflectionRate: 0.9, protected: true }), moment({ id: 'mom_b', deflectionRate: 0.9, automatable: false })] })).toEqual([]);
  });

  it('AI resolving more than 80% of standard requests', () => {
    expect(flagsOf({ moments: [moment({ aiResolutionRate: 0.9 })] }).map((f) => [f.figureId, f.direction, f.limit])).toEqual([['aiResolutionRate', 'above', 0.8]]);
  });

  it('haircuts outside TEI practice (10–20%) on enabled lines, both ways', () => {
    const flags = flagsOf({ savingLines: [escalationLine(1, 1, 1, { haircut: 0.05 }), escalationLine(1, 1, 1, { id: 'sav_b', haircut: 0.3 }), escalationLine(1, 1, 1, { id: 'sav_c', haircut: 0.05, enabled: false })] });
    expect(flags.map((f) => [f.path.join('.'), f.direction])).toEqual([
      ['scenarios.0.savingLines.0.haircut', 'below'],
      ['scenarios.0.savingLines.1.haircut', 'above'],
    ]);
    expect(describeFlag(flags[0]!)).toBe('Risk adjustment of benefits (TEI practice): 5% is below the lowest published figure, 10% (source: Forrester TEI practice)');
  });

  it('a discount rate outside 8–16%', () => {
    const s = scenario();
    expect(computeScenario(caseOf([s], { discountRate: 0.2 }), s).flags).toEqual([{ figureId: 'discountRate', path: ['discountRate'], value: 0.2, direction: 'above', limit: 0.16 }]);
  });

  it('a churn reduction above 30%, entered or from the 5× rule (on the input that produces it)', () => {
    const seg = [segment()];
    const entered = flagsOf({ segments: seg, revenueLines: [retentionLine({ churnReduction: 0.35, haircut: 0.15 })] });
    expect(entered.map((f) => [f.figureId, f.path.at(-1), f.value])).toEqual([['churnReduction12m', 'churnReduction', 0.35]]);
    // p 40% → p′ 10%: ρ = 1 − 1.4/2.6 = 46%.
    const rule = flagsOf({ segments: seg, revenueLines: [retentionLine({ churnReductionMode: 'satisfaction', dissatisfiedNow: 0.4, dissatisfiedTarget: 0.1, haircut: 0.15 })] });
    expect(rule.map((f) => [f.figureId, f.path.at(-1)])).toEqual([['churnReduction12m', 'dissatisfiedTarget']]);
    expect(rule[0]?.value).toBeCloseTo(1 - 1.4 / 2.6, 12);
  });

  it('an expansion uplift above the published 10%', () => {
    expect(flagsOf({ segments: [segment()], revenueLines: [expansionLine(0.15, { haircut: 0.15 })] }).map((f) => f.figureId)).toEqual(['expansionUplift']);
  });

  it('self-service or AI dearer than an assisted contact is inconsistent', () => {
    const svc = { ...scenario().service, selfServiceCostPerContact: 20, aiCostPerResolution: 15 };
    const flags = flagsOf({ service: svc });
    expect(flags.map((f) => [f.path.at(-1), f.direction, f.limit])).toEqual([
      ['selfServiceCostPerContact', 'inconsistent', 13.5],
      ['aiCostPerResolution', 'inconsistent', 13.5],
    ]);
    expect(describeFlag(flags[1]!)).toBe('Cost per AI resolution: 15 is above the assisted cost per contact, 13.5');
  });

  it('a payback earlier than month 9 (ROI turns positive in month 9 to 12, seed 000)', () => {
    // 100 a month against 500 up front pays back in month 5.
    const flags = flagsOf({ savingLines: [escalationLine(10, 1, 15, { haircut: 0.15 })], costLines: [costLine('oneOff', 400, 0)] });
    expect(flags.map((f) => [f.figureId, f.value, f.direction, f.limit])).toEqual([['paybackMonth', 5, 'below', 9]]);
    expect(describeFlag(flags[0]!)).toBe('Month ROI turns positive: month 5 is below the lowest published figure, month 9 (source: Seed article 000)');
  });

  it('no payback flag when there was nothing to pay back (no investment: the cumulative net never dips below 0)', () => {
    const s = scenario({ savingLines: [escalationLine(10, 1, 15, { haircut: 0.15 })] });
    const r = computeScenario(caseOf([s]), s);
    expect(r.paybackMonth).toBe(1);
    expect(r.flags).toEqual([]);
  });
});
