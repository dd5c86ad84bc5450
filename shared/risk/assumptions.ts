/**
 * Every numeric assumption of a scenario that moves its NPV, each with the JSON path `cxcase validate`
 * prints for it, a key that survives reordering (ids, not positions: ranges are stored by key), the
 * valid range of its field, its kind (which default range applies) and its benchmark figure, if any.
 * Integers (start months, ramps, the horizon, a capex line's depreciation life) and figures that do
 * not enter the cash flows (CAC, resolution rate, benchmark metrics, productive hours per FTE) are not
 * ranged. Model v2's rates that move NPV are: the tax rate, wage and cost inflation, each segment's
 * customer growth and, when the baseline volume is overridden, its growth (a derived baseline grows
 * with the segments). Their default ranges follow the same rule (±20% of the likely value, so a rate
 * left at 0 keeps a zero-width range until the user sets one).
 */
import type { FigureId } from '../benchmarks/library';
import type { Case, Scenario } from '../case/schema';
import { jsonPath } from '../case/validate';
import { inAutomationScope } from '../engine/volume';

/** Which default range applies: ±20% for rates, volumes and values, −10%/+25% for costs. */
export type AssumptionKind = 'rate' | 'volume' | 'value' | 'cost';
export type AssumptionGroup = 'case' | 'service' | 'segments' | 'moments' | 'revenueLines' | 'savingLines' | 'costLines';

export interface Assumption {
  /** Stable key, e.g. "moments.m-faq.deflectionRate", "service.agentHourCost", "discountRate". */
  key: string;
  /** As `cxcase validate` prints it, e.g. $.scenarios[0].moments[2].deflectionRate. */
  path: string;
  group: AssumptionGroup;
  /** Position of the item in its list (segments, moments, lines); null for the case and the service. */
  index: number | null;
  /** Name of the segment or moment, label of the line; null for the case and the service. */
  itemName: string | null;
  field: string;
  kind: AssumptionKind;
  /** The field's valid range (the schema's limits). */
  min: number;
  max: number;
  figure: FigureId | null;
  value: number;
}

interface FieldSpec {
  field: string;
  kind: AssumptionKind;
  min: number;
  max: number;
  figure?: FigureId;
}

const RATE: Omit<FieldSpec, 'field'> = { kind: 'rate', min: 0, max: 1 };
const MONEY_MAX = 1e12;
const COUNT_MAX = 1e10;
const MINUTES_MAX = 10_000;
/** A haircut must stay below 100% (fields.ts); the largest double below 1 would be meaningless to show. */
const HAIRCUT_MAX = 0.99;

const rate = (field: string, figure?: FigureId): FieldSpec => ({ field, ...RATE, ...(figure ? { figure } : {}) });
const volume = (field: string): FieldSpec => ({ field, kind: 'volume', min: 0, max: COUNT_MAX });
const cost = (field: string): FieldSpec => ({ field, kind: 'cost', min: 0, max: MONEY_MAX });
const value = (field: string): FieldSpec => ({ field, kind: 'value', min: 0, max: MONEY_MAX });
const minutes = (field: string): FieldSpec => ({ field, kind: 'volume', min: 0, max: MINUTES_MAX });
const haircut: FieldSpec = { field: 'haircut', kind: 'rate', min: 0, max: HAIRCUT_MAX, figure: 'haircut' };
/** Growth and inflation: annual rates from −50% to +100% (shared/case/finance-fields.ts). */
const annual = (field: string): FieldSpec => ({ field, kind: 'rate', min: -0.5, max: 1 });

function specsOfRevenueLine(l: Scenario['revenueLines'][number]): FieldSpec[] {
  switch (l.kind) {
    case 'retention':
      return l.churnReductionMode === 'entered'
        ? [rate('churnReduction', 'churnReduction12m'), haircut]
        : [rate('dissatisfiedNow'), rate('dissatisfiedTarget'), haircut];
    case 'expansion':
      return [{ field: 'uplift', kind: 'rate', min: 0, max: 10, figure: 'expansionUplift' }, haircut];
    case 'acquisition':
      return [volume('opportunitiesPerMonth'), rate('conversionUplift'), value('firstYearValue'), rate('grossMargin'), haircut];
  }
}

