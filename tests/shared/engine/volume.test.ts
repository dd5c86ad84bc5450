/** The service-volume chain: deflection → AI → still assisted → handle time (DOMAIN.md, "Service volume"). */
import { describe, expect, it } from 'vitest';
import type { SavingLine } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { baselineVolume, momentCoverage, momentFigures } from '@shared/engine/volume';
import { aiLine, caseOf, deflectionLine, escalationLine, handleTimeLine, moment, scenario, segment } from '../../support/cases';
import { expectAllClose, expectClose } from '../../support/close';

// V = 1,200 customers × 10 contacts a year / 12 = 1,000 contacts a month.
// Moments: A 30% share (300) δ 30% α 50%; B 200 absolute, protected (out of scope); C 100 absolute δ 20% α 25%;
// D 150 absolute, not automatable (out of scope).
const moments = [
  moment({ id: 'mom_a', volumeMode: 'share', volume: 0.3, deflectionRate: 0.3, aiResolutionRate: 0.5 }),
  moment({ id: 'mom_b', volume: 200, protected: true, deflectionRate: 0.4, aiResolutionRate: 0.8 }),
  moment({ id: 'mom_c', volume: 100, deflectionRate: 0.2, aiResolutionRate: 0.25 }),
  moment({ id: 'mom_d', volume: 150, automatable: false, deflectionRate: 0.4, aiResolutionRate: 0.8 }),
];
// Service: assisted 13.50, self-service 1.84, AI 1.20 per contact, agent hour 40.
const base = scenario({ segments: [segment()], moments });

function run(savingLines: SavingLine[], horizon = 12) {
  const s = { ...base, savingLines };
  return computeScenario(caseOf([s], { horizonMonths: horizon }), s);
}

