/**
 * What a ticket export proposes to a case, for the user to tick: one key moment per intent (its
 * absolute monthly volume, main channel, CSAT, automatable when asked more than 20 times a month and
 * not protected; protected for retention risk and onboarding), the baseline assisted volume, the
 * escalation line's escalations a month and hand-offs per escalation, and "ours" values for CSAT,
 * FCR, FRT (hours, as the benchmarks step stores it) and AHT (minutes). Each carries the same
 * provenance: file name, period and ticket count. Nothing is proposed that the export cannot
 * support (a figure with no data is left out, never shown as 0).
 */
import type { Channel, Intent, MetricKey } from '../case/schema';
import { AUTOMATION_THRESHOLD_PER_MONTH, type Derived, type GroupFigures } from './derive';

export interface Provenance {
  file: string;
  /** Dates (yyyy-mm-dd) of the first and last ticket. */
  from: string;
  to: string;
  tickets: number;
}

export interface MomentProposal {
  intent: Intent;
  channel: Channel;
  monthlyVolume: number;
  satisfaction: number | null;
  automatable: boolean;
  protected: boolean;
  /** Up to three of the intent's biggest topics, to help name the moment. */
  topics: string[];
}

export interface Proposals {
  provenance: Provenance;
  moments: MomentProposal[];
  baselineVolume: number;
  escalation: { escalationsPerMonth: number; handoffsPerEscalation: number } | null;
  ours: Partial<Record<MetricKey, number>>;
}

const PROTECTED: readonly Intent[] = ['retention_risk', 'onboarding'];

function mainChannel(g: GroupFigures): Channel {
  let best: Channel = 'email';
  let n = -1;
  for (const [c, k] of Object.entries(g.channels)) if (c !== 'other' && k !== undefined && k > n && isChannel(c)) [best, n] = [c, k];
  return best;
}

function isChannel(c: string): c is Channel {
  return ['phone', 'email', 'chat', 'social', 'self_service', 'in_person'].includes(c);
}

export function proposalsFrom(d: Derived, file: string): Proposals | null {
  if (!d.period || d.tickets === 0) return null;
  const months = d.period.months;
  const moments = d.intents.map((i) => ({
    intent: i.intent,
    channel: mainChannel(i),
    monthlyVolume: i.monthlyVolume,
    satisfaction: i.csat,
    protected: PROTECTED.includes(i.intent),
    automatable: i.monthlyVolume > AUTOMATION_THRESHOLD_PER_MONTH && !PROTECTED.includes(i.intent),
    topics: d.topicsByIntent[i.intent]?.slice(0, 3) ?? [],
  }));
  const o = d.overall;
  const ours: Partial<Record<MetricKey, number>> = {};
  if (o.csat !== null) ours.csat = o.csat;
  if (o.fcr !== null) ours.fcr = o.fcr;
  if (o.firstResponseMinutes.median !== null) ours.frt = o.firstResponseMinutes.median / 60;
  if (o.handleMinutes !== null) ours.aht = o.handleMinutes;
  return {
    provenance: { file, from: d.period.from.slice(0, 10), to: d.period.to.slice(0, 10), tickets: d.tickets },
    moments,
    baselineVolume: d.tickets / months,
    escalation: o.multiGroupShare === null || o.multiGroupTickets === 0 ? null : { escalationsPerMonth: o.multiGroupTickets / months, handoffsPerEscalation: o.handoffs / o.multiGroupTickets },
    ours,
  };
}
