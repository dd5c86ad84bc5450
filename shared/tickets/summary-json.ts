/**
 * The analysis as the command line prints it (`cxcase tickets --json`) — the fields, plus
 * how the file was read. Aggregates only: no subject, name or address is in it.
 */
import type { AnalysisReport } from './analysis';
import { proposalsFrom } from './proposals';

export interface FileFacts {
  name: string;
  kind: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
}

export function ticketSummaryJson(r: AnalysisReport, file: FileFacts) {
  const d = r.derived;
  return {
    file: file.name,
    kind: file.kind,
    encoding: file.encoding,
    delimiter: file.delimiter,
    format: r.format,
    columns: r.columns,
    dates: { order: r.dates.used, detected: r.dates.order !== null, ambiguous: r.dates.ambiguous, conflicting: r.dates.conflicting, zoneOffsetMinutes: r.zoneOffsetMinutes },
    rows: r.rows,
    tickets: d.tickets,
    badRowCount: r.badRowCount,
    badRows: r.badRows,
    period: d.period && { from: d.period.from, to: d.period.to, months: d.period.months, firstMonthPartial: d.period.firstMonthPartial, lastMonthPartial: d.period.lastMonthPartial },
    overall: {
      monthlyVolume: d.overall.monthlyVolume,
      channels: d.overall.channels,
      firstResponseMinutes: d.overall.firstResponseMinutes,
      resolutionMinutes: d.overall.resolutionMinutes,
      handleMinutes: d.overall.handleMinutes,
      fcr: d.overall.fcr,
      csat: d.overall.csat,
      multiGroupShare: d.overall.multiGroupShare,
    },
    intents: d.intents.map((i) => ({
      intent: i.intent,
      tickets: i.tickets,
      monthlyVolume: i.monthlyVolume,
      channels: i.channels,
      firstResponseMinutes: i.firstResponseMinutes,
      resolutionMinutes: i.resolutionMinutes,
      handleMinutes: i.handleMinutes,
      fcr: i.fcr,
      csat: i.csat,
      multiGroupShare: i.multiGroupShare,
    })),
    rules: d.rules,
    topics: d.topics,
    candidates: d.candidates,
    preSales: d.preSales,
    unclassified: d.unclassified,
    /** What the case could take from the export, each with the file, period and ticket count. */
    proposals: proposalsFrom(d, file.name),
  };
}
