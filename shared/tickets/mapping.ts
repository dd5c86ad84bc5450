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
  const m = o.map;
  // Column indices resolved once; -1 = not in the file (its cell reads as empty).
  const at = (f: TicketField) => m[f] ?? -1;
  const [iCreated, iChannel, iIntent, iTags, iSubject, iStations, iStatus, iFirst, iResolution, iHandle, iReopens, iReplies, iSat, iDomain, iEmail] = (
    ['created', 'channel', 'intent', 'tags', 'subject', 'groupStations', 'status', 'firstResponse', 'resolution', 'handleTime', 'reopens', 'replies', 'satisfaction', 'requesterDomain', 'requesterEmail'] as const
  ).map(at);
  const name = (i: number | undefined) => `"${o.header[i ?? -1] ?? ''}"`;
  return (fields, problem) => {
    if (problem === 'cut') return { ok: false, reason: 'the file ends inside a quoted field (the last line is cut)' };
    if (fields.length !== width) return { ok: false, reason: `${fields.length} fields where the header has ${width}` };
    if (problem === 'undecodable') return { ok: false, reason: 'characters that are not readable in the detected encoding' };
    const cell = (i: number | undefined) => (i === undefined || i < 0 ? '' : (fields[i] ?? ''));
    const createdText = cell(iCreated);
    const created = parseDate(createdText, o.dateOrder, o.zoneOffsetMinutes);
    if (created === null) return { ok: false, reason: `unreadable date "${createdText.slice(0, 40)}" in column ${name(iCreated)}` };
    const groupStations = parseCount(cell(iStations));
    const reopens = parseCount(cell(iReopens));
    const replies = parseCount(cell(iReplies));
    for (const [v, i] of [[groupStations, iStations], [reopens, iReopens], [replies, iReplies]] as const)
      if (Number.isNaN(v)) return { ok: false, reason: `unreadable number in column ${name(i)}` };
    const firstResponse = parseDurationMinutes(cell(iFirst), o.units.firstResponse);
    const resolution = parseDurationMinutes(cell(iResolution), o.units.resolution);
    const handle = parseDurationMinutes(cell(iHandle), o.units.handleTime);
    for (const [v, i] of [[firstResponse, iFirst], [resolution, iResolution], [handle, iHandle]] as const)
      if (Number.isNaN(v)) return { ok: false, reason: `unreadable duration in column ${name(i)}` };
    const ticket: Ticket = {
      created,
      monthKey: monthKeyOf(created, o.zoneOffsetMinutes),
      channel: parseChannel(cell(iChannel)),
      intentValue: iIntent === undefined || iIntent < 0 ? null : cell(iIntent).trim() || null,
      tags: parseTags(cell(iTags)),
      subject: cell(iSubject),
      groupStations,
      solved: parseSolved(cell(iStatus)),
      firstResponseMinutes: firstResponse,
      resolutionMinutes: resolution,
      handleMinutes: handle,
      reopens,
      replies,
      satisfaction: parseSatisfaction(cell(iSat)),
      requesterDomain: domainOf(cell(iDomain)) ?? domainOf(cell(iEmail)),
    };
    return { ok: true, ticket };
  };
}
