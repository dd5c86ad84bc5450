/**
 * Writes generated tickets as a help desk would export them: each vendor's column headers, value
 * words, date style and duration unit; CSV with any delimiter and encoding, or XLSX. Broken files
 * on request — ragged rows, bad dates, a stray byte of another encoding, a cut last line — with
 * the line and kind of every bad row, so a test knows exactly what a reader must report.
 */
import ExcelJS from 'exceljs';
import type { Intent } from '@shared/case/schema';
import type { Carried, GenTicket } from './model';

export type Vendor = 'zendesk' | 'freshdesk' | 'intercom' | 'hubspot';
export type DateStyle = 'iso-space' | 'iso-z' | 'iso-offset' | 'dmy' | 'mdy-ampm';
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';

export interface ExportOptions {
  delimiter?: string;
  encoding?: TextEncoding;
  dateStyle?: DateStyle;
  /** Local times are written at this offset (minutes east of UTC). */
  zoneOffsetMinutes?: number;
  /** Every k-th data row loses its last field. */
  raggedEvery?: number;
  /** Every k-th data row has an impossible date. */
  badDateEvery?: number;
  /** This data row (0-based) carries a byte that is not valid UTF-8. */
  strayByteAtRow?: number;
  /** The file ends inside the last row's quoted subject. */
  truncateLast?: boolean;
}

export interface WrittenBadRow {
  line: number;
  kind: 'ragged' | 'date' | 'encoding' | 'cut';
}

interface VendorSpec {
  columns: string[];
  carried: Carried;
  dateStyle: DateStyle;
  row: (t: GenTicket, date: string) => Record<string, string>;
}

const ZD_VIA = { email: 'Email', chat: 'Chat', phone: 'Phone call (incoming)', social: 'Twitter' } as const;
const FD_SOURCE = { email: 'Email', chat: 'Chat', phone: 'Phone', social: 'Facebook' } as const;
const IC_CHANNEL = { email: 'Email', chat: 'Chat', phone: 'Phone', social: 'Facebook' } as const;
const HS_SOURCE = { email: 'Email', chat: 'Chat', phone: 'Phone', social: 'Facebook' } as const;
const FD_TYPE: Partial<Record<Intent, string>> = { support: 'Question', bug: 'Incident', feature_request: 'Feature Request', billing: 'Refund' };
const HS_CATEGORY: Partial<Record<Intent, string>> = { support: 'General inquiry', bug: 'Product issue', feature_request: 'Feature request', billing: 'Billing issue' };
const num = (v: number | null) => (v === null ? '' : String(v));
const intentValue = (table: Partial<Record<Intent, string>>, t: GenTicket) => (t.topic.intent ? (table[t.topic.intent] ?? '') : '');

