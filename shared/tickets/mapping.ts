/**
 * One record of the export → one Ticket, through the column map: the date in the detected order and
 * the file's zone, durations in the layout's units, e-mail addresses cut to their domain. A record
 * that cannot be read gives the reason instead, in words the user can act on (never its text).
 * The record comes as cells (cells.ts): texts, or a byte view whose shortcuts (digits, repeated
 * values, ASCII words) give the same tickets without making a string of every field.
 */
import { ArrayCells, type AsciiText, type RowCells } from './cells';
import type { CsvRecordView } from './csv-bytes';
import { monthKeyOf, parseDate, parseIsoBytes, type DateOrder } from './dates';
import type { RecordProblem } from './csv';
import type { ColumnMap, Ticket, TicketField } from './fields';
import type { DurationUnit } from './layouts';
import { domainOf, minutesFrom, parseChannel, parseCount, parseDurationMinutes, parseSatisfaction, parseSolved, parseTags } from './values';

export interface RowReaderOptions {
  header: readonly string[];
  map: ColumnMap;
  units: { firstResponse: DurationUnit; resolution: DurationUnit; handleTime: DurationUnit };
  dateOrder: DateOrder;
  zoneOffsetMinutes: number;
}

export type RowResult = { ok: true; ticket: Ticket; words: AsciiText | null } | { ok: false; reason: string };

/** Values that repeat are read once: a pure function remembered for up to `cap` distinct inputs. */
function remembered<T>(f: (s: string) => T, cap = 4096): (s: string) => T {
  const seen = new Map<string, { v: T }>();
  return (s) => {
    const known = seen.get(s);
    if (known) return known.v;
    const v = f(s);
    if (seen.size < cap) seen.set(s, { v });
    return v;
  };
}

export function makeRowReader(o: RowReaderOptions): (fields: readonly string[], problem: RecordProblem) => RowResult {
  const read = makeCellsReader(o);
  const cells = new ArrayCells();
  return (fields, problem) => {
    cells.fields = fields;
    return read(cells, problem);
  };
}

/** The reader over cells; `view` (when the cells are a CSV byte view) lets the date be read from its bytes. */
export function makeCellsReader(o: RowReaderOptions): (cells: RowCells, problem: RecordProblem, view?: CsvRecordView) => RowResult {
  const width = o.header.length;
  const m = o.map;
  // Column indices resolved once; -1 = not in the file (its cell reads as empty).
  const at = (f: TicketField) => m[f] ?? -1;
  const iCreated = at('created');
  const iChannel = at('channel');
  const iIntent = at('intent');
  const iTags = at('tags');
  const iSubject = at('subject');
  const iStations = at('groupStations');
  const iStatus = at('status');
  const iFirst = at('firstResponse');
  const iResolution = at('resolution');
  const iHandle = at('handleTime');
  const iReopens = at('reopens');
  const iReplies = at('replies');
  const iSat = at('satisfaction');
  const iDomain = at('requesterDomain');
  const iEmail = at('requesterEmail');
  const name = (i: number) => `"${o.header[i] ?? ''}"`;
  const channelOf = remembered(parseChannel);
  const solvedOf = remembered(parseSolved);
  const satisfactionOf = remembered(parseSatisfaction);
  // The arrays are shared between the tickets with the same tags: nothing changes them.
  const tagsOf = remembered(parseTags);
  const domainOfCell = remembered(domainOf);
  const zone = o.zoneOffsetMinutes;
  const count = (cells: RowCells, i: number) => {
    const d = cells.digits(i);
    return d >= 0 ? d : parseCount(cells.text(i));
  };
  const minutes = (cells: RowCells, i: number, unit: DurationUnit) => {
    const d = cells.digits(i);
    return d >= 0 ? minutesFrom(d, unit) : parseDurationMinutes(cells.text(i), unit);
  };
  const badNumber = (i: number): RowResult => ({ ok: false, reason: `unreadable number in column ${name(i)}` });
  const badDuration = (i: number): RowResult => ({ ok: false, reason: `unreadable duration in column ${name(i)}` });
  return (cells, problem, view) => {
    if (problem === 'cut') return { ok: false, reason: 'the file ends inside a quoted field (the last line is cut)' };
    if (cells.length !== width) return { ok: false, reason: `${cells.length} fields where the header has ${width}` };
    if (problem === 'undecodable') return { ok: false, reason: 'characters that are not readable in the detected encoding' };
    let created: number | null | undefined = view && iCreated >= 0 && view.isExact(iCreated) ? parseIsoBytes(view.bytes, view.start[iCreated]!, view.end[iCreated]!, zone) : undefined;
    if (created === undefined || created === null) {
      const createdText = cells.text(iCreated);
      created = parseDate(createdText, o.dateOrder, zone);
      if (created === null) return { ok: false, reason: `unreadable date "${createdText.slice(0, 40)}" in column ${name(iCreated)}` };
    }
    // Checked in this order, the first unreadable one named: stations, reopens, replies.
    const groupStations = count(cells, iStations);
    const reopens = count(cells, iReopens);
    const replies = count(cells, iReplies);
    if (Number.isNaN(groupStations)) return badNumber(iStations);
    if (Number.isNaN(reopens)) return badNumber(iReopens);
    if (Number.isNaN(replies)) return badNumber(iReplies);
    const firstResponse = minutes(cells, iFirst, o.units.firstResponse);
    const resolution = minutes(cells, iResolution, o.units.resolution);
    const handle = minutes(cells, iHandle, o.units.handleTime);
    if (Number.isNaN(firstResponse)) return badDuration(iFirst);
    if (Number.isNaN(resolution)) return badDuration(iResolution);
    if (Number.isNaN(handle)) return badDuration(iHandle);
    // The subject is only searched for keywords: as bytes when it is plain ASCII.
    const words = cells.asciiWords(iTags, iSubject);
    const ticket: Ticket = {
      created,
      monthKey: monthKeyOf(created, zone),
      channel: channelOf(cells.repeated(iChannel)),
      intentValue: iIntent < 0 ? null : cells.repeated(iIntent).trim() || null,
      tags: tagsOf(cells.repeated(iTags)),
      subject: words ? '' : cells.text(iSubject),
      groupStations,
      solved: solvedOf(cells.repeated(iStatus)),
      firstResponseMinutes: firstResponse,
      resolutionMinutes: resolution,
      handleMinutes: handle,
      reopens,
      replies,
      satisfaction: satisfactionOf(cells.repeated(iSat)),
      requesterDomain: domainOfCell(cells.repeated(iDomain)) ?? domainOf(cells.text(iEmail)),
    };
    return { ok: true, ticket, words };
  };
}
