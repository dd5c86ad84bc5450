/**
 * The fast trial path: a scenario compiled once into what does not depend on the sampled inputs
 * (every ramp, which moments are in scope, which segment a line reads), then evaluated as many times as
 * the Monte Carlo needs, reading the current values from the (mutable, private) case copy it was
 * compiled from. Same formulas as shared/engine (DOMAIN "The reference model"), without what a trial
 * does not need (IRR, KPIs, flags, year tables), with the moment loop reduced to three sums
 * (D(m) = r_D(m)·Σ v·δ; A(m) = r_A(m)·(Σ v·α − r_D(m)·Σ v·δ·α)) and no arrays allocated per trial.
 * tests/shared/risk/fast-model.test.ts proves it equal to computeScenario to 1e-9.
 */
import type { Case, Moment, RetentionLine, Scenario, Segment } from '../case/schema';
import { churnReduction, ratio } from '../engine/segments';
import { programmeRamp } from '../engine/lines';
import { discountFactors, rampSeries } from '../engine/time';
import { inAutomationScope } from '../engine/volume';

export interface TrialOutcome {
  npv: number;
  roi: number | null;
  paybackMonth: number | null;
}

/** Discount factors keyed by rate and horizon: a trial only recomputes them when the rate moved. */
export class DiscountCache {
  private rate = NaN;
  private horizon = -1;
  private df: number[] = [];
  get(rate: number, horizon: number): number[] {
    if (rate !== this.rate || horizon !== this.horizon) {
      this.df = discountFactors(rate, horizon);
      this.rate = rate;
      this.horizon = horizon;
    }
    return this.df;
  }
}

type Compiled = (benefits: Float64Array, costs: Float64Array, assisted: Float64Array) => void;

export interface FastModel {
  evaluate(): TrialOutcome;
}

