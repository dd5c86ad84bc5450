/**
 * The analysis as the app's wizard receives it (shared/contract/tickets.ts TicketResult): how the
 * file was read, the classification counts, the figures per intent and the proposals. Aggregates
 * only — the same rule as the command line's JSON. Long labels are cut so a tag used as a sentence
 * cannot carry a ticket's text across; values the user could not map back exactly are left out.
 */
import type { TicketResult } from '../contract/tickets';
import type { AnalysisReport } from './analysis';
import { DEFAULT_RULES, suggestIntent, type KeywordRule } from './classify';
import type { Intent } from '../case/schema';
import { applyUserMapping, guessColumns, type UserMapping } from './generic';
import { layoutOf, mapLayout, recogniseLayout, type Format } from './layouts';
import { proposalsFrom } from './proposals';
import type { FileFacts } from './summary-json';

const LABEL = 200;
const MAX_CANDIDATES = 50;

const cut = (s: string, n = LABEL) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface WizardInputs {
  header: readonly string[];
  rules?: readonly KeywordRule[] | null;
  valueIntents?: Readonly<Record<string, Intent | null>>;
}

export function wizardResult(r: AnalysisReport, file: FileFacts, inputs: WizardInputs): TicketResult {
  const d = r.derived;
  const rules = inputs.rules ?? DEFAULT_RULES;
  const table = inputs.valueIntents ?? {};
  const intentOf = (value: string): Intent | null => {
    const key = value.trim().toLowerCase();
    return Object.prototype.hasOwnProperty.call(table, key) ? (table[key] ?? null) : suggestIntent(key, rules);
  };
  const topic = (t: (typeof d.topics)[number]) => ({ topic: cut(t.topic), tickets: t.tickets, monthlyVolume: t.monthlyVolume, intent: t.intent });
  const proposals = proposalsFrom(d, file.name);
  return {
    file: { name: cut(file.name, 255), kind: file.kind, encoding: file.encoding, delimiter: file.delimiter },
    format: r.format,
    header: inputs.header.slice(0, 1000).map((h) => cut(h)),
    columns: Object.fromEntries(Object.entries(r.columns).map(([k, v]) => [k, cut(v)])),
    dates: { used: r.dates.used, detected: r.dates.order, ambiguous: r.dates.ambiguous, conflicting: r.dates.conflicting, settled: r.dates.settled },
    rows: r.rows,
    tickets: d.tickets,
    badRowCount: r.badRowCount,
    badRows: r.badRows.map((b) => ({ line: b.line, reason: cut(b.reason, 300) })),
    period: d.period && { from: d.period.from, to: d.period.to, months: d.period.months, firstMonthPartial: d.period.firstMonthPartial, lastMonthPartial: d.period.lastMonthPartial },
    intentValues: r.intentValues.filter((v) => v.value.length <= LABEL).map((v) => ({ value: v.value, tickets: v.tickets, intent: intentOf(v.value) })),
    rules: d.rules.map((x) => ({ rule: cut(x.rule, 40), intent: x.intent, tickets: x.tickets })),
    unclassified: d.unclassified,
    intents: d.intents.map((i) => ({
      intent: i.intent,
      tickets: i.tickets,
      monthlyVolume: i.monthlyVolume,
      firstResponseMedian: i.firstResponseMinutes.median,
      fcr: i.fcr,
      csat: i.csat,
      multiGroupShare: i.multiGroupShare,
    })),
    topics: d.topics.map(topic),
    candidates: d.candidates.slice(0, MAX_CANDIDATES).map(topic),
    preSales: { tickets: d.preSales.tickets, monthlyVolume: d.preSales.monthlyVolume, share: d.preSales.share },
    proposals: proposals && {
      ...proposals,
      provenance: { ...proposals.provenance, file: cut(proposals.provenance.file, 255) },
      moments: proposals.moments.map((m) => ({ ...m, topics: m.topics.map((t) => cut(t)) })),
    },
  };
}

/** Whether the header gives no creation date under these options: then the file is not a ticket export (unless mapped). */
export function lacksCreatedColumn(header: readonly string[], format: Format, map: UserMapping): boolean {
  const layout = format === 'generic' ? null : format === 'auto' ? recogniseLayout(header) : layoutOf(format);
  const base = layout ? mapLayout(layout, header) : guessColumns(header);
  const { map: applied, missing } = applyUserMapping(base, header, map);
  return missing.length === 0 && applied.created === undefined;
}
