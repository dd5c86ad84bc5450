/**
 * The case document: one set of zod schemas that is the single source of the TypeScript types,
 * of validation (files, IPC payloads, storage reads and writes) and of the committed JSON Schema.
 *
 * Units: money in the case currency, percentages as fractions (0.25 = 25%), volumes per month
 * unless the name says per year, durations in months unless the name says minutes or hours.
 * Every object is strict: an unknown field is an error, never silently dropped.
 */
import { z } from 'zod';
import {
  MIN_HORIZON_MONTHS,
  MAX_HORIZON_MONTHS,
  MIN_ANNUAL_CHURN,
  finite,
  choice,
  flag,
  percent,
  money,
  count,
  minutes,
  id,
  name,
  line,
  text,
  list,
  benefitTiming,
} from './fields';
import { RiskSchema } from '../risk/schema';
import { caseFinanceFields, costLineFinanceFields, segmentFinanceFields, serviceFinanceFields } from './finance-fields';

export { DISCOUNTING, YEAR_BASES, COST_ACCOUNTING, MAX_LIFE_MONTHS, CALENDAR_MONTH_PATTERN } from './finance-fields';
export {
  MIN_HORIZON_MONTHS,
  MAX_HORIZON_MONTHS,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_ITEMS,
  MIN_ANNUAL_CHURN,
  percent,
  haircut,
  money,
  count,
  minutes,
  startMonth,
  rampMonths,
  singleLine,
  name,
} from './fields';

/**
 * Format 4: a source on each key moment and on the baseline volume (where a figure came from — a
 * ticket export's file, period and ticket count, or anything the user types), over format 3's risk
 * register (shared/risk/schema.ts) and Model v2's finance fields (finance-fields.ts).
 */
export const CASE_SCHEMA_VERSION = 4;

// ---------- step 1: priority segments ----------

export const SERVICE_TIERS = ['strategic', 'midMarket', 'lowTouch'] as const;

export const SegmentSchema = z.strictObject({
  id: id(),
  name: name(),
  customers: count(),
  /** Annual revenue per customer (ARPU). */
  arpu: money(),
  grossMargin: percent(),
  // CLV divides by churn: a floor of 0.01% a year (a 10,000-year customer life) keeps every derived
  // figure finite; "above 0" alone let 1e-320 through and CLV became Infinity.
  annualChurn: finite()
    .min(MIN_ANNUAL_CHURN, { error: 'Must be at least 0.01% (CLV = ARPU × margin ÷ churn)' })
    .max(1, { error: 'Must be at most 100%' }),
  /** Customer acquisition cost per customer. */
  cac: money(),
  contactsPerCustomerYear: count(),
  tier: choice(SERVICE_TIERS),
  priority: flag(),
  notes: text(),
  ...segmentFinanceFields,
});

// ---------- step 2: key moments ----------

export const INTENTS = [
  'support',
  'onboarding',
  'retention_risk',
  'pre_sales',
  'billing',
  'bug',
  'feature_request',
] as const;

export const CHANNELS = ['phone', 'email', 'chat', 'social', 'self_service', 'in_person'] as const;

export const MomentSchema = z.strictObject({
  id: id(),
  name: name(),
  intent: choice(INTENTS),
  channel: choice(CHANNELS),
  /** 'share': volume is a fraction of the baseline assisted volume V; 'absolute': contacts a month. */
  volumeMode: choice(['share', 'absolute']),
  volume: count(),
  /** CSAT at this moment (share of satisfied customers), or null if unknown. */
  satisfaction: percent().nullable(),
  automatable: flag(),
  protected: flag(),
  /** δ: share of this moment's contacts deflected to self-service at full ramp. */
  deflectionRate: percent(),
  /** α: share of what remains that an AI agent resolves at full ramp. */
  aiResolutionRate: percent(),
  /** Where the volume (and CSAT) came from, e.g. "tickets.csv, 2026-01-01 to 2026-06-30, 12,000 tickets". */
  source: text(),
  notes: text(),
});

// ---------- step 3: competitor benchmarks ----------

export const METRICS = ['nps', 'csat', 'ces', 'frt', 'fcr', 'aht'] as const;

export const CompetitorSchema = z.strictObject({
  id: id(),
  name: name(),
  notes: text(),
});

export const MetricValueSchema = z.strictObject({
  competitorId: id(),
  value: finite().nullable(),
});

export const BenchmarkMetricSchema = z.strictObject({
  metric: choice(METRICS),
  ours: finite().nullable(),
  market: finite().nullable(),
  target: finite().nullable(),
  competitors: list(MetricValueSchema),
  source: text(),
});

// ---------- step 4: revenue sources ----------

export const RetentionLineSchema = z.strictObject({
  kind: z.literal('retention'),
  id: id(),
  label: name(),
  segmentId: id(),
  /** 'entered': ρ is given; 'satisfaction': ρ = 1 − (1 + 4p′)/(1 + 4p) (5× rule). */
  churnReductionMode: choice(['entered', 'satisfaction']),
  churnReduction: percent(),
  dissatisfiedNow: percent(),
  dissatisfiedTarget: percent(),
  ...benefitTiming,
});