export function compileScenario(c: Case, s: Scenario): FastModel {
  const H = c.horizonMonths;
  const n = H + 1;
  const rampD = programmeRamp(s, 'deflection', H);
  const rampA = programmeRamp(s, 'ai', H);
  const scope: Moment[] = s.moments.filter(inAutomationScope);
  const segs = new Map<string, Segment>(s.segments.map((g) => [g.id, g]));
  const D = new Float64Array(n);
  const A = new Float64Array(n);
  const assisted = new Float64Array(n);
  const benefits = new Float64Array(n);
  const costs = new Float64Array(n);
  const cache = new DiscountCache();
  const kept = new Float64Array(n);

  const baseline = (): number => {
    const o = s.service.volumeOverride;
    if (o !== null) return o;
    let v = 0;
    for (const g of s.segments) v += (g.customers * g.contactsPerCustomerYear) / 12;
    return v;
  };

  const lines: Compiled[] = [];
  for (const l of s.revenueLines) {
    const ramp = rampSeries(H, l.startMonth, l.rampMonths, l.enabled);
    if (l.kind === 'acquisition') {
      lines.push((b) => {
        const f = 1 - l.haircut;
        const per = l.opportunitiesPerMonth * l.conversionUplift * l.firstYearValue;
        for (let m = 0; m < n; m++) b[m] = (b[m] ?? 0) + per * (ramp[m] ?? 0) * l.grossMargin * f;
      });
      continue;
    }
    const seg = segs.get(l.segmentId);
    if (!seg) continue;
    if (l.kind === 'expansion') {
      lines.push((b) => {
        const f = 1 - l.haircut;
        const per = ((seg.customers * seg.arpu) / 12) * l.uplift;
        for (let m = 0; m < n; m++) b[m] = (b[m] ?? 0) + per * (ramp[m] ?? 0) * seg.grossMargin * f;
      });
    } else {
      const line: RetentionLine = l;
      lines.push((b) => {
        const f = 1 - line.haircut;
        const rho = churnReduction(line);
        const mc = seg.annualChurn / 12;
        kept[0] = 0;
        for (let m = 1; m < n; m++) {
          const k = (kept[m - 1] ?? 0) * (1 - mc) + seg.customers * mc * rho * (ramp[m] ?? 0);
          kept[m] = k;
          b[m] = (b[m] ?? 0) + ((k * seg.arpu) / 12) * seg.grossMargin * f;
        }
      });
    }
  }
  for (const l of s.savingLines) {
    const svc = s.service;
    switch (l.kind) {
      case 'deflection':
        lines.push((b) => {
          const k = (svc.assistedCostPerContact - svc.selfServiceCostPerContact) * (1 - l.haircut);
          for (let m = 0; m < n; m++) b[m] = (b[m] ?? 0) + (D[m] ?? 0) * k;
        });
        break;
      case 'ai':
        lines.push((b) => {
          const k = (svc.assistedCostPerContact - svc.aiCostPerResolution) * (1 - l.haircut);
          for (let m = 0; m < n; m++) b[m] = (b[m] ?? 0) + (A[m] ?? 0) * k;
        });
        break;
      case 'handleTime': {
        const ramp = rampSeries(H, l.startMonth, l.rampMonths, l.enabled);
        lines.push((b, _c, h) => {
          const k = (l.ahtReductionMinutes / 60) * svc.agentHourCost * (1 - l.haircut);
          for (let m = 0; m < n; m++) b[m] = (b[m] ?? 0) + (h[m] ?? 0) * k * (ramp[m] ?? 0);
        });
        break;
      }
      case 'escalation': {
        const ramp = rampSeries(H, l.startMonth, l.rampMonths, l.enabled);
        lines.push((b) => {
          const per = ((l.escalationsPerMonth * l.handoffsAvoided * l.minutesPerHandoff) / 60) * svc.agentHourCost * (1 - l.haircut);
          for (let m = 0; m < n; m++) b[m] = (b[m] ?? 0) + per * (ramp[m] ?? 0);
        });
        break;
      }
    }
  }
  for (const l of s.costLines) {
    if (!l.enabled) continue;
    lines.push((_b, cs) => {
      const v = l.amount * (1 + l.contingency);
      if (l.kind === 'oneOff') {
        if (l.month <= H) cs[l.month] = (cs[l.month] ?? 0) + v;
      } else for (let m = Math.max(1, l.month); m <= H; m++) cs[m] = (cs[m] ?? 0) + v;
    });
  }

  return {
    evaluate(): TrialOutcome {
      const df = cache.get(c.discountRate, H);
      const V = baseline();
      let vd = 0;
      let va = 0;
      let vda = 0;
      for (const mo of scope) {
        const v = mo.volumeMode === 'share' ? mo.volume * V : mo.volume;
        vd += v * mo.deflectionRate;
        va += v * mo.aiResolutionRate;
        vda += v * mo.deflectionRate * mo.aiResolutionRate;
      }
      for (let m = 0; m < n; m++) {
        const rd = rampD[m] ?? 0;
        const d = vd * rd;
        const a = (va - vda * rd) * (rampA[m] ?? 0);
        D[m] = d;
        A[m] = a;
        assisted[m] = Math.max(0, V - d - a);
      }
      benefits.fill(0);
      costs.fill(0);
      for (const f of lines) f(benefits, costs, assisted);
      let pvB = 0;
      let pvC = 0;
      let npv = 0;
      let acc = 0;
      let payback: number | null = null;
      let hasCosts = false;
      for (let m = 0; m < n; m++) {
        const b = benefits[m] ?? 0;
        const cm = costs[m] ?? 0;
        const w = df[m] ?? 0;
        pvB += b * w;
        pvC += cm * w;
        npv += (b - cm) * w;
        acc += b - cm;
        if (payback === null && m >= 1 && acc >= 0) payback = m;
        if (cm !== 0) hasCosts = true;
      }
      return { npv, roi: pvC > 0 ? ratio(pvB - pvC, pvC) : null, paybackMonth: hasCosts ? payback : null };
    },
  };
}