export const VENDORS: Record<Vendor, VendorSpec> = {
  zendesk: {
    columns: ['Id', 'Requester', 'Requester email', 'Requester domain', 'Assignee', 'Group', 'Subject', 'Tags', 'Status', 'Priority', 'Via', 'Ticket type', 'Created at', 'Solved at', 'Satisfaction Score', 'Group stations', 'Assignee stations', 'Reopens', 'Replies', 'First reply time in minutes', 'Full resolution time in minutes'],
    carried: { tags: true, reopens: true, groupStations: true, intentField: false },
    dateStyle: 'iso-space',
    row: (t, date) => ({
      Id: String(t.id),
      Requester: `Customer ${t.id}`,
      'Requester email': `person${t.id}@${t.domain}`,
      'Requester domain': t.domain,
      Assignee: 'Agent Smith',
      Group: 'Support',
      Subject: t.topic.subject,
      Tags: `${t.topic.tag} ${t.channel}_queue`,
      Status: t.solved ? 'Solved' : 'Open',
      Priority: 'Normal',
      Via: ZD_VIA[t.channel],
      'Ticket type': 'Question',
      'Created at': date,
      'Solved at': '',
      'Satisfaction Score': t.satisfaction === 'good' ? 'Good' : t.satisfaction === 'bad' ? 'BadWithComment' : 'Offered',
      'Group stations': String(t.groupStations),
      'Assignee stations': String(t.groupStations),
      Reopens: String(t.reopens),
      Replies: String(t.replies),
      'First reply time in minutes': num(t.firstResponseMinutes),
      'Full resolution time in minutes': num(t.resolutionMinutes),
    }),
  },
  freshdesk: {
    columns: ['Ticket ID', 'Subject', 'Status', 'Priority', 'Source', 'Type', 'Agent', 'Group', 'Created time', 'Due by Time', 'Resolved time', 'First response time (in hrs)', 'Resolution time (in hrs)', 'Agent interactions', 'Customer interactions', 'Resolution status', 'Tags', 'Survey results', 'Full name', 'Email'],
    carried: { tags: true, reopens: false, groupStations: false, intentField: true },
    dateStyle: 'dmy',
    row: (t, date) => ({
      'Ticket ID': String(t.id),
      Subject: t.topic.subject,
      Status: t.solved ? 'Resolved' : 'Open',
      Priority: 'Medium',
      Source: FD_SOURCE[t.channel],
      Type: intentValue(FD_TYPE, t),
      Agent: 'Agent Smith',
      Group: 'Support',
      'Created time': date,
      'Due by Time': '',
      'Resolved time': '',
      'First response time (in hrs)': t.firstResponseMinutes === null ? '' : String(t.firstResponseMinutes / 60),
      'Resolution time (in hrs)': t.resolutionMinutes === null ? '' : String(t.resolutionMinutes / 60),
      'Agent interactions': String(t.replies),
      'Customer interactions': '1',
      'Resolution status': 'Within SLA',
      Tags: `${t.topic.tag},${t.channel}-queue`,
      'Survey results': t.satisfaction === 'good' ? 'Awesome' : t.satisfaction === 'bad' ? 'Not Good' : '',
      'Full name': `Customer ${t.id}`,
      Email: `person${t.id}@${t.domain}`,
    }),
  },
  intercom: {
    columns: ['Conversation ID', 'Conversation started at', 'Initial channel', 'Conversation title', 'Conversation tags', 'Team currently assigned', 'Teams assigned count', 'State', 'Time to first response', 'Time to last close', 'Reopened count', 'Teammate replies', 'Conversation rating', 'User name', 'User email'],
    carried: { tags: true, reopens: true, groupStations: true, intentField: false },
    dateStyle: 'iso-z',
    row: (t, date) => ({
      'Conversation ID': String(t.id),
      'Conversation started at': date,
      'Initial channel': IC_CHANNEL[t.channel],
      'Conversation title': t.topic.subject,
      'Conversation tags': `${t.topic.tag}, vip`,
      'Team currently assigned': 'Tier 1',
      'Teams assigned count': String(t.groupStations),
      State: t.solved ? 'closed' : 'open',
      'Time to first response': t.firstResponseMinutes === null ? '' : String(t.firstResponseMinutes * 60),
      'Time to last close': t.resolutionMinutes === null ? '' : String(t.resolutionMinutes * 60),
      'Reopened count': String(t.reopens),
      'Teammate replies': String(t.replies),
      'Conversation rating': t.satisfaction === 'good' ? '5' : t.satisfaction === 'bad' ? '2' : '',
      'User name': `Customer ${t.id}`,
      'User email': `person${t.id}@${t.domain}`,
    }),
  },
  hubspot: {
    columns: ['Ticket ID', 'Ticket name', 'Pipeline', 'Ticket status', 'Create date', 'Close date', 'Source', 'Category', 'Priority', 'Ticket owner', 'Time to first agent reply', 'Time to close', 'Number of agent replies', 'Last CSAT survey rating', 'Associated contact email'],
    carried: { tags: false, reopens: false, groupStations: false, intentField: true },
    dateStyle: 'mdy-ampm',
    row: (t, date) => ({
      'Ticket ID': String(t.id),
      'Ticket name': t.topic.subject,
      Pipeline: 'Support Pipeline',
      'Ticket status': t.solved ? 'Closed' : 'Waiting on contact',
      'Create date': date,
      'Close date': '',
      Source: HS_SOURCE[t.channel],
      Category: intentValue(HS_CATEGORY, t),
      Priority: 'Medium',
      'Ticket owner': 'Agent Smith',
      'Time to first agent reply': t.firstResponseMinutes === null ? '' : String(t.firstResponseMinutes * 60_000),
      'Time to close': t.resolutionMinutes === null ? '' : String(t.resolutionMinutes * 60_000),
      'Number of agent replies': String(t.replies),
      'Last CSAT survey rating': t.satisfaction === 'good' ? '4' : t.satisfaction === 'bad' ? '1' : '',
      'Associated contact email': `person${t.id}@${t.domain}`,
    }),
  },
};

const p2 = (n: number) => String(n).padStart(2, '0');