export const ExpansionLineSchema = z.strictObject({
  kind: z.literal('expansion'),
  id: id(),
  label: name(),
  segmentId: id(),
  /** Extra revenue per customer as a share of ARPU. */
  uplift: percent(10),
  ...benefitTiming,
});

export const AcquisitionLineSchema = z.strictObject({
  kind: z.literal('acquisition'),
  id: id(),
  label: name(),
  opportunitiesPerMonth: count(),
  /** Extra conversion, in percentage points of opportunities won. */
  conversionUplift: percent(),
  firstYearValue: money(),
  grossMargin: percent(),
  ...benefitTiming,
});

export const RevenueLineSchema = z.discriminatedUnion('kind', [
  RetentionLineSchema,
  ExpansionLineSchema,
  AcquisitionLineSchema,
]);

// ---------- step 5: cost reductions and the investment ----------

export const DeflectionLineSchema = z.strictObject({
  kind: z.literal('deflection'),
  id: id(),
  label: name(),
  ...benefitTiming,
});

export const AiLineSchema = z.strictObject({
  kind: z.literal('ai'),
  id: id(),
  label: name(),
  ...benefitTiming,
});

export const HandleTimeLineSchema = z.strictObject({
  kind: z.literal('handleTime'),
  id: id(),
  label: name(),
  /** ΔAHT: minutes saved per still-assisted contact. */
  ahtReductionMinutes: minutes(),
  ...benefitTiming,
});

export const EscalationLineSchema = z.strictObject({
  kind: z.literal('escalation'),
  id: id(),
  label: name(),
  escalationsPerMonth: count(),
  handoffsAvoided: count(),
  minutesPerHandoff: minutes(),
  ...benefitTiming,
});

export const SavingLineSchema = z.discriminatedUnion('kind', [
  DeflectionLineSchema,
  AiLineSchema,
  HandleTimeLineSchema,
  EscalationLineSchema,
]);

export const CostLineSchema = z.strictObject({
  id: id(),
  label: name(),
  category: choice(['technology', 'people', 'services', 'other']),
  /** 'oneOff': paid once at `month` (0 = up front, undiscounted); 'recurring': every month from `month`. */
  kind: choice(['oneOff', 'recurring']),
  amount: money(),
  month: z
    .int({ error: 'Must be a whole month number' })
    .min(0, { error: 'Must be month 0 (up front) or later' })
    .max(MAX_HORIZON_MONTHS, { error: `Must be at most month ${MAX_HORIZON_MONTHS}` }),
  contingency: finite().min(0, { error: 'Must be 0% or more' }).max(5, { error: 'Must be at most 500%' }),
  enabled: flag(),
  source: text(),
  notes: text(),
  ...costLineFinanceFields,
});

/** The service operation's baseline: costs per contact and agent economics. */
export const ServiceSchema = z.strictObject({
  assistedCostPerContact: money(),
  selfServiceCostPerContact: money(),
  aiCostPerResolution: money(),
  agentHourCost: money(),
  /** Current average handle time of an assisted contact, minutes (for agent hours). */
  averageHandleTimeMinutes: minutes(),
  /** Share of contacts that end resolved (for cost per resolution). */
  resolutionRate: finite().gt(0, { error: 'Must be above 0%' }).max(1, { error: 'Must be at most 100%' }),
  /** Baseline assisted contacts a month; null = derived from the segments. */
  volumeOverride: count().nullable(),
  /** Where the overridden baseline volume came from (empty when typed without one). */
  volumeSource: text(),
  ...serviceFinanceFields,
});

// ---------- scenario and case ----------

export const ScenarioSchema = z.strictObject({
  id: id(),
  name: name(),
  notes: text(),
  segments: list(SegmentSchema),
  moments: list(MomentSchema),
  competitors: list(CompetitorSchema),
  metrics: list(BenchmarkMetricSchema),
  revenueLines: list(RevenueLineSchema),
  service: ServiceSchema,
  savingLines: list(SavingLineSchema),
  costLines: list(CostLineSchema),
});

export const LOCALES = ['en-US', 'en-GB', 'it-IT', 'de-DE', 'fr-FR', 'es-ES'] as const;
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF'] as const;

const isoDate = () =>
  z.iso.datetime({ offset: true, error: 'Must be a date-time like 2026-01-31T09:00:00Z' });