function specsOfSavingLine(l: Scenario['savingLines'][number]): FieldSpec[] {
  switch (l.kind) {
    case 'deflection':
    case 'ai':
      return [haircut];
    case 'handleTime':
      return [minutes('ahtReductionMinutes'), haircut];
    case 'escalation':
      return [volume('escalationsPerMonth'), volume('handoffsAvoided'), minutes('minutesPerHandoff'), haircut];
  }
}

/** The register's rows for one scenario, in the order of the case file. */
export function listAssumptions(c: Case, scenarioIndex: number): Assumption[] {
  const s = c.scenarios[scenarioIndex];
  if (!s) return [];
  const out: Assumption[] = [];
  const base = ['scenarios', scenarioIndex];
  const add = (group: AssumptionGroup, index: number | null, itemId: string | null, itemName: string | null, spec: FieldSpec, obj: object) => {
    const v: unknown = Reflect.get(obj, spec.field);
    if (typeof v !== 'number') return;
    const where = group === 'case' ? [] : group === 'service' ? [...base, 'service'] : [...base, group, index ?? 0];
    out.push({
      key: [group === 'case' ? null : group, itemId, spec.field].filter((x) => x !== null).join('.'),
      path: jsonPath([...where, spec.field]),
      group,
      index,
      itemName,
      field: spec.field,
      kind: spec.kind,
      min: spec.min,
      max: spec.max,
      figure: spec.figure ?? null,
      value: v,
    });
  };
  add('case', null, null, null, rate('discountRate', 'discountRate'), c);
  for (const f of [rate('taxRate'), annual('wageInflation'), annual('costInflation')]) add('case', null, null, null, f, c);
  s.segments.forEach((g, i) => {
    const fields: FieldSpec[] = [volume('customers'), value('arpu'), rate('grossMargin'), { field: 'annualChurn', kind: 'rate', min: 0.0001, max: 1 }, annual('customerGrowth')];
    // Contacts per customer feed the baseline only when it is derived from the segments.
    if (s.service.volumeOverride === null) fields.push(volume('contactsPerCustomerYear'));
    for (const f of fields) add('segments', i, g.id, g.name, f, g);
  });
  s.moments.forEach((m, i) => {
    if (!inAutomationScope(m)) return;
    for (const f of [volume('volume'), rate('deflectionRate', 'deflectionRate'), rate('aiResolutionRate', 'aiResolutionRate')]) add('moments', i, m.id, m.name, f, m);
  });
  s.revenueLines.forEach((l, i) => {
    if (l.enabled) for (const f of specsOfRevenueLine(l)) add('revenueLines', i, l.id, l.label, f, l);
  });
  const svc: FieldSpec[] = [cost('assistedCostPerContact'), cost('selfServiceCostPerContact'), cost('aiCostPerResolution'), cost('agentHourCost')];
  if (s.service.volumeOverride !== null) svc.push(volume('volumeOverride'), annual('volumeGrowth'));
  for (const f of svc) add('service', null, null, null, f, s.service);
  s.savingLines.forEach((l, i) => {
    if (l.enabled) for (const f of specsOfSavingLine(l)) add('savingLines', i, l.id, l.label, f, l);
  });
  s.costLines.forEach((l, i) => {
    if (l.enabled) for (const f of [cost('amount'), { field: 'contingency', kind: 'rate' as const, min: 0, max: 5 }]) add('costLines', i, l.id, l.label, f, l);
  });
  return out;
}

/** The object inside a case that holds an assumption's field (the case itself, the service, or a list item). */
export function holderOf(c: Case, scenarioIndex: number, a: Pick<Assumption, 'group' | 'index'>): object | null {
  if (a.group === 'case') return c;
  const s = c.scenarios[scenarioIndex];
  if (!s) return null;
  if (a.group === 'service') return s.service;
  const list: readonly object[] = s[a.group];
  return list[a.index ?? -1] ?? null;
}