export function formatDate(ms: number, style: DateStyle, zoneOffsetMinutes = 0): string {
  const d = new Date(ms + zoneOffsetMinutes * 60_000);
  const [y, mo, da, h, mi, s] = [d.getUTCFullYear(), p2(d.getUTCMonth() + 1), p2(d.getUTCDate()), d.getUTCHours(), p2(d.getUTCMinutes()), p2(d.getUTCSeconds())];
  const sign = zoneOffsetMinutes < 0 ? '-' : '+';
  const off = `${sign}${p2(Math.floor(Math.abs(zoneOffsetMinutes) / 60))}:${p2(Math.abs(zoneOffsetMinutes) % 60)}`;
  switch (style) {
    case 'iso-space':
      return `${y}-${mo}-${da} ${p2(h)}:${mi}:${s}`;
    case 'iso-z':
      return new Date(ms).toISOString().replace('.000', '');
    case 'iso-offset':
      return `${y}-${mo}-${da}T${p2(h)}:${mi}:${s}${off}`;
    case 'dmy':
      return `${da}/${mo}/${y} ${p2(h)}:${mi}`;
    case 'mdy-ampm':
      return `${mo}/${da}/${y} ${p2(h % 12 === 0 ? 12 : h % 12)}:${mi} ${h < 12 ? 'AM' : 'PM'}`;
  }
}

function quote(v: string, delimiter: string): string {
  return v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

function encode(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  if (encoding === 'utf-16le') {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i] = c & 0xff;
      out[3 + 2 * i] = c >> 8;
    }
    return out;
  }
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
    const b = CP1252_EXTRA[ch];
    if (b === undefined) throw new Error(`not in Windows-1252: ${ch}`);
    return b;
  }));
}

export interface WrittenExport {
  bytes: Uint8Array;
  carried: Carried;
  /** Tickets a correct reader reads (the rest are bad rows). */
  good: GenTicket[];
  badRows: WrittenBadRow[];
}

export function writeCsv(vendor: Vendor, tickets: readonly GenTicket[], o: ExportOptions = {}): WrittenExport {
  const spec = VENDORS[vendor];
  const d = o.delimiter ?? ',';
  const style = o.dateStyle ?? spec.dateStyle;
  const lines: string[] = [spec.columns.map((c) => quote(c, d)).join(d)];
  let line = 2;
  const good: GenTicket[] = [];
  const badRows: WrittenBadRow[] = [];
  const strayMarker = '\u0000STRAY\u0000';
  tickets.forEach((t, i) => {
    const n = i + 1;
    const values = spec.row(t, formatDate(t.created, style, o.zoneOffsetMinutes ?? 0));
    let kind: WrittenBadRow['kind'] | null = null;
    if (o.badDateEvery && n % o.badDateEvery === 0) {
      const dateColumn = spec.columns.find((c) => /created|create date|started/i.test(c))!;
      values[dateColumn] = n % (2 * o.badDateEvery) === 0 ? '31/02/2025 10:00' : 'yesterday';
      kind = 'date';
    }
    const last = i === tickets.length - 1;
    const subjectColumn = spec.columns.find((c) => /subject|title|ticket name/i.test(c))!;
    if (o.strayByteAtRow === i) {
      values[subjectColumn] = `${values[subjectColumn]} ${strayMarker}`;
      kind = 'encoding';
    }
    let cells = spec.columns.map((c) => quote(values[c] ?? '', d));
    if (o.raggedEvery && n % o.raggedEvery === 0) {
      cells = cells.slice(0, -1);
      kind = 'ragged';
    }
    let text = cells.join(d);
    if (last && o.truncateLast) {
      const at = spec.columns.indexOf(subjectColumn);
      text = [...cells.slice(0, at), `"${values[subjectColumn]!.replace(/"/g, '""')} and then`].join(d);
      kind = 'cut';
    }
    if (kind) badRows.push({ line, kind });
    else good.push(t);
    lines.push(text);
    line += 1 + (text.match(/\n/g)?.length ?? 0);
  });
  const body = lines.join('\r\n') + (o.truncateLast ? '' : '\r\n');
  const encoding = o.encoding ?? 'utf-8';
  const [before, after] = body.split(strayMarker);
  const bytes = after === undefined ? encode(body, encoding) : new Uint8Array([...encode(before!, encoding), 0xe0, 0x20, ...encode(after, encoding)]);
  return { bytes, carried: spec.carried, good, badRows };
}

/** The same export as an XLSX workbook; creation dates are real date cells (wall time, no zone). */
export async function writeXlsx(vendor: Vendor, tickets: readonly GenTicket[]): Promise<WrittenExport> {
  const spec = VENDORS[vendor];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tickets');
  ws.addRow(spec.columns);
  const dateColumn = spec.columns.find((c) => /created|create date|started/i.test(c))!;
  for (const t of tickets) {
    const values = spec.row(t, '');
    ws.addRow(spec.columns.map((c) => (c === dateColumn ? new Date(t.created) : values[c])));
  }
  const buf = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buf), carried: spec.carried, good: [...tickets], badRows: [] };
}
