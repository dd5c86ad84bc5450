/**
 * Random and generated VALID case documents, for property tests, parity tests (Excel export) and
 * benchmarks. One builder describes what a valid case looks like; it draws its numbers from an
 * `Rng`, which is either fast-check (`arbCase`, shrinkable, for properties) or a seeded PRNG
 * (`generateCase`, `generateLargeCase`: the same document for the same seed on every machine and
 * every fast-check version, so fixtures and benchmarks are stable).
 *
 * Numbers are drawn on decimal grids (e.g. percentages in steps of 0.1%, money in cents), never
 * arbitrary doubles: every value is one a user could type and a spreadsheet stores exactly the same,
 * so parity tests compare formulas, not float noise. `extremes: true` mixes in the schema's
 * boundary values (0, maxima, tiny churn) for robustness properties.
 */
import fc from 'fast-check';
import {
  CASE_SCHEMA_VERSION,
  CHANNELS,
  CURRENCIES,
  INTENTS,
  LOCALES,
  METRICS,
  MIN_ANNUAL_CHURN,
  SERVICE_TIERS,
  type Case,
  type BenchmarkMetric,
  type Competitor,
  type CostLine,
  type Moment,
  type RevenueLine,
  type SavingLine,
  type Scenario,
  type Segment,
  type Service,
} from '@shared/case/schema';
import { emptyRisk } from '@shared/risk/schema';
import { FINANCE_DEFAULTS } from '@shared/case/finance-fields';

// ---------------------------------------------------------------- random sources

/** Where the builder gets its choices from. All ranges are inclusive. */
export interface Rng {
  int(min: number, max: number): number;
  bool(pTrue?: number): boolean;
}

/** mulberry32: tiny, fast, good enough for test data, identical everywhere. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    bool: (p = 0.5) => next() < p,
  };
}

/** fast-check as an Rng (through fc.gen), so failing cases shrink towards small values. */
function fcRng(g: fc.GeneratorValue): Rng {
  return {
    int: (min, max) => g(fc.integer, { min, max }),
    // A boolean with probability p: an integer draw keeps shrinking towards `false`-ish small values.
    bool: (p = 0.5) => g(fc.integer, { min: 0, max: 999 }) >= Math.round(1000 * (1 - p)),
  };
}

// ---------------------------------------------------------------- options

export interface CaseShape {
  /** Segments per scenario, inclusive range. */
  segments?: [number, number];
  moments?: [number, number];
  competitors?: [number, number];
  scenarios?: [number, number];
  /** Horizon in months, inclusive range within 12..120. */
  horizon?: [number, number];
  /** Revenue lines per scenario (retention/expansion need at least one segment). */
  revenueLines?: [number, number];
  /** Handle-time and escalation lines per scenario (deflection and AI: at most one each). */
  extraSavingLines?: [number, number];
  costLines?: [number, number];
  /** Mix in the schema's boundary values: zeros, the smallest doubles, maxima (1e12 money, 1e10 counts), churn 0.01%. */
  extremes?: boolean;
  /**
   * Draw the format-2 finance fields (growth, inflation, tax, capex, year-end discounting, calendar).
   * Off by default: they stay at the defaults that compute the format-1 figures, and no extra number
   * is drawn, so a seed gives the same document it always gave.
   */
  finance?: boolean;
}

const DEFAULT_SHAPE: Required<CaseShape> = {
  segments: [0, 5],
  moments: [0, 8],
  competitors: [0, 3],
  scenarios: [1, 3],
  horizon: [12, 120],
  revenueLines: [0, 6],
  extraSavingLines: [0, 3],
  costLines: [0, 5],
  extremes: false,
  finance: false,
};

// ---------------------------------------------------------------- the builder

class Builder {
  constructor(
    private readonly r: Rng,
    private readonly shape: Required<CaseShape>,
  ) {}

  count([min, max]: [number, number]): number {
    return this.r.int(min, max);
  }

  pick<T>(xs: readonly T[]): T {
    const x = xs[this.r.int(0, xs.length - 1)];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  }