export const CaseSchema = z
  .strictObject({
    schemaVersion: z.literal(CASE_SCHEMA_VERSION, {
      error: `Must be ${CASE_SCHEMA_VERSION} (this app's case format)`,
    }),
    id: id(),
    name: name(),
    client: line(),
    author: line(),
    currency: choice(CURRENCIES),
    locale: choice(LOCALES),
    horizonMonths: z
      .int({ error: 'Must be a whole number of months' })
      .min(MIN_HORIZON_MONTHS, { error: `Must be at least ${MIN_HORIZON_MONTHS} months` })
      .max(MAX_HORIZON_MONTHS, { error: `Must be at most ${MAX_HORIZON_MONTHS} months` }),
    discountRate: percent(),
    ...caseFinanceFields,
    createdAt: isoDate(),
    updatedAt: isoDate(),
    notes: text(),
    scenarios: z
      .array(ScenarioSchema)
      .min(1, { error: 'A case needs at least one scenario' })
      .max(20, { error: 'At most 20 scenarios' }),
    /** Ranges, owners, sources and the Monte Carlo seed (DOMAIN "Risk"). */
    risk: RiskSchema,
  })
  .superRefine((c, ctx) => {
    c.scenarios.forEach((s, si) => checkScenarioReferences(s, si, ctx));
    const names = new Set<string>();
    c.scenarios.forEach((s, si) => {
      const key = s.name.toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['scenarios', si, 'name'], message: 'Another scenario has this name' });
      names.add(key);
    });
  });

/** Cross-references a flat schema cannot express: unique ids, lines pointing at segments. */
function checkScenarioReferences(s: z.infer<typeof ScenarioSchema>, si: number, ctx: z.RefinementCtx): void {
  const base = ['scenarios', si];
  const unique = (items: readonly { id: string }[], key: string) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (seen.has(it.id)) ctx.addIssue({ code: 'custom', path: [...base, key, i, 'id'], message: 'Duplicate id' });
      seen.add(it.id);
    });
  };
  unique(s.segments, 'segments');
  unique(s.moments, 'moments');
  unique(s.competitors, 'competitors');
  unique(s.revenueLines, 'revenueLines');
  unique(s.savingLines, 'savingLines');
  unique(s.costLines, 'costLines');
  const segmentIds = new Set(s.segments.map((x) => x.id));
  s.revenueLines.forEach((l, i) => {
    if (l.kind !== 'acquisition' && !segmentIds.has(l.segmentId))
      ctx.addIssue({ code: 'custom', path: [...base, 'revenueLines', i, 'segmentId'], message: 'Refers to a segment that does not exist' });
  });
  const competitorIds = new Set(s.competitors.map((x) => x.id));
  s.metrics.forEach((m, i) => {
    m.competitors.forEach((v, j) => {
      if (!competitorIds.has(v.competitorId))
        ctx.addIssue({ code: 'custom', path: [...base, 'metrics', i, 'competitors', j, 'competitorId'], message: 'Refers to a competitor that does not exist' });
    });
  });
  const seenMetrics = new Set<string>();
  s.metrics.forEach((m, i) => {
    if (seenMetrics.has(m.metric)) ctx.addIssue({ code: 'custom', path: [...base, 'metrics', i, 'metric'], message: 'This metric is listed twice' });
    seenMetrics.add(m.metric);
  });
  for (const kind of ['deflection', 'ai'] as const) {
    const idx = s.savingLines.flatMap((l, i) => (l.kind === kind ? [i] : []));
    idx.slice(1).forEach((i) =>
      ctx.addIssue({ code: 'custom', path: [...base, 'savingLines', i, 'kind'], message: `Only one ${kind === 'ai' ? 'AI resolution' : 'deflection'} line per scenario` }),
    );
  }
  s.costLines.forEach((l, i) => {
    if (l.kind === 'recurring' && l.month < 1)
      ctx.addIssue({ code: 'custom', path: [...base, 'costLines', i, 'month'], message: 'Recurring costs start in month 1 or later' });
  });
}

export type Case = z.infer<typeof CaseSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Segment = z.infer<typeof SegmentSchema>;
export type Moment = z.infer<typeof MomentSchema>;
export type Competitor = z.infer<typeof CompetitorSchema>;
export type BenchmarkMetric = z.infer<typeof BenchmarkMetricSchema>;
export type RevenueLine = z.infer<typeof RevenueLineSchema>;
export type RetentionLine = z.infer<typeof RetentionLineSchema>;
export type ExpansionLine = z.infer<typeof ExpansionLineSchema>;
export type AcquisitionLine = z.infer<typeof AcquisitionLineSchema>;
export type SavingLine = z.infer<typeof SavingLineSchema>;
export type HandleTimeLine = z.infer<typeof HandleTimeLineSchema>;
export type EscalationLine = z.infer<typeof EscalationLineSchema>;
export type CostLine = z.infer<typeof CostLineSchema>;
export type Service = z.infer<typeof ServiceSchema>;
export type Intent = (typeof INTENTS)[number];
export type Channel = (typeof CHANNELS)[number];
export type MetricKey = (typeof METRICS)[number];
export type Locale = (typeof LOCALES)[number];
export type Currency = (typeof CURRENCIES)[number];
export type Discounting = Case['discounting'];
export type ServiceTier = (typeof SERVICE_TIERS)[number];
