/**
 * New documents and new rows with sensible defaults, pre-filled from the benchmark library where a
 * published figure exists (costs per contact, deflection, haircut, discount rate).
 */
import { figure } from '../benchmarks/library';
import { FINANCE_DEFAULTS, startMonthOf } from './finance-fields';
import {
  CASE_SCHEMA_VERSION,
  type Case,
  type CostLine,
  type Competitor,
  type Currency,
  type Locale,
  type Moment,
  type RevenueLine,
  type SavingLine,
  type Scenario,
  type Segment,
} from './schema';
import { emptyRisk } from '../risk/schema';

/** Ids: letters and digits, unique enough for rows inside one case (the schema checks uniqueness). */
export function newId(prefix = 'id'): string {
  const raw = globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12);
  return `${prefix}_${raw}`;
}

/** A caller's label (translated, say) replaces the default one. */
function withLabel(label: string | undefined): { label?: string } {
  return label === undefined ? {} : { label };
}

const TIMING = { startMonth: 1, rampMonths: 6, haircut: figure('haircut').value, enabled: true, source: '', notes: '' };

export function newSegment(name = 'New segment'): Segment {
  return {
    id: newId('seg'),
    name,
    customers: 1000,
    arpu: 1200,
    grossMargin: 0.7,
    annualChurn: 0.15,
    cac: 800,
    contactsPerCustomerYear: 4,
    tier: 'midMarket',
    priority: false,
    notes: '',
    ...FINANCE_DEFAULTS.segment,
  };
}

export function newMoment(name = 'New moment'): Moment {
  return {
    id: newId('mom'),
    name,
    intent: 'support',
    channel: 'email',
    volumeMode: 'absolute',
    volume: 100,
    satisfaction: null,
    automatable: false,
    protected: false,
    deflectionRate: figure('deflectionRate').typicalLow ?? 0.25,
    aiResolutionRate: 0.3,
    source: '',
    notes: '',
  };
}

export function newCompetitor(name = 'Competitor'): Competitor {
  return { id: newId('cmp'), name, notes: '' };
}

export function newRevenueLine(kind: RevenueLine['kind'], segmentId = '', label?: string): RevenueLine {
  const line = withLabel(label);
  switch (kind) {
    case 'retention':
      return {
        kind,
        id: newId('rev'),
        label: 'Retention saves',
        segmentId,
        churnReductionMode: 'entered',
        churnReduction: 0.2,
        dissatisfiedNow: 0.2,
        dissatisfiedTarget: 0.15,
        ...TIMING,
        ...line,
      };
    case 'expansion':
      return { kind, id: newId('rev'), label: 'Upsell and cross-sell', segmentId, uplift: 0.03, ...TIMING, ...line };
    case 'acquisition':
      return {
        kind,
        id: newId('rev'),
        label: 'Pre-sales conversations',
        opportunitiesPerMonth: 50,
        conversionUplift: 0.02,
        firstYearValue: 2000,
        grossMargin: 0.7,
        ...TIMING,
        ...line,
      };
  }
}

export function newSavingLine(kind: SavingLine['kind'], label?: string): SavingLine {
  const line = withLabel(label);
  switch (kind) {
    case 'deflection':
      return { kind, id: newId('sav'), label: 'Self-service deflection', ...TIMING, ...line };
    case 'ai':
      return { kind, id: newId('sav'), label: 'AI resolution', ...TIMING, ...line };
    case 'handleTime':
      return { kind, id: newId('sav'), label: 'Handle-time cut (macros, copilot)', ahtReductionMinutes: 1.5, ...TIMING, ...line };
    case 'escalation':
      return {
        kind,
        id: newId('sav'),
        label: 'Fewer escalation hand-offs',
        escalationsPerMonth: 20,
        handoffsAvoided: 1,
        minutesPerHandoff: 10,
        ...TIMING,
        ...line,
      };
  }
}

export function newCostLine(kind: CostLine['kind'] = 'oneOff', label?: string): CostLine {
  return {
    id: newId('cost'),
    label: label ?? (kind === 'oneOff' ? 'Implementation' : 'Licences'),
    category: kind === 'oneOff' ? 'services' : 'technology',
    kind,
    amount: kind === 'oneOff' ? 50_000 : 2_000,
    month: kind === 'oneOff' ? 0 : 1,
    contingency: 0.1,
    enabled: true,
    source: '',
    notes: '',
    ...FINANCE_DEFAULTS.costLine,
  };
}

/**
 * The published costs per contact are USD figures (Gartner 2024): they pre-fill a USD case only.
 * In any other currency they would be silently relabelled ($13.50 shown as €13.50), so those
 * inputs start empty (0) and the hint under them shows the USD figure, not converted.
 */
export function publishedContactCosts(currency: Currency): { assisted: number; selfService: number } {
  const assisted = figure('costPerContactAssisted');
  const selfService = figure('costPerContactSelfService');
  return currency === assisted.unit && currency === selfService.unit ? { assisted: assisted.value, selfService: selfService.value } : { assisted: 0, selfService: 0 };
}

export function blankScenario(name: string, currency: Currency): Scenario {
  const costs = publishedContactCosts(currency);
  return {
    id: newId('scn'),
    name,
    notes: '',
    segments: [],
    moments: [],
    competitors: [],
    metrics: [],
    revenueLines: [],
    service: {
      assistedCostPerContact: costs.assisted,
      selfServiceCostPerContact: costs.selfService,
      aiCostPerResolution: 1,
      agentHourCost: 35,
      averageHandleTimeMinutes: 8,
      resolutionRate: 0.9,
      volumeOverride: null,
      volumeSource: '',
      ...FINANCE_DEFAULTS.service,
    },
    savingLines: [],
    costLines: [],
  };
}

export interface BlankCaseOptions {
  name: string;
  client?: string;
  author?: string;
  currency?: Currency;
  locale?: Locale;
  now: string;
}

export function blankCase(o: BlankCaseOptions): Case {
  const currency = o.currency ?? 'EUR';
  const id = newId('case');
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id,
    name: o.name,
    client: o.client ?? '',
    author: o.author ?? '',
    currency,
    locale: o.locale ?? 'en-GB',
    horizonMonths: 36,
    discountRate: figure('discountRate').value,
    // Model v2 at its defaults (a pre-tax case discounted month by month), starting this month.
    ...FINANCE_DEFAULTS.case,
    startMonth: startMonthOf(o.now) ?? '2026-01',
    createdAt: o.now,
    updatedAt: o.now,
    notes: '',
    scenarios: [blankScenario('Base', currency)],
    risk: emptyRisk(id),
  };
}

/** A copy with fresh scenario id and a new name (row ids stay: they only need to be unique within a scenario). */
export function duplicateScenario(s: Scenario, name: string): Scenario {
  return { ...structuredClone(s), id: newId('scn'), name };
}
