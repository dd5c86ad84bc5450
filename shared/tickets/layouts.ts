/**
 * The ticket-export layouts of four help desks, recognised by their column headers, and the
 * generic layout a user maps by hand. Header names are those the vendors' CSV/XLSX exports write
 * (English, and Italian where the vendor localises the export to the user's language); matching
 * ignores case, accents, spaces and punctuation so "First reply time in minutes" and
 * "first_reply_time_in_minutes" are the same column.
 */
import { TICKET_FIELDS, type ColumnMap, type TicketField } from './fields';

export const VENDORS = ['zendesk', 'freshdesk', 'intercom', 'hubspot'] as const;
export type Vendor = (typeof VENDORS)[number];
export const FORMATS = ['auto', ...VENDORS, 'generic'] as const;
export type Format = (typeof FORMATS)[number];

/** Unit of a duration column when its cells are plain numbers ("hh:mm:ss" cells are read as such). */
export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'milliseconds';

export interface Layout {
  vendor: Vendor;
  /** Per field, the headers that carry it, most specific first. */
  headers: Partial<Record<TicketField, readonly string[]>>;
  /** Headers only this vendor writes: at least two must be present to recognise the layout. */
  signature: readonly string[];
  units: { firstResponse: DurationUnit; resolution: DurationUnit; handleTime: DurationUnit };
}

export const LAYOUTS: readonly Layout[] = [
  {
    vendor: 'zendesk',
    headers: {
      id: ['Id', 'ID'],
      created: ['Created at', 'Creato il'],
      channel: ['Via', 'Canale'],
      tags: ['Tags', 'Tag'],
      subject: ['Subject', 'Oggetto'],
      group: ['Group', 'Gruppo'],
      groupStations: ['Group stations', 'Stazioni di gruppo'],
      status: ['Status', 'Stato'],
      firstResponse: ['First reply time in minutes', 'Tempo di prima risposta in minuti'],
      resolution: ['Full resolution time in minutes', 'Tempo di risoluzione completa in minuti'],
      reopens: ['Reopens', 'Riaperture'],
      replies: ['Replies', 'Risposte'],
      satisfaction: ['Satisfaction Score', 'Punteggio di soddisfazione'],
      requesterDomain: ['Requester domain', 'Dominio richiedente'],
      requesterEmail: ['Requester email', 'Email richiedente'],
    },
    signature: ['Group stations', 'First reply time in minutes', 'Full resolution time in minutes', 'Assignee stations', 'Requester domain', 'Via', 'Stazioni di gruppo'],
    units: { firstResponse: 'minutes', resolution: 'minutes', handleTime: 'minutes' },
  },
  {
    vendor: 'freshdesk',
    headers: {
      id: ['Ticket ID', 'ID ticket'],
      created: ['Created time', 'Ora di creazione'],
      channel: ['Source', 'Origine'],
      intent: ['Type', 'Tipo'],
      tags: ['Tags', 'Tag'],
      subject: ['Subject', 'Oggetto'],
      group: ['Group', 'Gruppo'],
      status: ['Status', 'Stato'],
      firstResponse: ['First response time (in hrs)', 'Tempo di prima risposta (in ore)'],
      resolution: ['Resolution time (in hrs)', 'Tempo di risoluzione (in ore)'],
      handleTime: ['Time tracked', 'Tempo registrato'],
      replies: ['Agent interactions', 'Interazioni agente'],
      satisfaction: ['Survey results', 'Risultati sondaggio'],
      requesterEmail: ['Email'],
    },
    signature: ['First response time (in hrs)', 'Resolution time (in hrs)', 'Agent interactions', 'Customer interactions', 'Due by Time', 'Resolution status', 'Tempo di prima risposta (in ore)'],
    units: { firstResponse: 'hours', resolution: 'hours', handleTime: 'hours' },
  },
  {
    vendor: 'intercom',
    headers: {
      id: ['Conversation ID', 'ID conversazione'],
      created: ['Conversation started at', 'Created at', 'Conversazione iniziata il'],
      channel: ['Initial channel', 'Channel', 'Canale iniziale'],
      tags: ['Conversation tags', 'Tag conversazione'],
      subject: ['Conversation title', 'Titolo conversazione'],
      group: ['Team currently assigned', 'Team assegnato'],
      groupStations: ['Teams assigned count'],
      status: ['State', 'Stato'],
      firstResponse: ['Time to first response', 'Tempo alla prima risposta'],
      resolution: ['Time to last close', 'Tempo all’ultima chiusura'],
      handleTime: ['Handling time'],
      reopens: ['Reopened count', 'Riaperture'],
      replies: ['Teammate replies', 'Risposte del team'],
      satisfaction: ['Conversation rating', 'Valutazione conversazione'],
      requesterDomain: ['Company domain'],
      requesterEmail: ['User email'],
    },
    signature: ['Conversation ID', 'Conversation rating', 'Conversation tags', 'Time to first response', 'Team currently assigned', 'ID conversazione'],
    units: { firstResponse: 'seconds', resolution: 'seconds', handleTime: 'seconds' },
  },
  {
    vendor: 'hubspot',
    headers: {
      id: ['Ticket ID', 'ID ticket'],
      created: ['Create date', 'Data di creazione'],
      channel: ['Source', 'Origine'],
      intent: ['Category', 'Categoria'],
      subject: ['Ticket name', 'Nome del ticket'],
      group: ['Pipeline'],
      status: ['Ticket status', 'Stato del ticket'],
      firstResponse: ['Time to first agent reply', 'Tempo alla prima risposta dell’agente'],
      resolution: ['Time to close', 'Tempo di chiusura'],
      replies: ['Number of agent replies'],
      satisfaction: ['Last CSAT survey rating'],
      requesterEmail: ['Associated contact email'],
    },
    signature: ['Ticket name', 'Ticket status', 'Time to first agent reply', 'Time to close', 'Pipeline', 'Nome del ticket', 'Stato del ticket'],
    units: { firstResponse: 'milliseconds', resolution: 'milliseconds', handleTime: 'minutes' },
  },
];

/** A header's comparison key: case, accents, spaces and punctuation ignored. */
export function headerKey(h: string): string {
  return h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** How many of the layout's signature headers the file has. */
function signatureScore(layout: Layout, keys: ReadonlySet<string>): number {
  return layout.signature.filter((h) => keys.has(headerKey(h))).length;
}

/** The vendor whose signature the header matches best (at least two signature headers), or null. */
export function recogniseLayout(header: readonly string[]): Layout | null {
  const keys = new Set(header.map(headerKey));
  let best: Layout | null = null;
  let bestScore = 1;
  for (const l of LAYOUTS) {
    const s = signatureScore(l, keys);
    if (s > bestScore) {
      best = l;
      bestScore = s;
    }
  }
  return best;
}

export function layoutOf(vendor: Vendor): Layout {
  const l = LAYOUTS.find((x) => x.vendor === vendor);
  if (!l) throw new Error(`no layout for ${vendor}`);
  return l;
}

/** The columns of a layout found in the header. */
export function mapLayout(layout: Layout, header: readonly string[]): ColumnMap {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const k = headerKey(h);
    if (!index.has(k)) index.set(k, i);
  });
  const map: ColumnMap = {};
  for (const field of TICKET_FIELDS) {
    for (const n of layout.headers[field] ?? []) {
      const i = index.get(headerKey(n));
      if (i !== undefined) {
        map[field] = i;
        break;
      }
    }
  }
  return map;
}
