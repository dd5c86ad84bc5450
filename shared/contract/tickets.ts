/**
 * The ticket-export wizard's channels: what the renderer asks (which file, read how) and what comes
 * back — progress while the main side reads, then aggregates only. No ticket text, name or e-mail
 * address is in any of these schemas: topics are tags or rule keywords, values are the export's own
 * category values, headers are column names.
 *
 * A file reaches the reader one of two ways, as every file in the app does: the main side's open
 * dialog (Electron; the renderer gets an opaque id, never the path), or the browser's file input,
 * whose bytes the renderer sends in chunks that are read as they arrive (nothing is written to disk).
 */
import { z } from 'zod';
import { CHANNELS, INTENTS, METRICS } from '../case/schema';
import { TICKET_FIELDS } from '../tickets/fields';
import { FORMATS, VENDORS } from '../tickets/layouts';

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const FileName = z.string().min(1).max(255);
const Count = z.number().int().nonnegative();
const Share = z.number().min(0).max(1);
const Amount = z.number().nonnegative().max(1e12);
const Label = z.string().max(200);

/** A chunk of an uploaded export: 4 MB of bytes, base64. */
export const TICKET_CHUNK_BYTES = 4 * 1024 * 1024;
/** The largest export the browser mode takes through uploads (the desktop app reads any size from disk). */
export const MAX_TICKET_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;

export const KeywordRuleSchema = z.strictObject({
  id: z.string().min(1).max(40),
  intent: z.enum(INTENTS),
  keywords: z.array(z.string().max(80)).max(200),
});

export const TicketOptionsSchema = z.strictObject({
  format: z.enum(FORMATS),
  /** Field → the column the user pointed at (mapping step). */
  map: z.partialRecord(z.enum(TICKET_FIELDS), Label),
  /** The date order the user confirmed; null = as detected. */
  dateOrder: z.enum(['dmy', 'mdy']).nullable(),
  zoneOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60),
  /** The keyword rules as the user edited them; null = the defaults. */
  rules: z.array(KeywordRuleSchema).max(50).nullable(),
  /** Export value (lower case) → intent, null = leave to the rules. */
  valueIntents: z.record(Label, z.enum(INTENTS).nullable()),
  customerDomains: z.array(z.string().max(253)).max(100_000),
});
export type TicketOptions = z.infer<typeof TicketOptionsSchema>;

export const TicketSourceSchema = z.discriminatedUnion('kind', [
  /** A file the main side's open dialog picked (Electron). */
  z.strictObject({ kind: z.literal('picked'), fileId: Id }),
  /** A file the browser's input picked: its bytes follow through tickets.push. */
  z.strictObject({ kind: z.literal('upload'), fileName: FileName, bytes: z.number().int().min(0).max(MAX_TICKET_UPLOAD_BYTES) }),
]);
export type TicketSource = z.infer<typeof TicketSourceSchema>;

export const PickedExportSchema = z.strictObject({ fileId: Id, fileName: FileName, bytes: Count });
export type PickedExport = z.infer<typeof PickedExportSchema>;

const Minutes = z.number().nonnegative().nullable();

const MomentProposalSchema = z.strictObject({
  intent: z.enum(INTENTS),
  channel: z.enum(CHANNELS),
  monthlyVolume: Amount,
  satisfaction: Share.nullable(),
  automatable: z.boolean(),
  protected: z.boolean(),
  topics: z.array(Label).max(3),
});

export const TicketProposalsSchema = z.strictObject({
  provenance: z.strictObject({ file: FileName, from: z.string().max(10), to: z.string().max(10), tickets: Count }),
  moments: z.array(MomentProposalSchema).max(INTENTS.length),
  baselineVolume: Amount,
  escalation: z.strictObject({ escalationsPerMonth: Amount, handoffsPerEscalation: Amount }).nullable(),
  ours: z.partialRecord(z.enum(METRICS), z.number().nonnegative().max(1e9)),
});
export type TicketProposals = z.infer<typeof TicketProposalsSchema>;

const TopicSchema = z.strictObject({ topic: Label, tickets: Count, monthlyVolume: Amount, intent: z.enum(INTENTS).nullable() });

