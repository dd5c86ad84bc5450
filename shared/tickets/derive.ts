/**
 * The figures a ticket export gives a business case, accumulated ticket by ticket (nothing of a
 * ticket is kept but numbers) and summarised once: per intent and overall — volume, monthly volume,
 * channel mix, first response time (median, p90), resolution time (median), handle time (mean),
 * first contact resolution, CSAT, ticket-tennis share — plus the period, the top 10 topics, the
 * automation candidates and the pre-sales signals.
 *
 * Definitions: monthly volume = tickets ÷ calendar months from the first ticket's month to the
 * last's, inclusive. FCR = share of solved tickets with no reopen and at most one agent reply.
 * CSAT = good ÷ (good + bad) among rated tickets. Ticket tennis = share of tickets that passed
 * through more than one group. Automation candidates: topics above 20 tickets a month whose main
 * intent is neither retention risk nor onboarding.
 */
import { CHANNELS, type Channel, type Intent } from '../case/schema';
import type { Classification } from './classify';
import type { Ticket } from './fields';
import { ratio, Values } from './stats';

/** Above this many tickets a month a question deserves self-service or automation. */
export const AUTOMATION_THRESHOLD_PER_MONTH = 20;
export const TOP_TOPICS = 10;
/** Distinct topics tracked; tags beyond this (ids used as tags) are counted under no topic. */
const MAX_TOPICS = 20_000;
const PROTECTED_INTENTS: readonly Intent[] = ['retention_risk', 'onboarding'];

export interface GroupFigures {
  tickets: number;
  monthlyVolume: number;
  channels: Partial<Record<Channel | 'other', number>>;
  firstResponseMinutes: { median: number | null; p90: number | null };
  resolutionMinutes: { median: number | null };
  handleMinutes: number | null;
  fcr: number | null;
  csat: number | null;
  multiGroupShare: number | null;
  /** Tickets that passed through more than one group, and their hand-offs (groups − 1). */
  multiGroupTickets: number;
  handoffs: number;
}

class Group {
  tickets = 0;
  channels = new Map<Channel | 'other', number>();
  frt = new Values();
  resolution = new Values();
  handleSum = 0;
  handleCount = 0;
  solved = 0;
  solvedFirstContact = 0;
  fcrKnown = false;
  good = 0;
  bad = 0;
  stationsKnown = 0;
  multiGroup = 0;
  handoffs = 0;

  add(t: Ticket): void {
    this.tickets++;
    const ch = t.channel ?? 'other';
    this.channels.set(ch, (this.channels.get(ch) ?? 0) + 1);
    if (t.firstResponseMinutes !== null) this.frt.add(t.firstResponseMinutes);
    if (t.resolutionMinutes !== null && t.solved !== false) this.resolution.add(t.resolutionMinutes);
    if (t.handleMinutes !== null) {
      this.handleSum += t.handleMinutes;
      this.handleCount++;
    }
    if (t.reopens !== null || t.replies !== null) this.fcrKnown = true;
    if (t.solved === true) {
      this.solved++;
      if ((t.reopens ?? 0) === 0 && (t.replies ?? 0) <= 1) this.solvedFirstContact++;
    }
    if (t.satisfaction === 'good') this.good++;
    else if (t.satisfaction === 'bad') this.bad++;
    if (t.groupStations !== null) {
      this.stationsKnown++;
      if (t.groupStations > 1) {
        this.multiGroup++;
        this.handoffs += t.groupStations - 1;
      }
    }
  }

  figures(months: number): GroupFigures {
    const channels: GroupFigures['channels'] = {};
    for (const c of [...CHANNELS, 'other'] as const) {
      const n = this.channels.get(c);
      if (n) channels[c] = n;
    }
    return {
      tickets: this.tickets,
      monthlyVolume: months > 0 ? this.tickets / months : 0,
      channels,
      firstResponseMinutes: { median: this.frt.percentile(0.5), p90: this.frt.percentile(0.9) },
      resolutionMinutes: { median: this.resolution.percentile(0.5) },
      handleMinutes: ratio(this.handleSum, this.handleCount),
      fcr: this.fcrKnown ? ratio(this.solvedFirstContact, this.solved) : null,
      csat: ratio(this.good, this.good + this.bad),
      multiGroupShare: ratio(this.multiGroup, this.stationsKnown),
      multiGroupTickets: this.multiGroup,
      handoffs: this.handoffs,
    };
  }
}

export interface Period {
  from: string;
  to: string;
  months: number;
  firstMonthPartial: boolean;
  lastMonthPartial: boolean;
}

export interface TopicFigures {
  topic: string;
  tickets: number;
  monthlyVolume: number;
  intent: Intent | null;
}

export interface PreSalesFigures {
  tickets: number;
  monthlyVolume: number;
  share: number | null;
  byIntent: number;
  byBuyingWords: number;
  byUnknownDomain: number;
}

export interface Derived {
  tickets: number;
  period: Period | null;
  overall: GroupFigures;
  intents: ({ intent: Intent } & GroupFigures)[];
  unclassified: number;
  rules: { rule: string; intent: Intent | null; tickets: number }[];
  topics: TopicFigures[];
  /** Per intent, its topics by size (most tickets first). */
  topicsByIntent: Partial<Record<Intent, string[]>>;
  candidates: TopicFigures[];
  preSales: PreSalesFigures;
}

