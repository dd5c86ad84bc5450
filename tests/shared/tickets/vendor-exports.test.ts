/**
 * Each help desk's export, generated with known answers, read by the pure reader: the layout is
 * recognised from its headers and every derived figure equals what the generator computed from the
 * tickets it wrote — exactly.
 */
import { describe, expect, it } from 'vitest';
import { writeCsv, type Vendor } from '../../support/tickets/exports';
import { CUSTOMER_DOMAINS, expectedFigures, generateTickets } from '../../support/tickets/model';
import { analyseBytes } from './analyse';

const tickets = generateTickets(7, 3000);

describe.each<Vendor>(['zendesk', 'freshdesk', 'intercom', 'hubspot'])('a %s export', (vendor) => {
  const written = writeCsv(vendor, tickets);
  const expected = expectedFigures(written.good, 6, written.carried);
  const { result } = analyseBytes(written.bytes, { customerDomains: CUSTOMER_DOMAINS });
  if (!result.ok) throw new Error(result.message);
  const d = result.derived;

  it('is recognised by its headers and read whole', () => {
    expect(result.format).toBe(vendor);
    expect(result.rows).toBe(expected.rows);
    expect(result.badRowCount).toBe(0);
    expect(d.tickets).toBe(expected.tickets);
    expect(d.period?.months).toBe(6);
    expect(d.period?.from).toBe('2025-01-01T08:00:00+00:00');
    expect(d.period?.to).toBe('2025-06-30T18:00:00+00:00');
    expect(d.period?.firstMonthPartial).toBe(false);
    expect(d.period?.lastMonthPartial).toBe(false);
  });

  it('derives per intent exactly the generator’s figures', () => {
    expect(d.intents.map((i) => ({ intent: i.intent, tickets: i.tickets, monthlyVolume: i.monthlyVolume, firstResponseMinutes: i.firstResponseMinutes, fcr: i.fcr, csat: i.csat, multiGroupShare: i.multiGroupShare }))).toEqual(expected.intents);
    expect(d.unclassified).toBe(expected.unclassified);
  });

  it('finds the top topics, the automation candidates and the pre-sales signals', () => {
    expect(d.topics.map((t) => ({ topic: t.topic, tickets: t.tickets }))).toEqual(expected.topics);
    expect(d.candidates.map((t) => t.topic)).toEqual(expected.candidates);
    expect(d.preSales.tickets).toBe(expected.preSalesWithDomains);
    expect(d.overall.channels).toEqual(expected.channels);
  });

  it('counts, per rule, the tickets it caught; the rest are unclassified', () => {
    const caught = d.rules.reduce((a, r) => a + r.tickets, 0);
    expect(caught + d.unclassified).toBe(expected.tickets);
  });
});

describe('pre-sales signals without a customer list', () => {
  it('come from the pre-sales intent and buying words only', () => {
    const written = writeCsv('zendesk', tickets);
    const { result } = analyseBytes(written.bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.derived.preSales.tickets).toBe(expectedFigures(written.good, 6, written.carried).preSales);
    expect(result.derived.preSales.byUnknownDomain).toBe(0);
  });
});
