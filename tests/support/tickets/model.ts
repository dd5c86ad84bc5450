/**
 * Deterministic help-desk tickets and the figures a correct reader must derive from them, computed
 * here from the generated values (sorting and counting), not by the app's code. Durations are
 * whole multiples of 15 minutes so every vendor's unit (hours, seconds, milliseconds) writes them
 * exactly.
 */
import type { Intent } from '@shared/case/schema';

export type GenChannel = 'email' | 'chat' | 'phone' | 'social';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TopicSpec {
  tag: string;
  /** The rule keyword the subject contains (the topic when the layout has no tags). */
  keyword: string;
  subject: string;
  intent: Intent | null;
  weight: number;
  buying: boolean;
}

/** Subjects hit exactly one default rule (or none, for "misc"); accents and quotes included on purpose. */
export const TOPICS: readonly TopicSpec[] = [
  { tag: 'password-reset', keyword: 'password', subject: 'How can I reset my password', intent: 'support', weight: 30, buying: false },
  { tag: 'order-status', keyword: 'order status', subject: 'Order status: where is it?', intent: 'support', weight: 20, buying: false },
  { tag: 'invoice-copy', keyword: 'invoice', subject: 'Need a copy of the invoice, please', intent: 'billing', weight: 14, buying: false },
  { tag: 'cancel-plan', keyword: 'cancel', subject: 'I want to cancel my subscription', intent: 'retention_risk', weight: 10, buying: false },
  { tag: 'setup-help', keyword: 'setup', subject: 'Setup of the "API" key,\nsecond step', intent: 'onboarding', weight: 10, buying: false },
  { tag: 'app-crash', keyword: 'crash', subject: 'App crash on export', intent: 'bug', weight: 6, buying: false },
  { tag: 'modalita-scura', keyword: 'funzionalità', subject: 'Funzionalità richiesta: modalità scura', intent: 'feature_request', weight: 3, buying: false },
  { tag: 'pricing-question', keyword: 'pricing', subject: 'Pricing for 40 seats', intent: 'pre_sales', weight: 3, buying: true },
  { tag: 'preventivo', keyword: 'preventivo', subject: 'Richiesta preventivo per 10 utenti', intent: 'pre_sales', weight: 1, buying: true },
  { tag: 'misc', keyword: 'hello', subject: 'Hello there', intent: null, weight: 3, buying: false },
];

export const CUSTOMER_DOMAINS = ['acme.example', 'globex.example', 'initech.example'];
const PROSPECT_DOMAINS = ['newco.example', 'startup.example'];
const CHANNELS: readonly GenChannel[] = ['email', 'chat', 'phone', 'social'];

export interface GenTicket {
  id: number;
  /** UTC milliseconds. */
  created: number;
  topic: TopicSpec;
  channel: GenChannel;
  solved: boolean;
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
  reopens: number;
  replies: number;
  satisfaction: 'good' | 'bad' | null;
  groupStations: number;
  domain: string;
}

export interface Period {
  /** First and last month (UTC) as year and 1-based month. */
  from: { year: number; month: number };
  months: number;
}

/**
 * `count` tickets over `period`: the first on the 1st of the first month at 08:00, the last on the
 * last day of the last month at 18:00 (so neither month looks partial), the rest spread between.
 */
export function generateTickets(seed: number, count: number, period: Period = { from: { year: 2025, month: 1 }, months: 6 }): GenTicket[] {
  return [...ticketStream(seed, count, period)];
}

/** The same tickets one at a time, for files too large to hold (the benchmark's million rows). */
export function* ticketStream(seed: number, count: number, period: Period = { from: { year: 2025, month: 1 }, months: 6 }): Generator<GenTicket> {
  const r = rng(seed);
  const start = Date.UTC(period.from.year, period.from.month - 1, 1, 8);
  const end = Date.UTC(period.from.year, period.from.month - 1 + period.months, 0, 18);
  const totalWeight = TOPICS.reduce((a, t) => a + t.weight, 0);
  const pick = (): TopicSpec => {
    let x = r() * totalWeight;
    for (const t of TOPICS) if ((x -= t.weight) < 0) return t;
    return TOPICS[0]!;
  };
  for (let i = 0; i < count; i++) {
    const created = i === 0 ? start : i === count - 1 ? end : start + Math.floor(r() * ((end - start) / 60_000)) * 60_000;
    const solved = r() < 0.9;
    const frt = r() < 0.95 ? 15 * (1 + Math.floor(r() * 48)) : null;
    const s = r();
    yield {
      id: 100_000 + i,
      created,
      topic: pick(),
      channel: CHANNELS[Math.floor(r() * CHANNELS.length)]!,
      solved,
      firstResponseMinutes: frt,
      resolutionMinutes: solved ? (frt ?? 0) + 15 * Math.floor(r() * 200) : null,
      reopens: r() < 0.8 ? 0 : 1 + Math.floor(r() * 2),
      replies: 1 + Math.floor(r() * r() * 4),
      satisfaction: s < 0.5 ? 'good' : s < 0.65 ? 'bad' : null,
      groupStations: r() < 0.75 ? 1 : 2 + Math.floor(r() * 2),
      domain: r() < 0.85 ? CUSTOMER_DOMAINS[Math.floor(r() * CUSTOMER_DOMAINS.length)]! : PROSPECT_DOMAINS[Math.floor(r() * PROSPECT_DOMAINS.length)]!,
    };
  }
}