  /** A decimal on a grid: min..max in `steps` of (max − min)/steps; occasionally a boundary when extreme. */
  num(min: number, max: number, decimals: number, extreme?: readonly number[]): number {
    if (this.shape.extremes && extreme && extreme.length > 0 && this.r.bool(0.15)) return this.pick(extreme);
    const k = 10 ** decimals;
    return this.r.int(Math.round(min * k), Math.round(max * k)) / k;
  }

  /** A fraction in [min, max] in steps of 0.1%. */
  pct(min: number, max: number, extreme: readonly number[] = [0, 5e-324, 1]): number {
    return this.num(min, max, 3, extreme);
  }

  timing(horizon: number) {
    return {
      startMonth: this.r.bool(0.7) ? this.r.int(1, Math.min(12, horizon)) : this.num(1, 120, 0, [1, 120]),
      rampMonths: this.num(0, 24, 0, [0, 120]),
      haircut: this.num(0, 0.5, 3, [0, 0.999]),
      enabled: this.r.bool(0.9),
      source: this.r.bool(0.3) ? 'Seed article 001' : '',
      notes: '',
    };
  }

  segment(i: number): Segment {
    return {
      id: `seg_${i}`,
      name: `Segment ${i + 1}`,
      customers: this.num(0, 100_000, 0, [0, 5e-324, 1e10]),
      arpu: this.num(0, 50_000, 2, [0, 5e-324, 1e12]),
      grossMargin: this.pct(0, 1),
      // CLV divides by churn: the schema's floor, 0.01%, is the smallest the builder makes.
      annualChurn: this.num(0.001, 0.6, 3, [MIN_ANNUAL_CHURN, 1]),
      cac: this.num(0, 20_000, 2, [0, 5e-324, 1e12]),
      contactsPerCustomerYear: this.num(0, 30, 1, [0, 1e10]),
      tier: this.pick(SERVICE_TIERS),
      priority: this.r.bool(0.4),
      notes: '',
      ...(this.shape.finance ? { customerGrowth: this.num(-0.1, 0.3, 3, [-0.5, 1]) } : FINANCE_DEFAULTS.segment),
    };
  }

  moment(i: number): Moment {
    const volumeMode = this.r.bool(0.5) ? 'share' : 'absolute';
    return {
      id: `mom_${i}`,
      name: `Moment ${i + 1}`,
      intent: this.pick(INTENTS),
      channel: this.pick(CHANNELS),
      volumeMode,
      volume: volumeMode === 'share' ? this.pct(0, 0.4, [0, 1]) : this.num(0, 5_000, 0, [0, 1e10]),
      satisfaction: this.r.bool(0.3) ? null : this.pct(0.3, 1),
      automatable: this.r.bool(0.6),
      protected: this.r.bool(0.2),
      // Up to 60%: some cases go past the 40% published maximum, so flags get exercised.
      deflectionRate: this.pct(0, 0.6),
      aiResolutionRate: this.pct(0, 0.9),
      source: '',
      notes: '',
    };
  }

  metrics(competitors: readonly Competitor[]): BenchmarkMetric[] {
    const out: BenchmarkMetric[] = [];
    for (const metric of METRICS) {
      if (!this.r.bool(0.6)) continue;
      const value = () => (this.r.bool(0.15) ? null : this.num(0, 100, 1));
      out.push({
        metric,
        ours: value(),
        market: value(),
        target: value(),
        competitors: competitors.filter(() => this.r.bool(0.8)).map((c) => ({ competitorId: c.id, value: value() })),
        source: '',
      });
    }
    return out;
  }

