/**
 * Every input of the workbook: its defined name (the same `N` names the Assumptions sheet defines),
 * where its value lives in the case (a stable path that names items by id) and how to read it.
 * The exporter writes this list into the workbook's round-trip sheet and the round trip reads it
 * back, so both sides agree by construction; a test checks it against the names the export defines.
 */
import type { Case, Scenario } from '@shared/case/schema';
import { resolvePath, scalarAt } from '@shared/roundtrip/paths';
import type { InputType, Scalar, StablePath } from '@shared/roundtrip/schema';
import { N, type CostKey, type MomentKey, type RevenueKey, type SavingKey, type SegmentKey, type ServiceKey } from './context';

export interface InputEntry {
  name: string;
  path: StablePath;
  type: InputType;
  /** The value written into the cell (null: an empty optional value). */
  value: Scalar | null;
}

type Field = [string, InputType];

const SERVICE: Record<ServiceKey, Field> = {
  AssistedCost: ['assistedCostPerContact', 'number'],
  SelfServiceCost: ['selfServiceCostPerContact', 'number'],
  AiCost: ['aiCostPerResolution', 'number'],
  AgentHourCost: ['agentHourCost', 'number'],
  AHT: ['averageHandleTimeMinutes', 'number'],
  ResolutionRate: ['resolutionRate', 'number'],
  VolumeOverride: ['volumeOverride', 'number'],
  VolumeGrowth: ['volumeGrowth', 'number'],
  ProductiveHours: ['productiveHoursPerFte', 'number'],
};

const SEGMENT: Record<SegmentKey, Field> = {
  Tier: ['tier', 'choice'],
  Priority: ['priority', 'flag'],
  Customers: ['customers', 'number'],
  ARPU: ['arpu', 'number'],
  Margin: ['grossMargin', 'number'],
  Churn: ['annualChurn', 'number'],
  CAC: ['cac', 'number'],
  Contacts: ['contactsPerCustomerYear', 'number'],
  Growth: ['customerGrowth', 'number'],
};

const MOMENT: Record<MomentKey, Field> = {
  Intent: ['intent', 'choice'],
  Channel: ['channel', 'choice'],
  Mode: ['volumeMode', 'choice'],
  Volume: ['volume', 'number'],
  Automatable: ['automatable', 'flag'],
  Protected: ['protected', 'flag'],
  Deflection: ['deflectionRate', 'number'],
  AIRate: ['aiResolutionRate', 'number'],
  Satisfaction: ['satisfaction', 'number'],
};

const TIMING = { Start: ['startMonth', 'number'], Ramp: ['rampMonths', 'number'], Haircut: ['haircut', 'number'], Enabled: ['enabled', 'flag'] } satisfies Record<string, Field>;

const REVENUE: Record<'retention' | 'expansion' | 'acquisition', Partial<Record<RevenueKey, Field>>> = {
  retention: { Mode: ['churnReductionMode', 'choice'], ChurnReduction: ['churnReduction', 'number'], DissatisfiedNow: ['dissatisfiedNow', 'number'], DissatisfiedTarget: ['dissatisfiedTarget', 'number'], ...TIMING },
  expansion: { Uplift: ['uplift', 'number'], ...TIMING },
  acquisition: { Opportunities: ['opportunitiesPerMonth', 'number'], ConversionUplift: ['conversionUplift', 'number'], FirstYearValue: ['firstYearValue', 'number'], Margin: ['grossMargin', 'number'], ...TIMING },
};

const SAVING: Record<'deflection' | 'ai' | 'handleTime' | 'escalation', Partial<Record<SavingKey, Field>>> = {
  deflection: { ...TIMING },
  ai: { ...TIMING },
  handleTime: { AHTReduction: ['ahtReductionMinutes', 'number'], ...TIMING },
  escalation: { Escalations: ['escalationsPerMonth', 'number'], Handoffs: ['handoffsAvoided', 'number'], MinutesPerHandoff: ['minutesPerHandoff', 'number'], ...TIMING },
};