export const TicketResultSchema = z.strictObject({
  file: z.strictObject({ name: FileName, kind: z.enum(['csv', 'xlsx']), encoding: z.string().max(40).nullable(), delimiter: z.string().max(4).nullable() }),
  format: z.enum([...VENDORS, 'generic']),
  /** The file's column names, for the mapping step. */
  header: z.array(Label).max(1000),
  /** Field → the column read for it. */
  columns: z.partialRecord(z.enum(TICKET_FIELDS), Label),
  dates: z.strictObject({ used: z.enum(['dmy', 'mdy']), detected: z.enum(['dmy', 'mdy']).nullable(), ambiguous: z.boolean(), conflicting: z.boolean(), settled: z.boolean() }),
  rows: Count,
  tickets: Count,
  badRowCount: Count,
  badRows: z.array(z.strictObject({ line: Count, reason: z.string().max(300) })).max(100),
  period: z.strictObject({ from: z.string().max(40), to: z.string().max(40), months: Count, firstMonthPartial: z.boolean(), lastMonthPartial: z.boolean() }).nullable(),
  /** The export's own intent values, with their ticket count and the intent they were given (null: left to the rules). */
  intentValues: z.array(z.strictObject({ value: Label, tickets: Count, intent: z.enum(INTENTS).nullable() })).max(200),
  /** Per rule ("field" = the export's own value) the tickets it caught. */
  rules: z.array(z.strictObject({ rule: z.string().max(40), intent: z.enum(INTENTS).nullable(), tickets: Count })).max(60),
  unclassified: Count,
  intents: z.array(z.strictObject({ intent: z.enum(INTENTS), tickets: Count, monthlyVolume: Amount, firstResponseMedian: Minutes, fcr: Share.nullable(), csat: Share.nullable(), multiGroupShare: Share.nullable() })).max(INTENTS.length),
  topics: z.array(TopicSchema).max(10),
  candidates: z.array(TopicSchema).max(10_000),
  preSales: z.strictObject({ tickets: Count, monthlyVolume: Amount, share: Share.nullable() }),
  proposals: TicketProposalsSchema.nullable(),
});
export type TicketResult = z.infer<typeof TicketResultSchema>;

export const TicketJobStatusSchema = z.discriminatedUnion('state', [
  /** fraction: share of the file read (null when unknown, e.g. a workbook); rows: records read so far. */
  z.strictObject({ state: z.literal('running'), fraction: Share.nullable(), rows: Count }),
  z.strictObject({ state: z.literal('done'), result: TicketResultSchema }),
  /**
   * notTickets: the file has columns but none gives the date a ticket was created — it is not a
   * ticket export, unless the user points at the columns (header lists them).
   */
  z.strictObject({ state: z.literal('failed'), reason: z.enum(['notTickets', 'unreadable']), message: z.string().max(2000), header: z.array(Label).max(1000) }),
  z.strictObject({ state: z.literal('cancelled') }),
]);
export type TicketJobStatus = z.infer<typeof TicketJobStatusSchema>;

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const ticketChannels = {
  /** Electron only: the open dialog for a ticket export; null when cancelled. The path stays on the main side. */
  'tickets.pick': channel(z.strictObject({}), PickedExportSchema.nullable()),
  /** Starts reading; the answer comes through tickets.status. */
  'tickets.start': channel(z.strictObject({ source: TicketSourceSchema, options: TicketOptionsSchema }), z.strictObject({ jobId: Id })),
  /** Browser mode: the next chunk of an upload job's bytes (in order); `last` ends the file. */
  'tickets.push': channel(
    z.strictObject({ jobId: Id, base64: z.string().max(Math.ceil(TICKET_CHUNK_BYTES / 3) * 4 + 4), last: z.boolean() }),
    z.strictObject({ received: Count }),
  ),
  'tickets.status': channel(z.strictObject({ jobId: Id }), TicketJobStatusSchema),
  'tickets.cancel': channel(z.strictObject({ jobId: Id }), z.strictObject({})),
} as const;