describe('service volume', () => {
  it('V = Σ customers × contacts a year / 12, unless overridden', () => {
    expect(baselineVolume(base)).toBe(1000);
    expect(baselineVolume({ ...base, service: { ...base.service, volumeOverride: 4321 } })).toBe(4321);
  });

  it('moment volumes: a share of V or an absolute figure; the automation candidates exceed ~20 a month', () => {
    const f = momentFigures([...moments, moment({ id: 'mom_e', volume: 15 })], 1000);
    expect(f.map((x) => x.monthlyVolume)).toEqual([300, 200, 100, 150, 15]);
    expect(f.map((x) => x.inScope)).toEqual([true, false, true, false, true]);
    expect(f.map((x) => x.automationCandidate)).toEqual([true, false, true, true, false]);
  });

  it('the ~20 a month rule only suggests automation for moments not marked automatable (never protected ones)', () => {
    const f = momentFigures(
      [
        moment({ id: 'a', volumeMode: 'absolute', volume: 300, automatable: false, protected: false }),
        moment({ id: 'b', volumeMode: 'absolute', volume: 300, automatable: true, protected: false }),
        moment({ id: 'c', volumeMode: 'absolute', volume: 300, automatable: false, protected: true }),
        moment({ id: 'd', volumeMode: 'absolute', volume: 15, automatable: false, protected: false }),
      ],
      1000,
    );
    expect(f.map((x) => x.automationSuggested)).toEqual([true, false, false, false]);
    // Only the moment marked automatable (and not protected) is in the deflection and AI scope.
    expect(f.map((x) => x.inScope)).toEqual([false, true, false, false]);
  });

  it('moment coverage: the moments’ share of the baseline, whatever the mode; null without moments or baseline', () => {
    const shares = [moment({ id: 'a', volumeMode: 'share', volume: 0.4 }), moment({ id: 'b', volumeMode: 'share', volume: 0.23 })];
    expectClose(momentCoverage(shares, 1000), 0.63);
    expectClose(momentCoverage([...shares, moment({ id: 'c', volumeMode: 'absolute', volume: 500 })], 1000), 1.13);
    expect(momentCoverage([], 1000)).toBeNull();
    expect(momentCoverage(shares, 0)).toBeNull();
  });

  it('deflection → AI → assisted at full ramp, and the savings each gives', () => {
    const r = run([deflectionLine(), aiLine(), handleTimeLine(2)]);
    // D = 300 × 0.3 + 100 × 0.2 = 90 + 20 = 110
    // A = (300 − 90) × 0.5 + (100 − 20) × 0.25 = 105 + 20 = 125
    // H = 1,000 − 110 − 125 = 765
    expectClose(r.volume.deflected[1], 110);
    expectClose(r.volume.aiResolved[1], 125);
    expectClose(r.volume.assisted[1], 765);
    expect(r.volume.deflected[0]).toBe(0);
    const [defl, ai, aht] = r.lines;
    // Deflection: 110 × (13.50 − 1.84) = 1,282.60; AI: 125 × (13.50 − 1.20) = 1,537.50
    // Handle time: 765 × 2 / 60 × 40 = 1,020
    expectClose(defl?.value[1], 110 * (13.5 - 1.84));
    expectClose(defl?.value[1], 1282.6);
    expectClose(ai?.value[1], 1537.5);
    expectClose(aht?.value[1], 1020);
  });

  it('the AI works on what deflection leaves, each on its own ramp', () => {
    // Deflection ramp R = 2 from month 1 (½ then 1); AI starts month 2 with R = 0.
    const r = run([deflectionLine({ rampMonths: 2 }), aiLine({ startMonth: 2 })], 3);
    // m1: D = 110 × ½ = 55, A = 0, H = 945
    // m2: D = 110; A = 125; H = 765
    expectAllClose(r.volume.deflected, [0, 55, 110, 110]);
    expectAllClose(r.volume.aiResolved, [0, 0, 125, 125]);
    expectAllClose(r.volume.assisted, [1000, 945, 765, 765]);
  });

  it('with deflection half ramped, AI resolves a share of the larger remainder', () => {
    const r = run([deflectionLine({ rampMonths: 2 }), aiLine()], 2);
    // m1: D_a = 300 × 0.3 × ½ = 45, D_c = 100 × 0.2 × ½ = 10; A = (300 − 45) × 0.5 + (100 − 10) × 0.25 = 127.5 + 22.5 = 150
    expectClose(r.volume.deflected[1], 55);
    expectClose(r.volume.aiResolved[1], 150);
    expectClose(r.volume.assisted[1], 1000 - 55 - 150);
  });

  it('a disabled deflection line deflects nothing, and the AI then works on the full volume', () => {
    const r = run([deflectionLine({ enabled: false }), aiLine()], 1);
    expect(r.volume.deflected[1]).toBe(0);
    // A = 300 × 0.5 + 100 × 0.25 = 175
    expectClose(r.volume.aiResolved[1], 175);
    expect(r.lines[0]?.value[1]).toBe(0);
  });

  it('handle-time saving follows its own ramp and haircut: H × ΔAHT/60 × hour cost × ramp × (1 − h)', () => {
    const r = run([handleTimeLine(1.5, { rampMonths: 3, haircut: 0.1 })], 3);
    // No deflection or AI: H = 1,000. 1,000 × 1.5/60 × 40 = 1,000 at full ramp; × 0.9 haircut.
    expectAllClose(r.lines[0]?.value ?? [], [0, (1000 / 3) * 0.9, (2000 / 3) * 0.9, 900]);
  });

  it('escalation saving: escalations × hand-offs avoided × minutes / 60 × hour cost × ramp', () => {
    const r = run([escalationLine(300, 1.5, 12, { rampMonths: 2, haircut: 0.15 })], 3);
    // 300 × 1.5 × 12 / 60 × 40 = 3,600 a month at full ramp; × 0.85 = 3,060.
    expectAllClose(r.lines[0]?.raw ?? [], [0, 1800, 3600, 3600]);
    expectAllClose(r.lines[0]?.value ?? [], [0, 1530, 3060, 3060]);
  });

  it('never lets the assisted volume go below zero when moments add up to more than V', () => {
    const s = { ...base, moments: [moment({ volume: 5000, deflectionRate: 0.4, aiResolutionRate: 0.8 })], savingLines: [deflectionLine(), aiLine()] };
    const r = computeScenario(caseOf([s]), s);
    expect(r.volume.momentsExceedBaseline).toBe(true);
    expect(r.volume.assisted[1]).toBe(0);
  });
});
