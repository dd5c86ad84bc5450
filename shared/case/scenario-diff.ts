/**
 * What changed between two scenarios of a case, input by input: items added or removed (matched by
 * id, never by position, so reordering is not a change), and every field whose value differs,
 * including a metric's value for one competitor. Pure: the views word and format what it returns.
 */
import { METRICS, type BenchmarkMetric, type MetricKey, type Scenario } from './schema';

/** Which step an input belongs to (the order the list is shown in). */
export type DiffStep = 'segments' | 'moments' | 'benchmarks' | 'revenue' | 'costs';

export type DiffCollection = 'segments' | 'moments' | 'competitors' | 'metrics' | 'revenueLines' | 'savingLines' | 'costLines' | 'service';

/** How a value is shown: the view formats by unit, in the case's locale and currency. */
export type DiffUnit = 'money' | 'percent' | 'count' | 'minutes' | 'month' | 'months' | 'flag' | 'text' | 'choice' | 'metric' | 'number';

export interface DiffValue {
  unit: DiffUnit;
  value: number | string | boolean | null;
}

export interface InputChange {
  step: DiffStep;
  collection: DiffCollection;
  change: 'added' | 'removed' | 'changed';
  /** The item changed (a segment, a line, a metric…); null for the service baseline. */
  item: { id: string; name: string; kind: string | null } | null;
  /** The field changed (a schema key); null for an added or removed item. */
  field: string | null;
  /** For a competitor's value on a metric: which competitor. */
  competitor: { id: string; name: string } | null;
  /** For benchmark values: the metric, which sets the unit's scale. */
  metric: MetricKey | null;
  /** Null when the field or item is absent on that side. */
  before: DiffValue | null;
  after: DiffValue | null;
}

const STEP_OF: Record<DiffCollection, DiffStep> = {
  segments: 'segments',
  moments: 'moments',
  competitors: 'benchmarks',
  metrics: 'benchmarks',
  revenueLines: 'revenue',
  savingLines: 'costs',
  service: 'costs',
  costLines: 'costs',
};

const TIMING: Record<string, DiffUnit> = { startMonth: 'month', rampMonths: 'months', haircut: 'percent', enabled: 'flag', source: 'text', notes: 'text', label: 'text' };

/** Units by field; a field not listed falls back on its value's type. */
const UNITS: Record<DiffCollection, Record<string, DiffUnit>> = {
  segments: {
    name: 'text', customers: 'count', arpu: 'money', grossMargin: 'percent', annualChurn: 'percent', cac: 'money',
    contactsPerCustomerYear: 'number', tier: 'choice', priority: 'flag', notes: 'text',
  },
  moments: {
    name: 'text', intent: 'choice', channel: 'choice', volumeMode: 'choice', satisfaction: 'percent', automatable: 'flag',
    protected: 'flag', deflectionRate: 'percent', aiResolutionRate: 'percent', source: 'text', notes: 'text',
  },
  competitors: { name: 'text', notes: 'text' },
  metrics: { ours: 'metric', market: 'metric', target: 'metric', source: 'text' },
  revenueLines: {
    ...TIMING, segmentId: 'text', churnReductionMode: 'choice', churnReduction: 'percent', dissatisfiedNow: 'percent', dissatisfiedTarget: 'percent',
    uplift: 'percent', opportunitiesPerMonth: 'count', conversionUplift: 'percent', firstYearValue: 'money', grossMargin: 'percent',
  },
  savingLines: { ...TIMING, ahtReductionMinutes: 'minutes', escalationsPerMonth: 'count', handoffsAvoided: 'number', minutesPerHandoff: 'minutes' },
  costLines: { label: 'text', category: 'choice', kind: 'choice', amount: 'money', month: 'month', contingency: 'percent', enabled: 'flag', source: 'text', notes: 'text' },
  service: {
    assistedCostPerContact: 'money', selfServiceCostPerContact: 'money', aiCostPerResolution: 'money', agentHourCost: 'money',
    averageHandleTimeMinutes: 'minutes', resolutionRate: 'percent', volumeOverride: 'count', volumeSource: 'text',
  },
};

type Scalar = number | string | boolean | null;

/** The unit of a field of a scenario's collection (`moments`, `costLines`…), or null when the name is not one. */
export function unitOfField(collection: string, field: string): DiffUnit | null {
  const units: Record<string, Record<string, DiffUnit> | undefined> = UNITS;
  return (Object.hasOwn(units, collection) ? units[collection]?.[field] : undefined) ?? null;
}

function unitOf(collection: DiffCollection, field: string, v: unknown): DiffUnit {
  const u = UNITS[collection][field];
  if (u) return u;
  return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'flag' : 'text';
}

const isScalar = (v: unknown): v is Scalar => v === null || ['number', 'string', 'boolean'].includes(typeof v);

/** Equal as inputs: NaN never occurs in a valid case, but -0 and 0 are the same input. */
const same = (a: unknown, b: unknown) => a === b || (typeof a === 'number' && typeof b === 'number' && Object.is(a + 0, b + 0));

interface Named {
  id: string;
  name?: string;
  label?: string;
  kind?: string;
}

const nameOf = (x: Named) => x.name ?? x.label ?? x.id;