const COST: Partial<Record<CostKey, Field>> = {
  Category: ['category', 'choice'],
  Kind: ['kind', 'choice'],
  Amount: ['amount', 'number'],
  Month: ['month', 'number'],
  Contingency: ['contingency', 'number'],
  Enabled: ['enabled', 'flag'],
  Accounting: ['accounting', 'choice'],
  Life: ['lifeMonths', 'number'],
};

function scenarioEntries(s: Scenario, p: string): Omit<InputEntry, 'value'>[] {
  const base: StablePath = ['scenarios', { by: 'id', value: s.id }];
  const out: Omit<InputEntry, 'value'>[] = [];
  const add = (name: string, path: StablePath, [field, type]: Field) => out.push({ name, path: [...base, ...path, field], type });
  const each = <K extends string>(fields: Partial<Record<K, Field>>, name: (k: K) => string, path: StablePath) => {
    for (const k in fields) {
      const f = fields[k];
      if (f) add(name(k), path, f);
    }
  };
  each(SERVICE, (k) => N.svc(p, k), ['service']);
  s.segments.forEach((g, k) => each(SEGMENT, (key) => N.seg(p, k, key), ['segments', { by: 'id', value: g.id }]));
  s.moments.forEach((m, j) => each(MOMENT, (key) => N.mom(p, j, key), ['moments', { by: 'id', value: m.id }]));
  s.revenueLines.forEach((l, i) => each(REVENUE[l.kind], (key) => N.rev(p, i, key), ['revenueLines', { by: 'id', value: l.id }]));
  s.savingLines.forEach((l, i) => each(SAVING[l.kind], (key) => N.sav(p, i, key), ['savingLines', { by: 'id', value: l.id }]));
  s.costLines.forEach((l, i) => each(COST, (key) => N.cost(p, i, key), ['costLines', { by: 'id', value: l.id }]));
  const competitorIndex = new Map(s.competitors.map((x, k) => [x.id, k]));
  for (const m of s.metrics) {
    const at: StablePath = ['metrics', { by: 'metric', value: m.metric }];
    for (const key of ['Ours', 'Market', 'Target'] as const) add(N.metric(p, m.metric, key), at, [key.toLowerCase(), 'number']);
    for (const v of m.competitors) {
      const k = competitorIndex.get(v.competitorId);
      if (k !== undefined) add(N.metric(p, m.metric, `Cmp${k + 1}`), [...at, 'competitors', { by: 'competitorId', value: v.competitorId }], ['value', 'number']);
    }
  }
  return out;
}

/** The inputs of an export of these scenarios (positions in the case), in the Assumptions sheet's order. */
export function inputMap(c: Case, scenarioIndices: readonly number[]): InputEntry[] {
  const list: Omit<InputEntry, 'value'>[] = [
    { name: N.discountRate, path: ['discountRate'], type: 'number' },
    { name: N.horizon, path: ['horizonMonths'], type: 'number' },
    // Model v2. The start month is text (2027-03): read back as the words of a choice cell are, and
    // checked by the schema's pattern.
    { name: N.startMonth, path: ['startMonth'], type: 'text' },
    { name: N.fiscalYearStart, path: ['fiscalYearStartMonth'], type: 'number' },
    { name: N.taxRate, path: ['taxRate'], type: 'number' },
    { name: N.discounting, path: ['discounting'], type: 'choice' },
    { name: N.wageInflation, path: ['wageInflation'], type: 'number' },
    { name: N.costInflation, path: ['costInflation'], type: 'number' },
  ];
  for (const i of scenarioIndices) {
    const s = c.scenarios[i];
    if (s) list.push(...scenarioEntries(s, `S${i + 1}`));
  }
  return list.map((e) => ({ ...e, value: valueAt(c, e.path) }));
}

function valueAt(c: Case, path: StablePath): Scalar | null {
  const at = resolvePath(c, path);
  return at ? scalarAt(c, at) : null;
}
