/**
 * What the app reads from a help-desk export: the ticket fields it understands, one ticket as the
 * derivation sees it, and the reasons a row can be refused. Only these values leave the reader:
 * subjects are used for classification and dropped, e-mail addresses are cut to their domain.
 */
import type { Channel, Intent } from '../case/schema';

/** The columns a user can point at in the mapping step (the list). */
export const TICKET_FIELDS = [
  'id',
  'created',
  'channel',
  'intent',
  'tags',
  'subject',
  'group',
  'groupStations',
  'status',
  'firstResponse',
  'resolution',
  'handleTime',
  'reopens',
  'replies',
  'satisfaction',
  'requesterDomain',
  'requesterEmail',
] as const;

export type TicketField = (typeof TICKET_FIELDS)[number];

/** A mapping: for each field, the index of its column in the header (absent = not in the file). */
export type ColumnMap = Partial<Record<TicketField, number>>;

export type Satisfaction = 'good' | 'bad' | null;

/** One ticket after mapping and parsing; null = the export has no value for it. */
export interface Ticket {
  /** Milliseconds since the epoch (UTC). */
  created: number;
  /** Year × 12 + month index (0–11) of the creation date in the reporting time zone. */
  monthKey: number;
  channel: Channel | null;
  /** The export's own intent/type/category value, as written. */
  intentValue: string | null;
  tags: string[];
  /** Used for keyword rules only; never stored or returned. */
  subject: string;
  groupStations: number | null;
  solved: boolean | null;
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
  handleMinutes: number | null;
  reopens: number | null;
  replies: number | null;
  satisfaction: Satisfaction;
  /** Lower-case domain of the requester, or null. */
  requesterDomain: string | null;
}

/** A row that could not be read: its line in the file (1-based) and why. */
export interface BadRow {
  line: number;
  reason: string;
}

/** At most this many bad rows are listed; all are counted. */
export const MAX_LISTED_BAD_ROWS = 100;

export type { Channel, Intent };