/** Compare two items field by field (every key of either, except the id and the list of competitor values). */
function fieldChanges(
  collection: DiffCollection,
  item: InputChange['item'],
  a: object,
  b: object,
  show: (field: string, v: Scalar, side: 'before' | 'after') => DiffValue,
  metric: MetricKey | null = null,
): InputChange[] {
  const out: InputChange[] = [];
  const ma: Map<string, unknown> = new Map(Object.entries(a));
  const mb: Map<string, unknown> = new Map(Object.entries(b));
  const keys = [...new Set([...ma.keys(), ...mb.keys()])].filter((k) => k !== 'id' && k !== 'metric' && k !== 'competitors');
  for (const field of keys) {
    const x = ma.get(field);
    const y = mb.get(field);
    if (same(x, y)) continue;
    if ((x !== undefined && !isScalar(x)) || (y !== undefined && !isScalar(y))) continue;
    out.push({
      step: STEP_OF[collection],
      collection,
      change: 'changed',
      item,
      field,
      competitor: null,
      metric,
      before: x === undefined ? null : show(field, x, 'before'),
      after: y === undefined ? null : show(field, y, 'after'),
    });
  }
  return out;
}

function listChanges<T extends Named>(
  collection: DiffCollection,
  before: readonly T[],
  after: readonly T[],
  show: (field: string, v: Scalar, side: 'before' | 'after', item: T) => DiffValue,
  extra?: (a: T, b: T, item: InputChange['item']) => InputChange[],
): InputChange[] {
  const out: InputChange[] = [];
  // Revenue and saving lines are typed by `kind`: a line whose type differs is another line. A cost
  // line's `kind` (one-off or recurring) is an ordinary field.
  const kindOf = (x: T) => (collection === 'revenueLines' || collection === 'savingLines' ? (x.kind ?? null) : null);
  const beforeById = new Map(before.map((x) => [x.id, x]));
  const afterById = new Map(after.map((x) => [x.id, x]));
  const step = STEP_OF[collection];
  const base = { step, collection, field: null, competitor: null, metric: null };
  const ref = (x: T) => ({ id: x.id, name: nameOf(x), kind: x.kind ?? null });
  for (const x of before) {
    const y = afterById.get(x.id);
    if (!y || kindOf(y) !== kindOf(x)) out.push({ ...base, change: 'removed', item: ref(x), before: { unit: 'text', value: nameOf(x) }, after: null });
  }
  for (const y of after) {
    const x = beforeById.get(y.id);
    if (!x || kindOf(x) !== kindOf(y)) {
      out.push({ ...base, change: 'added', item: ref(y), before: null, after: { unit: 'text', value: nameOf(y) } });
      continue;
    }
    const item = ref(y);
    out.push(...fieldChanges(collection, item, x, y, (f, v, side) => show(f, v, side, side === 'before' ? x : y)));
    if (extra) out.push(...extra(x, y, item));
  }
  return out;
}

/** A metric's values for each competitor: a value added, removed or changed. */
function competitorValues(a: BenchmarkMetric, b: BenchmarkMetric, item: InputChange['item'], names: Map<string, string>): InputChange[] {
  const out: InputChange[] = [];
  const va = new Map(a.competitors.map((c) => [c.competitorId, c.value]));
  const vb = new Map(b.competitors.map((c) => [c.competitorId, c.value]));
  const ids = [...new Set([...va.keys(), ...vb.keys()])];
  for (const id of ids) {
    const x = va.has(id) ? (va.get(id) ?? null) : undefined;
    const y = vb.has(id) ? (vb.get(id) ?? null) : undefined;
    if (same(x ?? null, y ?? null)) continue;
    out.push({
      step: 'benchmarks',
      collection: 'metrics',
      change: 'changed',
      item,
      field: 'competitors',
      competitor: { id, name: names.get(id) ?? id },
      metric: b.metric,
      before: x === undefined ? null : { unit: 'metric', value: x },
      after: y === undefined ? null : { unit: 'metric', value: y },
    });
  }
  return out;
}

/**
 * Every input of `other` that differs from `base`, in step order (segments, moments, benchmarks,
 * revenue, costs); the scenarios' own names and notes are not inputs and are left out.
 */
export function diffScenarios(base: Scenario, other: Scenario): InputChange[] {
  const plain = (collection: DiffCollection) => (field: string, v: Scalar): DiffValue => ({ unit: unitOf(collection, field, v), value: v });
  const segName = (s: Scenario, id: Scalar) => s.segments.find((x) => x.id === id)?.name ?? String(id);
  const compNames = new Map([...base.competitors, ...other.competitors].map((c) => [c.id, c.name]));
  const metricRef = (m: BenchmarkMetric) => ({ id: m.metric, name: m.metric, kind: m.metric });
  const metrics = listChanges(
    'metrics',
    base.metrics.map((m) => ({ ...m, id: m.metric })),
    other.metrics.map((m) => ({ ...m, id: m.metric })),
    (field, v) => ({ unit: unitOf('metrics', field, v), value: v }),
    (a, b) => competitorValues(a, b, metricRef(b), compNames),
  ).map((c) => ({ ...c, item: c.item ? { ...c.item, name: c.item.id, kind: c.item.id } : null, metric: METRICS.find((m) => m === c.item?.id) ?? null }));
  return [
    ...listChanges('segments', base.segments, other.segments, plain('segments')),
    ...listChanges('moments', base.moments, other.moments, (field, v, _side, m) =>
      field === 'volume' ? { unit: m.volumeMode === 'share' ? 'percent' : 'count', value: v } : plain('moments')(field, v),
    ),
    ...listChanges('competitors', base.competitors, other.competitors, plain('competitors')),
    ...metrics,
    ...listChanges('revenueLines', base.revenueLines, other.revenueLines, (field, v, side) =>
      // A line's segment is shown by the segment's name in that scenario.
      field === 'segmentId' ? { unit: 'text', value: segName(side === 'before' ? base : other, v) } : plain('revenueLines')(field, v),
    ),
    ...listChanges('savingLines', base.savingLines, other.savingLines, plain('savingLines')),
    ...fieldChanges('service', null, base.service, other.service, plain('service')),
    ...listChanges('costLines', base.costLines, other.costLines, plain('costLines')),
  ];
}
