/**
 * Small hand-made cases for worked examples: everything off or zero unless a test turns it on, so
 * each test's arithmetic involves only the figures it sets.
 */
import { FINANCE_DEFAULTS } from '@shared/case/finance-fields';
import { CASE_SCHEMA_VERSION, type Case, type CostLine, type Moment, type RevenueLine, type SavingLine, type Scenario, type Segment } from '@shared/case/schema';
import { emptyRisk } from '@shared/risk/schema';

export const TIMING = { startMonth: 1, rampMonths: 0, haircut: 0, enabled: true, source: '', notes: '' };

export function segment(o: Partial<Segment> = {}): Segment {
  return {
    id: 'seg_a',
    name: 'Segment A',
    customers: 1200,
    arpu: 2400,
    grossMargin: 0.5,
    annualChurn: 0.12,
    cac: 1000,
    contactsPerCustomerYear: 10,
    tier: 'midMarket',
    priority: true,
    notes: '',
    ...FINANCE_DEFAULTS.segment,
    ...o,
  };
}

export function moment(o: Partial<Moment> = {}): Moment {
  return {
    id: 'mom_a',
    name: 'Moment A',
    intent: 'support',
    channel: 'chat',
    volumeMode: 'absolute',
    volume: 100,
    satisfaction: null,
    automatable: true,
    protected: false,
    deflectionRate: 0,
    aiResolutionRate: 0,
    source: '',
    notes: '',
    ...o,
  };
}

export function scenario(o: Partial<Scenario> = {}): Scenario {
  return {
    id: 'scn_base',
    name: 'Base',
    notes: '',
    segments: [],
    moments: [],
    competitors: [],
    metrics: [],
    revenueLines: [],
    service: {
      assistedCostPerContact: 13.5,
      selfServiceCostPerContact: 1.84,
      aiCostPerResolution: 1.2,
      agentHourCost: 40,
      averageHandleTimeMinutes: 10,
      resolutionRate: 0.8,
      volumeOverride: null,
      volumeSource: '',
      ...FINANCE_DEFAULTS.service,
    },
    savingLines: [],
    costLines: [],
    ...o,
  };
}

export function caseOf(scenarios: Scenario[], o: Partial<Case> = {}): Case {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: 'case_test',
    name: 'Test case',
    client: '',
    author: '',
    currency: 'EUR',
    locale: 'en-GB',
    horizonMonths: 12,
    discountRate: 0.1,
    ...FINANCE_DEFAULTS.case,
    startMonth: '2026-01',
    createdAt: '2026-01-15T09:00:00Z',
    updatedAt: '2026-01-15T09:00:00Z',
    notes: '',
    scenarios,
    risk: emptyRisk('case_test'),
    ...o,
  };
}

export const deflectionLine = (o: Partial<SavingLine> = {}): SavingLine => ({ kind: 'deflection', id: 'sav_defl', label: 'Deflection', ...TIMING, ...o }) as SavingLine;
export const aiLine = (o: Partial<SavingLine> = {}): SavingLine => ({ kind: 'ai', id: 'sav_ai', label: 'AI', ...TIMING, ...o }) as SavingLine;

export function handleTimeLine(minutes: number, o: Partial<typeof TIMING> & { id?: string } = {}): SavingLine {
  return { kind: 'handleTime', id: 'sav_aht', label: 'Handle time', ahtReductionMinutes: minutes, ...TIMING, ...o };
}

export function escalationLine(perMonth: number, handoffs: number, minutes: number, o: Partial<typeof TIMING> & { id?: string } = {}): SavingLine {
  return { kind: 'escalation', id: 'sav_esc', label: 'Escalation', escalationsPerMonth: perMonth, handoffsAvoided: handoffs, minutesPerHandoff: minutes, ...TIMING, ...o };
}

export type RetentionLine = Extract<RevenueLine, { kind: 'retention' }>;

export function retentionLine(o: Partial<RetentionLine> = {}): RetentionLine {
  return {
    kind: 'retention',
    id: 'rev_ret',
    label: 'Retention',
    segmentId: 'seg_a',
    churnReductionMode: 'entered',
    churnReduction: 0.25,
    dissatisfiedNow: 0.2,
    dissatisfiedTarget: 0.1,
    ...TIMING,
    ...o,
  };
}

export function expansionLine(uplift: number, o: Partial<typeof TIMING> & { segmentId?: string } = {}): RevenueLine {
  return { kind: 'expansion', id: 'rev_exp', label: 'Expansion', segmentId: 'seg_a', uplift, ...TIMING, ...o };
}

export function acquisitionLine(opportunities: number, uplift: number, value: number, margin: number, o: Partial<typeof TIMING> = {}): RevenueLine {
  return { kind: 'acquisition', id: 'rev_acq', label: 'Acquisition', opportunitiesPerMonth: opportunities, conversionUplift: uplift, firstYearValue: value, grossMargin: margin, ...TIMING, ...o };
}

export function costLine(kind: CostLine['kind'], amount: number, month: number, contingency = 0, o: Partial<CostLine> = {}): CostLine {
  return { id: `cost_${kind}_${month}`, label: `${kind} cost`, category: 'technology', kind, amount, month, contingency, enabled: true, source: '', notes: '', ...FINANCE_DEFAULTS.costLine, ...o };
}