  revenueLine(i: number, segments: readonly Segment[], horizon: number): RevenueLine {
    const kinds: RevenueLine['kind'][] = segments.length > 0 ? ['retention', 'expansion', 'acquisition'] : ['acquisition'];
    const kind = this.pick(kinds);
    const base = { id: `rev_${i}`, label: `Revenue line ${i + 1}`, ...this.timing(horizon) };
    switch (kind) {
      case 'retention':
        return {
          kind,
          ...base,
          segmentId: this.pick(segments).id,
          churnReductionMode: this.r.bool(0.5) ? 'entered' : 'satisfaction',
          churnReduction: this.pct(0, 0.5),
          dissatisfiedNow: this.pct(0, 0.6),
          dissatisfiedTarget: this.pct(0, 0.6),
        };
      case 'expansion':
        return { kind, ...base, segmentId: this.pick(segments).id, uplift: this.num(0, 0.2, 3, [0, 10]) };
      case 'acquisition':
        return {
          kind,
          ...base,
          opportunitiesPerMonth: this.num(0, 2_000, 0, [0, 1e10]),
          conversionUplift: this.pct(0, 0.1),
          firstYearValue: this.num(0, 100_000, 2, [0, 1e12]),
          grossMargin: this.pct(0, 1),
        };
    }
  }

  savingLines(horizon: number): SavingLine[] {
    const out: SavingLine[] = [];
    let i = 0;
    const head = () => ({ id: `sav_${i}`, label: `Saving line ${++i}`, ...this.timing(horizon) });
    if (this.r.bool(0.75)) out.push({ kind: 'deflection', ...head() });
    if (this.r.bool(0.6)) out.push({ kind: 'ai', ...head() });
    const extra = this.count(this.shape.extraSavingLines);
    for (let k = 0; k < extra; k++) {
      if (this.r.bool(0.5)) out.push({ kind: 'handleTime', ...head(), ahtReductionMinutes: this.num(0, 5, 1, [0, 10_000]) });
      else
        out.push({
          kind: 'escalation',
          ...head(),
          escalationsPerMonth: this.num(0, 500, 0, [0, 1e10]),
          handoffsAvoided: this.num(0, 3, 1, [0, 1e10]),
          minutesPerHandoff: this.num(0, 30, 1, [0, 10_000]),
        });
    }
    return out;
  }

  costLine(i: number, horizon: number): CostLine {
    const kind = this.r.bool(0.5) ? 'oneOff' : 'recurring';
    return {
      id: `cost_${i}`,
      label: `Cost line ${i + 1}`,
      category: this.pick(['technology', 'people', 'services', 'other'] as const),
      kind,
      amount: kind === 'oneOff' ? this.num(0, 500_000, 2, [0, 5e-324, 1e12]) : this.num(0, 30_000, 2, [0, 5e-324, 1e12]),
      month: kind === 'oneOff' ? (this.r.bool(0.6) ? 0 : this.r.int(0, Math.min(horizon + 6, 120))) : this.r.int(1, Math.min(horizon, 24)),
      contingency: this.num(0, 0.5, 3, [0, 5]),
      enabled: this.r.bool(0.9),
      source: '',
      notes: '',
      ...(this.shape.finance
        ? { accounting: this.r.bool(0.4) ? ('capex' as const) : ('opex' as const), lifeMonths: this.num(1, 72, 0, [1, 600]) }
        : FINANCE_DEFAULTS.costLine),
    };
  }

  service(): Service {
    const assisted = this.num(2, 40, 2, [0, 5e-324, 1e12]);
    return {
      assistedCostPerContact: assisted,
      // Usually cheaper than assisted (as published), sometimes not: the engine must cope either way.
      selfServiceCostPerContact: this.num(0, Math.min(assisted, 5), 2, [0, 1e12]),
      aiCostPerResolution: this.num(0, Math.min(assisted, 4), 2, [0, 1e12]),
      agentHourCost: this.num(10, 90, 2, [0, 1e12]),
      averageHandleTimeMinutes: this.num(1, 30, 1, [0, 10_000]),
      resolutionRate: this.num(0.5, 1, 3, [5e-324, 1]),
      volumeOverride: this.r.bool(0.2) ? this.num(0, 50_000, 0, [0, 1e10]) : null,
      volumeSource: '',
      ...(this.shape.finance
        ? { volumeGrowth: this.num(-0.1, 0.3, 3, [-0.5, 1]), productiveHoursPerFte: this.num(80, 160, 0, [1, 744]) }
        : FINANCE_DEFAULTS.service),
    };
  }

