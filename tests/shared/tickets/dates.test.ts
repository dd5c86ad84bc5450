/** Dates as exports write them: the order is detected, ambiguity reported, zones respected. */
import { describe, expect, it } from 'vitest';
import { detectDateOrder, monthKeyOf, parseDate, parseZoneOffset } from '@shared/tickets/dates';
import { writeCsv } from '../../support/tickets/exports';
import { generateTickets } from '../../support/tickets/model';
import { analyseBytes } from './analyse';

describe('the date order', () => {
  it('is proved by a part above 12, and reported ambiguous when no date proves it', () => {
    expect(detectDateOrder(['03/01/2025', '25/01/2025'])).toEqual({ order: 'dmy', ambiguous: false, conflicting: false });
    expect(detectDateOrder(['03/01/2025', '01/25/2025 10:00 PM'])).toEqual({ order: 'mdy', ambiguous: false, conflicting: false });
    expect(detectDateOrder(['03/01/2025', '04/02/2025'])).toEqual({ order: null, ambiguous: true, conflicting: false });
    expect(detectDateOrder(['25/01/2025', '01/25/2025'])).toEqual({ order: null, ambiguous: false, conflicting: true });
    expect(detectDateOrder(['2025-01-03T10:00:00Z'])).toEqual({ order: null, ambiguous: false, conflicting: false });
  });

  it('asks for confirmation when ambiguous, and uses the order the user confirms', () => {
    const csv = 'Id,Created at,Subject\n1,03/01/2025,password\n2,04/02/2025,password\n';
    const bytes = new TextEncoder().encode(csv);
    const guessed = analyseBytes(bytes, { format: 'generic' }).result;
    if (!guessed.ok) throw new Error(guessed.message);
    expect(guessed.dates).toMatchObject({ ambiguous: true, settled: false, used: 'dmy' });
    expect(guessed.derived.period?.from).toBe('2025-01-03T00:00:00+00:00');
    const confirmed = analyseBytes(bytes, { format: 'generic', dateOrder: 'mdy' }).result;
    if (!confirmed.ok) throw new Error(confirmed.message);
    expect(confirmed.dates).toMatchObject({ settled: true, used: 'mdy' });
    expect(confirmed.derived.period?.from).toBe('2025-03-01T00:00:00+00:00');
    expect(confirmed.derived.period?.months).toBe(2);
  });
});

describe('time zones', () => {
  it('reads explicit offsets and gives zone-less times the file’s zone', () => {
    expect(parseDate('2025-01-31T23:30:00-01:00', 'dmy', 0)).toBe(Date.UTC(2025, 1, 1, 0, 30));
    expect(parseDate('2025-01-31 23:30:00 +0100', 'dmy', 0)).toBe(Date.UTC(2025, 0, 31, 22, 30));
    expect(parseDate('31/01/2025 23:30', 'dmy', 60)).toBe(Date.UTC(2025, 0, 31, 22, 30));
    expect(parseDate('01/31/2025 11:30 PM', 'mdy', 0)).toBe(Date.UTC(2025, 0, 31, 23, 30));
    expect(parseDate('31/02/2025', 'dmy', 0)).toBeNull();
    expect(parseZoneOffset('+01:00')).toBe(60);
    expect(parseZoneOffset('UTC-05')).toBe(-300);
    expect(parseZoneOffset('Europe/Rome')).toBeNull();
  });

  it('counts a ticket in the month of the file’s zone', () => {
    const t = Date.UTC(2025, 0, 31, 23, 30);
    expect(monthKeyOf(t, 0)).toBe(2025 * 12 + 0);
    expect(monthKeyOf(t, 60)).toBe(2025 * 12 + 1);
  });

  it('an export written in +01:00 local times, read in +01:00, gives the same months as UTC', () => {
    const tickets = generateTickets(5, 500);
    const local = analyseBytes(writeCsv('zendesk', tickets, { zoneOffsetMinutes: 60 }).bytes, { zoneOffsetMinutes: 60 }).result;
    const offset = analyseBytes(writeCsv('zendesk', tickets, { dateStyle: 'iso-offset', zoneOffsetMinutes: 60 }).bytes, { zoneOffsetMinutes: 60 }).result;
    if (!local.ok || !offset.ok) throw new Error('not read');
    expect(local.derived.period).toEqual(offset.derived.period);
    expect(local.derived.period?.from).toBe('2025-01-01T09:00:00+01:00');
  });
});
