/**
 * One record of the export → one Ticket, through the column map: the date in the detected order and
 * the file's zone, durations in the layout's units, e-mail addresses cut to their domain. A record
 * that cannot be read gives the reason instead, in words the user can act on (never its text).
 */
import { monthKeyOf, parseDate, type DateOrder } from './dates';
import type { RecordProblem } from './csv';
import type { ColumnMap, Ticket, TicketField } from './fields';
import type { DurationUnit } from './layouts';
import { domainOf, parseChannel, parseCount, parseDurationMinutes, parseSatisfaction, parseSolved, parseTags } from './values';

export interface RowReaderOptions {
  header: readonly string[];
  map: ColumnMap;
  units: { firstResponse: DurationUnit; resolution: DurationUnit; handleTime: DurationUnit };
  dateOrder: DateOrder;
  zoneOffsetMinutes: number;
}

export type RowResult = { ok: true; ticket: Ticket } | { ok: false; reason: string };

export function makeRowReader(o: RowReaderOptions): (fields: readonly string[], problem: RecordProblem) => RowResult {
  const width = o.header.length;
  const col = (f: TicketField) => o.map[f];
  const cell = (fields: readonly string[], f: TicketField): string => {
    const i = col(f);
    return i === undefined ? '' : (fields[i] ?? '');
  };
  const name = (f: TicketField) => o.header[col(f) ?? -1] ?? f;
  return (fields, problem) => {
    if (problem === 'cut') return { ok: false, reason: 'the file ends inside a quoted field (the last line is cut)' };
    if (fields.length !== width) return { ok: false, reason: `${fields.length} fields where the header has ${width}` };
    if (problem === 'undecodable') return { ok: false, reason: 'characters that are not readable in the detected encoding' };
    const createdText = cell(fields, 'created');
    const created = parseDate(createdText, o.dateOrder, o.zoneOffsetMinutes);
    if (created === null) return { ok: false, reason: `unreadable date "${createdText.slice(0, 40)}" in column "${name('created')}"` };
    const numbers: Partial<Record<TicketField, number | null>> = {};
    for (const f of ['groupStations', 'reopens', 'replies'] as const) {
      const v = parseCount(cell(fields, f));
      if (Number.isNaN(v)) return { ok: false, reason: `unreadable number in column "${name(f)}"` };
      numbers[f] = v;
    }
    const durations: Partial<Record<TicketField, number | null>> = {};
    for (const f of ['firstResponse', 'resolution', 'handleTime'] as const) {
      const v = parseDurationMinutes(cell(fields, f), o.units[f]);
      if (Number.isNaN(v)) return { ok: false, reason: `unreadable duration in column "${name(f)}"` };
      durations[f] = v;
    }
    const intentValue = col('intent') === undefined ? null : cell(fields, 'intent').trim() || null;
    const domain = domainOf(cell(fields, 'requesterDomain')) ?? domainOf(cell(fields, 'requesterEmail'));
    const ticket: Ticket = {
      created,
      monthKey: monthKeyOf(created, o.zoneOffsetMinutes),
      channel: parseChannel(cell(fields, 'channel')),
      intentValue,
      tags: parseTags(cell(fields, 'tags')),
      subject: cell(fields, 'subject'),
      groupStations: numbers.groupStations ?? null,
      solved: parseSolved(cell(fields, 'status')),
      firstResponseMinutes: durations.firstResponse ?? null,
      resolutionMinutes: durations.resolution ?? null,
      handleMinutes: durations.handleTime ?? null,
      reopens: numbers.reopens ?? null,
      replies: numbers.replies ?? null,
      satisfaction: parseSatisfaction(cell(fields, 'satisfaction')),
      requesterDomain: domain,
    };
    return { ok: true, ticket };
  };
}