  scenario(i: number, horizon: number): Scenario {
    const segments = Array.from({ length: this.count(this.shape.segments) }, (_, k) => this.segment(k));
    const moments = Array.from({ length: this.count(this.shape.moments) }, (_, k) => this.moment(k));
    const competitors = Array.from({ length: this.count(this.shape.competitors) }, (_, k) => ({
      id: `cmp_${k}`,
      name: `Competitor ${k + 1}`,
      notes: '',
    }));
    return {
      id: `scn_${i}`,
      name: i === 0 ? 'Base' : `Scenario ${i + 1}`,
      notes: '',
      segments,
      moments,
      competitors,
      metrics: this.metrics(competitors),
      revenueLines: Array.from({ length: this.count(this.shape.revenueLines) }, (_, k) => this.revenueLine(k, segments, horizon)),
      service: this.service(),
      savingLines: this.savingLines(horizon),
      costLines: Array.from({ length: this.count(this.shape.costLines) }, (_, k) => this.costLine(k, horizon)),
    };
  }

  case(id: string): Case {
    const horizon = this.r.int(this.shape.horizon[0], this.shape.horizon[1]);
    const scenarios = Array.from({ length: this.count(this.shape.scenarios) }, (_, k) => this.scenario(k, horizon));
    return {
      schemaVersion: CASE_SCHEMA_VERSION,
      id,
      name: 'Generated case',
      client: 'Test client',
      author: 'Test',
      currency: this.pick(CURRENCIES),
      locale: this.pick(LOCALES),
      horizonMonths: horizon,
      discountRate: this.num(0, 0.3, 3, [0, 1]),
      createdAt: '2026-01-15T09:00:00Z',
      updatedAt: '2026-01-15T09:00:00Z',
      notes: '',
      scenarios,
      risk: emptyRisk(id),
      ...this.financeSettings(),
    };
  }

  financeSettings(): Pick<Case, 'startMonth' | 'fiscalYearStartMonth' | 'taxRate' | 'discounting' | 'wageInflation' | 'costInflation'> {
    if (!this.shape.finance) return { ...FINANCE_DEFAULTS.case, startMonth: '2026-01' };
    return {
      startMonth: `${this.r.int(2024, 2030)}-${String(this.r.int(1, 12)).padStart(2, '0')}`,
      fiscalYearStartMonth: this.r.int(1, 12),
      taxRate: this.pct(0, 0.4, [0, 1]),
      discounting: this.r.bool(0.5) ? 'yearEnd' : 'monthly',
      wageInflation: this.num(-0.02, 0.08, 3, [-0.5, 1]),
      costInflation: this.num(-0.02, 0.08, 3, [-0.5, 1]),
    };
  }
}

function shapeOf(o: CaseShape): Required<CaseShape> {
  const s = { ...DEFAULT_SHAPE, ...o };
  for (const [k, v] of Object.entries(s))
    if (Array.isArray(v) && (v[0] > v[1] || v[0] < 0)) throw new Error(`arbitraries: bad range for ${k}: ${JSON.stringify(v)}`);
  if (s.horizon[0] < 12 || s.horizon[1] > 120) throw new Error('arbitraries: horizon must lie within 12..120');
  if (s.scenarios[0] < 1 || s.scenarios[1] > 20) throw new Error('arbitraries: 1..20 scenarios');
  return s;
}

// ---------------------------------------------------------------- public API

/** fast-check arbitrary of valid cases (they pass `parseCase`). */
export function arbCase(shape: CaseShape = {}): fc.Arbitrary<Case> {
  const s = shapeOf(shape);
  return fc.gen().map((g) => new Builder(fcRng(g), s).case('case_arb'));
}

/** fast-check arbitrary of one valid case and one of its scenarios, for per-scenario properties. */
export function arbCaseWithScenario(shape: CaseShape = {}): fc.Arbitrary<{ c: Case; index: number }> {
  return fc.gen().map((g) => {
    const r = fcRng(g);
    const c = new Builder(r, shapeOf(shape)).case('case_arb');
    return { c, index: r.int(0, c.scenarios.length - 1) };
  });
}

/** A deterministic valid case for a seed: same seed, same document, everywhere. */
export function generateCase(seed: number, shape: CaseShape = {}): Case {
  return new Builder(seededRng(seed), shapeOf(shape)).case(`case_gen_${seed >>> 0}`);
}

