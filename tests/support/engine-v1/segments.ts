/** Step 1 derived figures (DOMAIN.md step 1 and KPIs). */
import type { RetentionLine, Segment } from '@shared/case/schema';

/** CLV = ARPU × margin / churn. Churn is validated > 0. */
export function clv(arpu: number, margin: number, churn: number): number {
  return (arpu * margin) / churn;
}

/** CLV per conversation = CLV / (contacts a year × customer lifetime in years, 1/churn). */
export function clvPerConversation(clvValue: number, contactsPerYear: number, churn: number): number | null {
  const lifetimeContacts = contactsPerYear / churn;
  return lifetimeContacts > 0 ? clvValue / lifetimeContacts : null;
}

export function ratio(a: number, b: number): number | null {
  return b !== 0 && Number.isFinite(a / b) ? a / b : null;
}

/** Churn reduction ρ of a retention line: entered, or from the 5× dissatisfaction rule. */
export function churnReduction(line: RetentionLine): number {
  if (line.churnReductionMode === 'entered') return line.churnReduction;
  return satisfactionChurnReduction(line.dissatisfiedNow, line.dissatisfiedTarget);
}

/**
 * Seed 004: dissatisfied customers are 5× as likely to leave. With dissatisfied share p, churn is
 * proportional to (1 − p) + 5p = 1 + 4p, so moving p → p′ cuts churn by ρ = 1 − (1 + 4p′)/(1 + 4p).
 * A target worse than today gives a negative ρ, which is clamped to 0 (no benefit, never a loss here).
 */
export function satisfactionChurnReduction(p: number, pTarget: number): number {
  return Math.max(0, 1 - (1 + 4 * pTarget) / (1 + 4 * p));
}

/** Customers × annual churn × ARPU × gross margin: the margin lost each year with churning customers. */
export function marginAtRisk(s: Pick<Segment, 'customers' | 'annualChurn' | 'arpu' | 'grossMargin'>): number {
  return s.customers * s.annualChurn * s.arpu * s.grossMargin;
}

export interface SegmentFigures {
  id: string;
  name: string;
  annualRevenue: number;
  clv: number;
  clvToCac: number | null;
  /**
   * Margin at risk = customers × churn × ARPU × margin: the gross margin that walks out each year
   * with the customers who churn (customers × churn × CLV would be the whole annual margin).
   */
  marginAtRisk: number;
  clvPerConversation: number | null;
  /** Contacts a month from this segment (customers × contacts a year / 12). */
  monthlyContacts: number;
  /** 1-based rank by margin at risk, largest first. */
  rank: number;
}

export function segmentFigures(segments: readonly Segment[]): SegmentFigures[] {
  const rows = segments.map((s) => {
    const c = clv(s.arpu, s.grossMargin, s.annualChurn);
    return {
      id: s.id,
      name: s.name,
      annualRevenue: s.customers * s.arpu,
      clv: c,
      clvToCac: ratio(c, s.cac),
      marginAtRisk: marginAtRisk(s),
      clvPerConversation: clvPerConversation(c, s.contactsPerCustomerYear, s.annualChurn),
      monthlyContacts: (s.customers * s.contactsPerCustomerYear) / 12,
      rank: 0,
    };
  });
  const order = rows.map((r, i) => i).sort((a, b) => (rows[b]?.marginAtRisk ?? 0) - (rows[a]?.marginAtRisk ?? 0) || a - b);
  order.forEach((idx, pos) => {
    const r = rows[idx];
    if (r) r.rank = pos + 1;
  });
  return rows;
}