export interface DeriveOptions {
  /** Customer domains (lower case); a requester outside them is a pre-sales signal. */
  customerDomains?: readonly string[];
  /** Months are counted in this zone (minutes east of UTC). */
  zoneOffsetMinutes: number;
}

export class TicketFigures {
  private readonly overall = new Group();
  private readonly byIntent = new Map<Intent, Group>();
  private readonly rules = new Map<string, { intent: Intent | null; tickets: number }>();
  private readonly topics = new Map<string, Map<Intent | null, number>>();
  private unclassified = 0;
  private first = Infinity;
  private last = -Infinity;
  private firstMonth = Infinity;
  private lastMonth = -Infinity;
  private preSales = { tickets: 0, byIntent: 0, byBuyingWords: 0, byUnknownDomain: 0 };
  private readonly customers: Set<string> | null;

  constructor(private readonly options: DeriveOptions) {
    this.customers = options.customerDomains && options.customerDomains.length > 0 ? new Set(options.customerDomains.map((d) => d.toLowerCase())) : null;
  }

  add(t: Ticket, c: Classification): void {
    const buyingWords = c.buying;
    this.overall.add(t);
    if (t.created < this.first) this.first = t.created;
    if (t.created > this.last) this.last = t.created;
    if (t.monthKey < this.firstMonth) this.firstMonth = t.monthKey;
    if (t.monthKey > this.lastMonth) this.lastMonth = t.monthKey;
    if (c.intent === null) this.unclassified++;
    else {
      let g = this.byIntent.get(c.intent);
      if (!g) this.byIntent.set(c.intent, (g = new Group()));
      g.add(t);
    }
    const ruleKey = c.by ?? '';
    if (c.by !== null) {
      let r = this.rules.get(ruleKey);
      if (!r) this.rules.set(ruleKey, (r = { intent: c.by === 'field' ? null : c.intent, tickets: 0 }));
      r.tickets++;
    }
    if (c.topic !== null) {
      let counts = this.topics.get(c.topic);
      if (!counts && this.topics.size < MAX_TOPICS) this.topics.set(c.topic, (counts = new Map()));
      if (counts) counts.set(c.intent, (counts.get(c.intent) ?? 0) + 1);
    }
    const unknownDomain = this.customers !== null && t.requesterDomain !== null && !this.customers.has(t.requesterDomain);
    const isPreSalesIntent = c.intent === 'pre_sales';
    if (isPreSalesIntent || buyingWords || unknownDomain) this.preSales.tickets++;
    if (isPreSalesIntent) this.preSales.byIntent++;
    if (buyingWords) this.preSales.byBuyingWords++;
    if (unknownDomain) this.preSales.byUnknownDomain++;
  }

  summary(): Derived {
    const tickets = this.overall.tickets;
    const months = tickets > 0 ? this.lastMonth - this.firstMonth + 1 : 0;
    const zone = this.options.zoneOffsetMinutes;
    const local = (ms: number) => new Date(ms + zone * 60_000);
    const period: Period | null =
      tickets > 0
        ? {
            from: isoLocal(this.first, zone),
            to: isoLocal(this.last, zone),
            months,
            // A month looks partial when the tickets start after its 3rd day or stop before its last 3 days.
            firstMonthPartial: local(this.first).getUTCDate() > 3,
            lastMonthPartial: local(this.last).getUTCDate() < daysInMonthOf(local(this.last)) - 2,
          }
        : null;
    const topicList: TopicFigures[] = [...this.topics].map(([topic, counts]) => {
      let n = 0;
      let main: Intent | null = null;
      let mainCount = -1;
      for (const [intent, k] of counts) {
        n += k;
        if (k > mainCount) {
          main = intent;
          mainCount = k;
        }
      }
      return { topic, tickets: n, monthlyVolume: months > 0 ? n / months : 0, intent: main };
    });
    topicList.sort((a, b) => b.tickets - a.tickets || a.topic.localeCompare(b.topic));
    const topicsByIntent: Partial<Record<Intent, string[]>> = {};
    for (const t of topicList) if (t.intent !== null) (topicsByIntent[t.intent] ??= []).push(t.topic);
    return {
      topicsByIntent,
      tickets,
      period,
      overall: this.overall.figures(months),
      intents: [...this.byIntent]
        .map(([intent, g]) => ({ intent, ...g.figures(months) }))
        .sort((a, b) => b.tickets - a.tickets || a.intent.localeCompare(b.intent)),
      unclassified: this.unclassified,
      rules: [...this.rules].map(([rule, r]) => ({ rule, intent: r.intent, tickets: r.tickets })).sort((a, b) => b.tickets - a.tickets || a.rule.localeCompare(b.rule)),
      topics: topicList.slice(0, TOP_TOPICS),
      candidates: topicList.filter((t) => t.monthlyVolume > AUTOMATION_THRESHOLD_PER_MONTH && !(t.intent !== null && PROTECTED_INTENTS.includes(t.intent))),
      preSales: {
        ...this.preSales,
        monthlyVolume: months > 0 ? this.preSales.tickets / months : 0,
        share: ratio(this.preSales.tickets, tickets),
      },
    };
  }
}

function daysInMonthOf(d: Date): number {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
}

/** An instant written in the zone, e.g. "2026-03-01T09:00:00+01:00". */
function isoLocal(ms: number, zone: number): string {
  const base = new Date(ms + zone * 60_000).toISOString().slice(0, 19);
  const sign = zone < 0 ? '-' : '+';
  const a = Math.abs(zone);
  return `${base}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
