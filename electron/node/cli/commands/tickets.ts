/**
 * `cxcase tickets <file>`: reads a help-desk ticket export (CSV or XLSX) and prints what it gives a
 * business case — volumes, KPIs per intent, topics, automation candidates, pre-sales signals —
 * as a short summary, or with --json every figure. Only aggregates are printed.
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { AnalysisReport } from '@shared/tickets/analysis';
import { parseZoneOffset, type DateOrder } from '@shared/tickets/dates';
import { isTicketField, type UserMapping } from '@shared/tickets/generic';
import { FORMATS, type Format } from '@shared/tickets/layouts';
import { ticketSummaryJson } from '@shared/tickets/summary-json';
import { readTicketExport } from '../../tickets/read-export';
import { CliError, type CliIo } from '../output';

interface TicketsOptions {
  format: string;
  map: string[];
  dates?: string;
  tz?: string;
  customers?: string;
  json?: boolean;
}

const collect = (v: string, all: string[]) => [...all, v];

function parseMapping(pairs: readonly string[]): UserMapping {
  const map: UserMapping = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    const field = eq > 0 ? p.slice(0, eq).trim() : '';
    if (!isTicketField(field)) throw new CliError(`--map ${p}: expected FIELD=COLUMN, where FIELD is one of id, created, channel, intent, tags, subject, group, groupStations, status, firstResponse, resolution, handleTime, reopens, replies, satisfaction, requesterDomain, requesterEmail`);
    map[field] = p.slice(eq + 1);
  }
  return map;
}

function isFormat(s: string): s is Format {
  return FORMATS.some((f) => f === s);
}

/** Customer domains: a comma-separated list, or a file with one domain a line. */
function customerDomains(arg: string | undefined): string[] | undefined {
  if (arg === undefined) return undefined;
  let text = arg;
  try {
    text = readFileSync(arg, 'utf8');
  } catch {
    // not a file: a list
  }
  return text.split(/[\s,;]+/).map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`);
const num = (v: number | null, digits = 1) => (v === null ? 'n/a' : v.toFixed(digits));

function printSummary(io: CliIo, r: AnalysisReport, file: string): void {
  const d = r.derived;
  io.out(`${file}: ${r.format} layout, ${r.rows} rows, ${d.tickets} tickets read, ${r.badRowCount} bad rows\n`);
  if (d.period) io.out(`period: ${d.period.from} to ${d.period.to} (${d.period.months} months)${d.period.firstMonthPartial ? ', first month looks partial' : ''}${d.period.lastMonthPartial ? ', last month looks partial' : ''}\n`);
  if (r.dates.ambiguous && !r.dates.settled) io.out(`dates: day and month cannot be told apart; read as ${r.dates.used === 'dmy' ? 'dd/mm/yyyy' : 'mm/dd/yyyy'} (confirm with --dates dmy or --dates mdy)\n`);
  io.out(`\nintent            tickets  per month  FRT median  FRT p90   FCR     CSAT    >1 group\n`);
  for (const i of d.intents)
    io.out(`${i.intent.padEnd(17)} ${String(i.tickets).padStart(7)}  ${num(i.monthlyVolume).padStart(9)}  ${num(i.firstResponseMinutes.median, 0).padStart(10)}  ${num(i.firstResponseMinutes.p90, 0).padStart(7)}   ${pct(i.fcr).padStart(6)}  ${pct(i.csat).padStart(6)}  ${pct(i.multiGroupShare).padStart(6)}\n`);
  io.out(`unclassified      ${String(d.unclassified).padStart(7)}\n`);
  io.out(`\ntop topics: ${d.topics.map((t) => `${t.topic} (${num(t.monthlyVolume)}/month)`).join(', ') || 'none'}\n`);
  io.out(`automation candidates (> 20 a month, not retention or onboarding): ${d.candidates.map((t) => t.topic).join(', ') || 'none'}\n`);
  io.out(`pre-sales signals: ${d.preSales.tickets} tickets (${num(d.preSales.monthlyVolume)}/month)\n`);
  for (const b of r.badRows.slice(0, 10)) io.out(`bad row, line ${b.line}: ${b.reason}\n`);
  if (r.badRowCount > 10) io.out(`… ${r.badRowCount - 10} more bad rows (all listed, up to 100, with --json)\n`);
}

export function registerTickets(program: Command, io: CliIo): void {
  program
    .command('tickets')
    .description('read a help-desk ticket export (CSV or XLSX) and print its volumes, KPIs per intent, topics and automation candidates')
    .argument('<file>', 'a ticket export: Zendesk, Freshdesk, Intercom or HubSpot, or any CSV/XLSX with --map')
    .option('--format <format>', `the export's layout: ${FORMATS.join(', ')}`, 'auto')
    .option('--map <field=column>', 'which column holds a field, e.g. --map created="Opened on" (repeatable)', collect, [])
    .option('--dates <order>', 'dmy or mdy: confirm the order of dd/mm/yyyy-style dates')
    .option('--tz <offset>', "the file's time zone for dates written without one, e.g. +01:00 (default UTC)")
    .option('--customers <domains>', 'customer e-mail domains (comma-separated, or a file with one a line): other requesters count as pre-sales signals')
    .option('--json', 'print every figure as JSON')
    .action(async (file: string, opts: TicketsOptions) => {
      if (!isFormat(opts.format)) throw new CliError(`--format ${opts.format}: expected one of ${FORMATS.join(', ')}`);
      if (opts.dates !== undefined && opts.dates !== 'dmy' && opts.dates !== 'mdy') throw new CliError(`--dates ${opts.dates}: expected dmy or mdy`);
      const zone = opts.tz === undefined ? 0 : parseZoneOffset(opts.tz);
      if (zone === null) throw new CliError(`--tz ${opts.tz}: expected an offset from UTC such as +01:00 or -05:00`);
      const dateOrder: DateOrder | undefined = opts.dates;
      const r = await readTicketExport(file, {
        format: opts.format,
        map: parseMapping(opts.map),
        dateOrder,
        zoneOffsetMinutes: zone,
        customerDomains: customerDomains(opts.customers),
      });
      if (!r.ok) throw new CliError(r.message);
      if (opts.json) {
        const facts = { name: r.file.name, kind: r.file.kind, encoding: r.file.csv?.encoding ?? null, delimiter: r.file.csv?.delimiter ?? null };
        io.out(JSON.stringify(ticketSummaryJson(r.report, facts), null, 2) + '\n');
      } else printSummary(io, r.report, file);
    });
}
