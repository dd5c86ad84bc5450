/**
 * What an export proposes to the case — moments, baseline volume, escalation line, "ours" values —
 * equals what the generated tickets say, with the file, period and ticket count as provenance.
 */
import { describe, expect, it } from 'vitest';
import { proposalsFrom } from '@shared/tickets/proposals';
import { writeCsv } from '../../support/tickets/exports';
import { expectedFigures, generateTickets } from '../../support/tickets/model';
import { analyseBytes } from './analyse';

const tickets = generateTickets(31, 3000);
const written = writeCsv('zendesk', tickets);
const expected = expectedFigures(written.good, 6, written.carried);
const { result } = analyseBytes(written.bytes);
if (!result.ok) throw new Error(result.message);
const p = proposalsFrom(result.derived, 'zendesk-2025-h1.csv');

describe('proposals from a Zendesk export', () => {
  it('carry the file, period and ticket count as provenance', () => {
    expect(p?.provenance).toEqual({ file: 'zendesk-2025-h1.csv', from: '2025-01-01', to: '2025-06-30', tickets: 3000 });
  });

  it('propose one moment per intent with its absolute monthly volume; automatable above 20 a month unless protected', () => {
    expect(p?.moments.map((m) => [m.intent, m.monthlyVolume])).toEqual(expected.intents.map((i) => [i.intent, i.monthlyVolume]));
    for (const m of p?.moments ?? []) {
      const prot = m.intent === 'retention_risk' || m.intent === 'onboarding';
      expect(m.protected).toBe(prot);
      expect(m.automatable).toBe(!prot && m.monthlyVolume > 20);
      expect(m.satisfaction).toBe(expected.intents.find((i) => i.intent === m.intent)?.csat);
    }
    expect(p?.moments.find((m) => m.intent === 'support')?.topics).toEqual(['password-reset', 'order-status']);
  });

  it('propose the baseline volume, the escalation line and the benchmarks’ "ours" values', () => {
    expect(p?.baselineVolume).toBe(500);
    const multi = tickets.filter((t) => t.groupStations > 1);
    expect(p?.escalation).toEqual({ escalationsPerMonth: multi.length / 6, handoffsPerEscalation: multi.reduce((a, t) => a + t.groupStations - 1, 0) / multi.length });
    const good = tickets.filter((t) => t.satisfaction === 'good').length;
    const bad = tickets.filter((t) => t.satisfaction === 'bad').length;
    const solved = tickets.filter((t) => t.solved);
    const frt = tickets.flatMap((t) => (t.firstResponseMinutes === null ? [] : [t.firstResponseMinutes])).sort((a, b) => a - b);
    const mid = (frt.length - 1) / 2;
    expect(p?.ours).toEqual({
      csat: good / (good + bad),
      fcr: solved.filter((t) => t.reopens === 0 && t.replies <= 1).length / solved.length,
      frt: (frt[Math.floor(mid)]! + (mid - Math.floor(mid)) * (frt[Math.ceil(mid)]! - frt[Math.floor(mid)]!)) / 60,
    });
  });

  it('propose nothing from an export with no tickets', () => {
    const r = analyseBytes(new TextEncoder().encode('Id,Created at\n1,yesterday\n2,2025-01-01\n'), { format: 'generic' }).result;
    if (!r.ok) throw new Error(r.message);
    expect(proposalsFrom(r.derived, 'x.csv')?.baselineVolume).toBe(1);
    const none = analyseBytes(new TextEncoder().encode('Id,Created at\n'), { format: 'generic' }).result;
    if (!none.ok) throw new Error(none.message);
    expect(proposalsFrom(none.derived, 'x.csv')).toBeNull();
  });
});
