/**
 * The generic layout: for a file no vendor layout recognises, columns are found by common header
 * names (English and Italian), and the user's own mapping ("field=column") overrides any of them.
 */
import { TICKET_FIELDS, type ColumnMap, type TicketField } from './fields';
import { headerKey } from './layouts';

const COMMON: Record<TicketField, readonly string[]> = {
  id: ['id', 'ticket id', 'ticket', 'number', 'numero', 'ticket number'],
  created: ['created', 'created at', 'created date', 'date', 'creation date', 'opened', 'data', 'data creazione', 'data di creazione', 'creato'],
  channel: ['channel', 'via', 'source', 'canale', 'origine'],
  intent: ['intent', 'type', 'category', 'reason', 'contact reason', 'tipo', 'categoria', 'motivo'],
  tags: ['tags', 'tag', 'labels', 'etichette'],
  subject: ['subject', 'title', 'summary', 'oggetto', 'titolo'],
  group: ['group', 'team', 'queue', 'gruppo', 'coda'],
  groupStations: ['group stations', 'groups', 'teams count', 'gruppi'],
  status: ['status', 'state', 'stato'],
  firstResponse: ['first response minutes', 'first reply minutes', 'first response time', 'frt', 'prima risposta'],
  resolution: ['resolution minutes', 'resolution time', 'tempo di risoluzione'],
  handleTime: ['handle time', 'handle minutes', 'aht', 'tempo di gestione'],
  reopens: ['reopens', 'reopened', 'riaperture'],
  replies: ['replies', 'agent replies', 'risposte'],
  satisfaction: ['satisfaction', 'csat', 'rating', 'soddisfazione', 'valutazione'],
  requesterDomain: ['requester domain', 'domain', 'company domain', 'dominio'],
  requesterEmail: ['requester email', 'email', 'e-mail', 'customer email'],
};

/** Columns found by common names. */
export function guessColumns(header: readonly string[]): ColumnMap {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const k = headerKey(h);
    if (!index.has(k)) index.set(k, i);
  });
  const map: ColumnMap = {};
  for (const f of TICKET_FIELDS)
    for (const n of COMMON[f]) {
      const i = index.get(headerKey(n));
      if (i !== undefined) {
        map[f] = i;
        break;
      }
    }
  return map;
}

export type UserMapping = Partial<Record<TicketField, string>>;

export function isTicketField(s: string): s is TicketField {
  return TICKET_FIELDS.some((f) => f === s);
}

/** The user's mapping applied over a map: each named column must exist in the header. */
export function applyUserMapping(map: ColumnMap, header: readonly string[], user: UserMapping): { map: ColumnMap; missing: string[] } {
  const out: ColumnMap = { ...map };
  const missing: string[] = [];
  for (const f of TICKET_FIELDS) {
    const column = user[f];
    if (column === undefined) continue;
    const i = header.findIndex((h) => h === column);
    const j = i >= 0 ? i : header.findIndex((h) => headerKey(h) === headerKey(column));
    if (j < 0) missing.push(column);
    else out[f] = j;
  }
  return { map: out, missing };
}
