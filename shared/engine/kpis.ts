/**
 * KPIs before and after (DOMAIN.md, "KPIs"). "Before" is today's operation; "after" is the last
 * month of the horizon, every line at its ramp and risk adjustment, so it is the steady state the
 * case argues for. Each ratio is null where its denominator is zero: never NaN or Infinity.
 */
import type { MetricKey, Scenario } from '../case/schema';
import type { LineSeries } from './lines';
import { churnReduction, clv, ratio } from './segments';
import { rampAt } from './time';
import type { VolumeSeries } from './volume';

export interface KpiSet {
  customers: number;
  annualRevenue: number;
  arpu: number | null;
  /** Customer-weighted annual churn. */
  churn: number | null;
  retention: number | null;
  clv: number | null;
  clvToCac: number | null;
  clvPerConversation: number | null;
  contactsPerMonth: number;
  assistedContactsPerMonth: number;
  agentHoursPerMonth: number;
  monthlySupportSpend: number;
  costPerContact: number | null;
  costPerResolution: number | null;
  supportSpendShareOfRevenue: number | null;
  revenuePerAgentHour: number | null;
}

export interface Kpis {
  before: KpiSet;
  after: KpiSet;
  /** Satisfaction metrics of step 3: ours today and the target. */
  metrics: { metric: MetricKey; before: number | null; after: number | null }[];
}

interface SegmentState {
  customers: number;
  arpu: number;
  margin: number;
  churn: number;
  cac: number;
  contacts: number;
}

function customerWeighted(rows: readonly SegmentState[], pick: (r: SegmentState) => number): number | null {
  let w = 0;
  let acc = 0;
  for (const r of rows) {
    w += r.customers;
    acc += r.customers * pick(r);
  }
  return w > 0 ? acc / w : null;
}

function kpiSet(
  rows: readonly SegmentState[],
  extraAnnualRevenue: number,
  contacts: number,
  assisted: number,
  agentHours: number,
  spend: number,
  resolutionRate: number,
): KpiSet {
  const customers = rows.reduce((a, r) => a + r.customers, 0);
  const baseRevenue = rows.reduce((a, r) => a + r.customers * r.arpu, 0);
  const annualRevenue = baseRevenue + extraAnnualRevenue;
  const churn = customerWeighted(rows, (r) => r.churn);
  const clvW = customerWeighted(rows, (r) => clv(r.arpu, r.margin, r.churn));
  const cac = customerWeighted(rows, (r) => r.cac);
  const contactsYear = customerWeighted(rows, (r) => r.contacts);
  return {
    customers,
    annualRevenue,
    arpu: ratio(baseRevenue, customers),
    churn,
    retention: churn === null ? null : 1 - churn,
    clv: clvW,
    clvToCac: clvW === null || cac === null ? null : ratio(clvW, cac),
    clvPerConversation: clvW === null || churn === null || contactsYear === null ? null : ratio(clvW * churn, contactsYear),
    contactsPerMonth: contacts,
    assistedContactsPerMonth: assisted,
    agentHoursPerMonth: agentHours,
    monthlySupportSpend: spend,
    costPerContact: ratio(spend, contacts),
    costPerResolution: ratio(spend, contacts * resolutionRate),
    supportSpendShareOfRevenue: ratio(12 * spend, annualRevenue),
    revenuePerAgentHour: ratio(annualRevenue, 12 * agentHours),
  };
}

export function computeKpis(s: Scenario, vol: VolumeSeries, lines: readonly LineSeries[], horizon: number): Kpis {
  const svc = s.service;
  const V = vol.baseline;
  const aht = svc.averageHandleTimeMinutes;
  const last = horizon;
  const at = (l: LineSeries) => l.value[last] ?? 0;

  const stateOf = (g: Scenario['segments'][number]): SegmentState => ({
    customers: g.customers,
    arpu: g.arpu,
    margin: g.grossMargin,
    churn: g.annualChurn,
    cac: g.cac,
    contacts: g.contactsPerCustomerYear,
  });
  const before = s.segments.map(stateOf);
  // After: churn lowered by ρ of the segment's enabled retention lines, ARPU raised by expansion uplift.
  const after = s.segments.map((g): SegmentState => {
    const base = stateOf(g);
    let keep = 1;
    let uplift = 0;
    for (const l of s.revenueLines) {
      if (!l.enabled || l.kind === 'acquisition' || l.segmentId !== g.id) continue;
      // At the line's ramp in the last month and after its haircut, like every figure of the case.
      const weight = rampAt(last, l.startMonth, l.rampMonths) * (1 - l.haircut);
      if (l.kind === 'retention') keep *= 1 - churnReduction(l) * weight;
      else uplift += l.uplift * weight;
    }
    return { ...base, churn: Math.max(base.churn * keep, 1e-9), arpu: base.arpu * (1 + uplift) };
  });

  const savingsAtEnd = lines.filter((l) => l.group === 'saving').reduce((a, l) => a + at(l), 0);
  const recurringAtEnd = lines.filter((l) => l.kind === 'recurring').reduce((a, l) => a + at(l), 0);
  const spendBefore = V * svc.assistedCostPerContact;
  const spendAfter = Math.max(0, spendBefore - savingsAtEnd + recurringAtEnd);

  const ahtSaved = s.savingLines.reduce(
    (a, l) => (l.kind === 'handleTime' && l.enabled ? a + l.ahtReductionMinutes * rampAt(last, l.startMonth, l.rampMonths) * (1 - l.haircut) : a),
    0,
  );
  const escalationHoursSaved = s.savingLines.reduce(
    (a, l) =>
      l.kind === 'escalation' && l.enabled
        ? a + ((l.escalationsPerMonth * l.handoffsAvoided * l.minutesPerHandoff) / 60) * rampAt(last, l.startMonth, l.rampMonths) * (1 - l.haircut)
        : a,
    0,
  );
  const assistedAfter = vol.assisted[last] ?? V;
  const hoursBefore = (V * aht) / 60;
  const hoursAfter = Math.max(0, (assistedAfter * Math.max(0, aht - ahtSaved)) / 60 - escalationHoursSaved);

  // Revenue generated or protected beyond the segments' own ARPU: new business (acquisition) and the
  // customers retention keeps (the kept stock's revenue). Expansion is already in the higher ARPU.
  const addedRevenue = lines
    .filter((l) => l.kind === 'acquisition' || l.kind === 'retention')
    .reduce((a, l) => a + (l.revenue?.[last] ?? 0), 0);

  return {
    before: kpiSet(before, 0, V, V, hoursBefore, spendBefore, svc.resolutionRate),
    after: kpiSet(after, 12 * addedRevenue, V, assistedAfter, hoursAfter, spendAfter, svc.resolutionRate),
    metrics: s.metrics.map((m) => ({ metric: m.metric, before: m.ours, after: m.target ?? m.ours })),
  };
}