/** Which fields the written layout carries: the expectations follow what a reader can see. */
export interface Carried {
  tags: boolean;
  reopens: boolean;
  groupStations: boolean;
  /** The intent column holds a value for these intents (the rest fall to keyword rules). */
  intentField: boolean;
}

function percentileInc(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!);
}

export interface ExpectedIntent {
  intent: Intent;
  tickets: number;
  monthlyVolume: number;
  firstResponseMinutes: { median: number | null; p90: number | null };
  fcr: number | null;
  csat: number | null;
  multiGroupShare: number | null;
}

export interface Expected {
  rows: number;
  tickets: number;
  months: number;
  unclassified: number;
  intents: ExpectedIntent[];
  topics: { topic: string; tickets: number }[];
  candidates: string[];
  preSales: number;
  preSalesWithDomains: number;
  channels: Partial<Record<GenChannel, number>>;
}

export function expectedFigures(tickets: readonly GenTicket[], months: number, carried: Carried): Expected {
  const byIntent = new Map<Intent, GenTicket[]>();
  for (const t of tickets) if (t.topic.intent) byIntent.set(t.topic.intent, [...(byIntent.get(t.topic.intent) ?? []), t]);
  const intents: ExpectedIntent[] = [...byIntent].map(([intent, ts]) => {
    const solved = ts.filter((t) => t.solved);
    const firstContact = solved.filter((t) => (carried.reopens ? t.reopens === 0 : true) && t.replies <= 1);
    const good = ts.filter((t) => t.satisfaction === 'good').length;
    const bad = ts.filter((t) => t.satisfaction === 'bad').length;
    return {
      intent,
      tickets: ts.length,
      monthlyVolume: ts.length / months,
      firstResponseMinutes: {
        median: percentileInc(ts.flatMap((t) => (t.firstResponseMinutes === null ? [] : [t.firstResponseMinutes])), 0.5),
        p90: percentileInc(ts.flatMap((t) => (t.firstResponseMinutes === null ? [] : [t.firstResponseMinutes])), 0.9),
      },
      fcr: solved.length ? firstContact.length / solved.length : null,
      csat: good + bad ? good / (good + bad) : null,
      multiGroupShare: carried.groupStations ? ts.filter((t) => t.groupStations > 1).length / ts.length : null,
    };
  });
  intents.sort((a, b) => b.tickets - a.tickets || a.intent.localeCompare(b.intent));
  const topicOf = (t: GenTicket) => (carried.tags ? t.topic.tag : t.topic.keyword);
  const topicCounts = new Map<string, { n: number; intent: Intent | null }>();
  for (const t of tickets) {
    if (!carried.tags && t.topic.intent === null) continue; // no tag and no rule: no topic
    const k = topicOf(t);
    topicCounts.set(k, { n: (topicCounts.get(k)?.n ?? 0) + 1, intent: t.topic.intent });
  }
  const topics = [...topicCounts].map(([topic, v]) => ({ topic, tickets: v.n, intent: v.intent })).sort((a, b) => b.tickets - a.tickets || a.topic.localeCompare(b.topic));
  const customers = new Set(CUSTOMER_DOMAINS);
  const channels: Partial<Record<GenChannel, number>> = {};
  for (const t of tickets) channels[t.channel] = (channels[t.channel] ?? 0) + 1;
  return {
    channels,
    rows: tickets.length,
    tickets: tickets.length,
    months,
    unclassified: tickets.filter((t) => t.topic.intent === null).length,
    intents,
    topics: topics.slice(0, 10).map(({ topic, tickets: n }) => ({ topic, tickets: n })),
    candidates: topics.filter((t) => t.tickets / months > 20 && t.intent !== 'retention_risk' && t.intent !== 'onboarding').map((t) => t.topic),
    preSales: tickets.filter((t) => t.topic.intent === 'pre_sales' || t.topic.buying).length,
    preSalesWithDomains: tickets.filter((t) => t.topic.intent === 'pre_sales' || t.topic.buying || !customers.has(t.domain)).length,
  };
}