/** `count` deterministic cases (seeds 1..count), e.g. "20 generated cases" for parity tests. */
export function generateCases(count: number, shape: CaseShape = {}): Case[] {
  return Array.from({ length: count }, (_, i) => generateCase(i + 1, shape));
}

export interface LargeCaseOptions {
  segments?: number;
  moments?: number;
  horizon?: number;
  scenarios?: number;
  seed?: number;
}

/**
 * A large, fully populated, deterministic case for benchmarks and stress tests: exactly `segments`
 * segments and `moments` moments per scenario, every segment with a retention and an expansion
 * line, every kind of saving line, one-off and recurring costs.
 */
export function generateLargeCase(o: LargeCaseOptions = {}): Case {
  const segments = o.segments ?? 20;
  const moments = o.moments ?? 30;
  const horizon = o.horizon ?? 120;
  const scenarios = o.scenarios ?? 3;
  const r = seededRng(o.seed ?? 20_261_123);
  const b = new Builder(r, shapeOf({ segments: [segments, segments], moments: [moments, moments], horizon: [horizon, horizon], scenarios: [scenarios, scenarios], competitors: [3, 3] }));
  const c = b.case('case_large');
  c.name = `Large generated case (${segments} segments, ${moments} moments, ${horizon} months)`;
  c.scenarios = c.scenarios.map((s, si) => {
    const revenueLines: RevenueLine[] = [];
    s.segments.forEach((seg, k) => {
      const t = () => ({ ...b.timing(horizon), enabled: true });
      revenueLines.push({
        kind: 'retention',
        id: `ret_${k}`,
        label: `Retention saves, ${seg.name}`,
        segmentId: seg.id,
        churnReductionMode: k % 2 === 0 ? 'entered' : 'satisfaction',
        churnReduction: b.pct(0.05, 0.3),
        dissatisfiedNow: b.pct(0.15, 0.35),
        dissatisfiedTarget: b.pct(0.05, 0.15),
        ...t(),
      });
      revenueLines.push({ kind: 'expansion', id: `exp_${k}`, label: `Expansion, ${seg.name}`, segmentId: seg.id, uplift: b.pct(0.01, 0.08), ...t() });
    });
    for (let k = 0; k < 2; k++) revenueLines.push({ ...b.revenueLine(100 + k, [], horizon), enabled: true });
    const t = () => ({ ...b.timing(horizon), enabled: true });
    const savingLines: SavingLine[] = [
      { kind: 'deflection', id: 'sav_defl', label: 'Self-service deflection', ...t() },
      { kind: 'ai', id: 'sav_ai', label: 'AI resolution', ...t() },
      { kind: 'handleTime', id: 'sav_aht_1', label: 'Macros', ahtReductionMinutes: 1.5, ...t() },
      { kind: 'handleTime', id: 'sav_aht_2', label: 'Copilot', ahtReductionMinutes: 1, ...t() },
      { kind: 'escalation', id: 'sav_esc_1', label: 'Fewer hand-offs, tier 2', escalationsPerMonth: 400, handoffsAvoided: 1, minutesPerHandoff: 12, ...t() },
      { kind: 'escalation', id: 'sav_esc_2', label: 'Fewer hand-offs, billing', escalationsPerMonth: 150, handoffsAvoided: 0.5, minutesPerHandoff: 8, ...t() },
    ];
    const costLines: CostLine[] = [
      ...Array.from({ length: 4 }, (_, k) => ({ ...b.costLine(k, horizon), kind: 'oneOff' as const, month: k === 0 ? 0 : k * 6, enabled: true })),
      ...Array.from({ length: 4 }, (_, k) => ({ ...b.costLine(10 + k, horizon), kind: 'recurring' as const, month: 1 + k * 3, enabled: true })),
    ];
    return { ...s, name: ['Base', 'Conservative', 'Optimistic'][si] ?? `Scenario ${si + 1}`, revenueLines, savingLines, costLines, service: { ...s.service, volumeOverride: null } };
  });
  return c;
}
