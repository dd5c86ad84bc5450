/**
 * Credibility flags: an assumption outside the published range, only in the direction that
 * flatters the case, naming the moment or line it concerns, once each.
 */
import { describe, expect, it } from 'vitest';
import { computeScenario } from '@shared/engine/compute';
import { describeFlag } from '@shared/engine/flags';
import { aiLine, caseOf, costLine, deflectionLine, escalationLine, expansionLine, handleTimeLine, moment, retentionLine, scenario, segment } from '../../support/cases';

const flagsOf = (...args: Parameters<typeof scenario>) => {
  const s = scenario(...args);
  return computeScenario(caseOf([s]), s).flags;
};

const DEFLECTION_SOURCE = 'Practitioners’ reports, as collected in an Italian article on where support money burns (2025): 25–30% typical, 40% the highest reported';

describe('credibility flags', () => {
  it('deflection 55% is above the highest reported figure, 40%: the flag names the figure, the moment, the value and the source', () => {
    const flags = flagsOf({
      moments: [moment({ deflectionRate: 0.15 }), moment({ id: 'mom_b', name: 'Password reset', deflectionRate: 0.55 })],
      savingLines: [deflectionLine({ haircut: 0.15 })],
    });
    expect(flags).toEqual([
      {
        figureId: 'deflectionRate',
        path: ['scenarios', 0, 'moments', 1, 'deflectionRate'],
        subject: { kind: 'moment', name: 'Password reset' },
        value: 0.55,
        direction: 'above',
        limit: 0.4,
        range: [0, 0.4],
      },
    ]);
    expect(describeFlag(flags[0]!)).toBe(`Ticket deflection from a knowledge base, moment “Password reset”: 55% is above the highest published figure, 40% (source: ${DEFLECTION_SOURCE})`);
    expect(describeFlag(flags[0]!, 'it')).toMatch(
      /^Ticket evitati grazie alla knowledge base, momento “Password reset”: 55% è sopra il valore più alto pubblicato, 40% \(fonte: Esperienze di settore .*25–30% tipico/,
    );
  });

  it('40% exactly is within the published range; a protected or non-automatable moment is not checked', () => {
    expect(flagsOf({ moments: [moment({ deflectionRate: 0.4 })] })).toEqual([]);
    expect(flagsOf({ moments: [moment({ deflectionRate: 0.9, protected: true }), moment({ id: 'mom_b', deflectionRate: 0.9, automatable: false })] })).toEqual([]);
  });

  it('AI resolving more than 80% of standard requests', () => {
    expect(flagsOf({ moments: [moment({ aiResolutionRate: 0.9 })] }).map((f) => [f.figureId, f.direction, f.limit, f.subject.name])).toEqual([['aiResolutionRate', 'above', 0.8, 'Moment A']]);
  });

  it('a haircut below TEI practice (10–20%) is flagged once per enabled line, naming each line; a cautious 25% or 50% never is', () => {
    const flags = flagsOf({
      savingLines: [
        { ...escalationLine(1, 1, 1, { id: 'sav_a', haircut: 0.05 }), label: 'Fewer hand-offs' },
        { ...escalationLine(1, 1, 1, { id: 'sav_b', haircut: 0.25 }), label: 'Cautious' },
        { ...handleTimeLine(1, { id: 'sav_m', haircut: 0.02 }), label: 'Macros' },
        { ...escalationLine(1, 1, 1, { id: 'sav_c', haircut: 0.05, enabled: false }), label: 'Off' },
      ],
      segments: [segment()],
      revenueLines: [retentionLine({ label: 'Retention saves', haircut: 0 }), expansionLine(0.05, { haircut: 0.5 })],
    });
    expect(flags.map((f) => [f.figureId, f.path.join('.'), f.direction, f.subject])).toEqual([
      ['haircut', 'scenarios.0.revenueLines.0.haircut', 'below', { kind: 'revenueLine', name: 'Retention saves' }],
      ['haircut', 'scenarios.0.savingLines.0.haircut', 'below', { kind: 'savingLine', name: 'Fewer hand-offs' }],
      ['haircut', 'scenarios.0.savingLines.2.haircut', 'below', { kind: 'savingLine', name: 'Macros' }],
    ]);
    expect(describeFlag(flags[1]!)).toBe(
      'Risk adjustment of benefits (TEI practice), saving line “Fewer hand-offs”: 5% is below the lowest published figure, 10% (source: Forrester Total Economic Impact (TEI) practice)',
    );
    expect(flagsOf({ savingLines: [escalationLine(1, 1, 1, { haircut: 0.25 })] })).toEqual([]);
  });

  it('a discount rate below 8% flatters the case and is flagged; a higher one (20%) is cautious and is not', () => {
    const s = scenario();
    expect(computeScenario(caseOf([s], { discountRate: 0.2 }), s).flags).toEqual([]);
    expect(computeScenario(caseOf([s], { discountRate: 0.05 }), s).flags).toEqual([
      { figureId: 'discountRate', path: ['discountRate'], subject: { kind: 'case', name: '' }, value: 0.05, direction: 'below', limit: 0.08, range: [0.08, 0.16] },
    ]);
  });

  it('a churn reduction above 30%, entered or from the 5× rule (on the input that produces it); a small one is not flagged', () => {
    const seg = [segment()];
    const entered = flagsOf({ segments: seg, revenueLines: [retentionLine({ churnReduction: 0.35, haircut: 0.15 })] });
    expect(entered.map((f) => [f.figureId, f.path.at(-1), f.value])).toEqual([['churnReduction12m', 'churnReduction', 0.35]]);
    // p 40% → p′ 10%: ρ = 1 − 1.4/2.6 = 46%.
    const rule = flagsOf({ segments: seg, revenueLines: [retentionLine({ churnReductionMode: 'satisfaction', dissatisfiedNow: 0.4, dissatisfiedTarget: 0.1, haircut: 0.15 })] });
    expect(rule.map((f) => [f.figureId, f.path.at(-1)])).toEqual([['churnReduction12m', 'dissatisfiedTarget']]);
    expect(rule[0]?.value).toBeCloseTo(1 - 1.4 / 2.6, 12);
    expect(flagsOf({ segments: seg, revenueLines: [retentionLine({ churnReduction: 0.05, haircut: 0.15 })] })).toEqual([]);
  });

  it('an expansion uplift above the published 10%', () => {
    expect(flagsOf({ segments: [segment()], revenueLines: [expansionLine(0.15, { haircut: 0.15 })] }).map((f) => [f.figureId, f.subject.name])).toEqual([['expansionUplift', 'Expansion']]);
  });

  it('self-service or AI dearer than an assisted contact is inconsistent, on the saving line that uses it', () => {
    const svc = { ...scenario().service, selfServiceCostPerContact: 20, aiCostPerResolution: 15 };
    const flags = flagsOf({ service: svc, savingLines: [deflectionLine({ haircut: 0.15 }), aiLine({ label: 'AI agent', haircut: 0.15 })] });
    expect(flags.map((f) => [f.path.at(-1), f.direction, f.limit, f.subject.name])).toEqual([
      ['selfServiceCostPerContact', 'inconsistent', 13.5, 'Deflection'],
      ['aiCostPerResolution', 'inconsistent', 13.5, 'AI agent'],
    ]);
    expect(describeFlag(flags[1]!)).toBe('Cost per AI resolution, saving line “AI agent”: 15 is above the assisted cost per contact, 13.5');
    // Without those lines (or with them excluded) the costs change nothing: no flag.
    expect(flagsOf({ service: svc })).toEqual([]);
    expect(flagsOf({ service: svc, savingLines: [aiLine({ enabled: false })] })).toEqual([]);
  });

  it('a payback earlier than month 9 (ROI turns positive in month 9 to 12); the month in the reader’s language', () => {
    // 100 a month against 500 up front pays back in month 5.
    const flags = flagsOf({ savingLines: [escalationLine(10, 1, 15, { haircut: 0.15 })], costLines: [costLine('oneOff', 400, 0)] });
    expect(flags.map((f) => [f.figureId, f.value, f.direction, f.limit])).toEqual([['paybackMonth', 5, 'below', 9]]);
    expect(describeFlag(flags[0]!)).toMatch(/^Month ROI turns positive, this scenario: month 5 is below the lowest published figure, month 9 \(source: Reesonance, /);
    const it = describeFlag(flags[0]!, 'it');
    expect(it).toMatch(/^Mese in cui il ROI diventa positivo, questo scenario: mese 5 è sotto il valore più basso pubblicato, mese 9 \(fonte: Reesonance, /);
    expect(it).not.toMatch(/month/);
  });

  it('a payback later than month 12 is cautious: not flagged', () => {
    // 100 a month against 2,000 up front pays back in month 20.
    const s = scenario({ savingLines: [escalationLine(10, 1, 15, { haircut: 0.15 })], costLines: [costLine('oneOff', 1900, 0)] });
    const r = computeScenario(caseOf([s], { horizonMonths: 36 }), s);
    expect(r.paybackMonth).toBeGreaterThan(12);
    expect(r.flags).toEqual([]);
  });

  it('no payback flag when there was nothing to pay back (no costs)', () => {
    const s = scenario({ savingLines: [escalationLine(10, 1, 15, { haircut: 0.15 })] });
    const r = computeScenario(caseOf([s]), s);
    expect(r.paybackMonth).toBeNull();
    expect(r.flags).toEqual([]);
  });
});

