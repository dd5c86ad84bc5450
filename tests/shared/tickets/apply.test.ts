/**
 * Taking a ticket export's proposals into a scenario: ticked moments are added with their absolute
 * volume and source, the baseline override and the first escalation line and "ours" values take the
 * figures and the same source, nothing unticked moves, and the result is still a valid case.
 */
import { describe, expect, it } from 'vitest';
import { blankCase } from '@shared/case/factory';
import { parseCase } from '@shared/case/validate';
import type { TicketProposals } from '@shared/contract/tickets';
import { applyTicketPicks } from '@shared/tickets/apply';

const proposals: TicketProposals = {
  provenance: { file: 'zendesk.csv', from: '2025-01-01', to: '2025-06-30', tickets: 6000 },
  moments: [
    { intent: 'support', channel: 'email', monthlyVolume: 500.1666666, satisfaction: 0.80123456, automatable: true, protected: false, topics: ['password-reset'] },
    { intent: 'retention_risk', channel: 'phone', monthlyVolume: 100, satisfaction: null, automatable: false, protected: true, topics: [] },
    { intent: 'billing', channel: 'chat', monthlyVolume: 140, satisfaction: 0.7, automatable: true, protected: false, topics: [] },
  ],
  baselineVolume: 1000,
  escalation: { escalationsPerMonth: 120.333, handoffsPerEscalation: 1.25 },
  ours: { csat: 0.812345, fcr: 0.7, frt: 2.5, aht: 9.123 },
};

const source = 'zendesk.csv, 2025-01-01 to 2025-06-30, 6,000 tickets';

describe('applyTicketPicks', () => {
  it('adds the ticked moments, the baseline, the escalation line and ours values, each with its source', () => {
    const c = blankCase({ name: 'T', currency: 'EUR', locale: 'en-GB', now: '2026-01-01T00:00:00.000Z' });
    const taken = applyTicketPicks(c, 0, proposals, { moments: [{ intent: 'support', name: 'Password resets' }, { intent: 'retention_risk', name: 'Cancellations' }], baseline: true, escalation: true, ours: ['csat', 'frt'] }, source);
    expect(taken).toBe(6);
    const s = c.scenarios[0]!;
    expect(s.moments.map((m) => [m.name, m.intent, m.channel, m.volumeMode, m.volume, m.satisfaction, m.automatable, m.protected, m.source])).toEqual([
      ['Password resets', 'support', 'email', 'absolute', 500.17, 0.8012, true, false, source],
      ['Cancellations', 'retention_risk', 'phone', 'absolute', 100, null, false, true, source],
    ]);
    expect([s.service.volumeOverride, s.service.volumeSource]).toEqual([1000, source]);
    const esc = s.savingLines.find((l) => l.kind === 'escalation');
    expect(esc && esc.kind === 'escalation' && [esc.escalationsPerMonth, esc.handoffsAvoided, esc.source]).toEqual([120.33, 1.25, source]);
    expect(s.metrics.map((m) => [m.metric, m.ours, m.source])).toEqual([['csat', 0.8123, source], ['frt', 2.5, source]]);
    const parsed = parseCase(c);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('takes nothing that is not ticked, and updates an existing escalation line and metric in place', () => {
    const c = blankCase({ name: 'T', currency: 'EUR', locale: 'en-GB', now: '2026-01-01T00:00:00.000Z' });
    const before = structuredClone(c);
    expect(applyTicketPicks(c, 0, proposals, { moments: [], baseline: false, escalation: false, ours: [] }, source)).toBe(0);
    expect(c).toEqual(before);
    applyTicketPicks(c, 0, proposals, { moments: [], baseline: false, escalation: true, ours: ['aht'] }, source);
    applyTicketPicks(c, 0, { ...proposals, escalation: { escalationsPerMonth: 10, handoffsPerEscalation: 2 }, ours: { aht: 7 } }, { moments: [], baseline: false, escalation: true, ours: ['aht'] }, 'second.csv');
    const s = c.scenarios[0]!;
    expect(s.savingLines.filter((l) => l.kind === 'escalation')).toHaveLength(1);
    expect(s.metrics).toHaveLength(1);
    expect(s.metrics[0]).toMatchObject({ metric: 'aht', ours: 7, source: 'second.csv' });
  });
});
