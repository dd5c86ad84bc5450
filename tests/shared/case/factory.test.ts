/** New documents and rows: valid as created, pre-filled from the published figures. */
import { describe, expect, it } from 'vitest';
import { figure } from '@shared/benchmarks/library';
import { blankCase, blankScenario, duplicateScenario, newCompetitor, newCostLine, newId, newMoment, newRevenueLine, newSavingLine, newSegment } from '@shared/case/factory';
import { parseCase } from '@shared/case/validate';
import { computeCase } from '@shared/engine/compute';

const now = '2026-02-01T10:00:00Z';

describe('factory', () => {
  it('a blank case is valid, has one Base scenario and computes to zeros', () => {
    const c = blankCase({ name: 'New case', now });
    expect(parseCase(c)).toMatchObject({ ok: true });
    expect(c.scenarios.map((s) => s.name)).toEqual(['Base']);
    expect(c.discountRate).toBe(figure('discountRate').value);
    const [r] = computeCase(c);
    expect(r?.npv).toBe(0);
    expect(r?.flags).toEqual([]);
  });

  it('pre-fills service costs (in a USD case), deflection and haircut from the benchmark library', () => {
    const s = blankCase({ name: 'x', now, currency: 'USD' }).scenarios[0]!;
    expect(s.service.assistedCostPerContact).toBe(13.5);
    expect(s.service.selfServiceCostPerContact).toBe(1.84);
    expect(blankScenario('B', 'USD').service.assistedCostPerContact).toBe(13.5);
    expect(newMoment().deflectionRate).toBe(0.25);
    expect(newSavingLine('ai').haircut).toBe(0.15);
  });

  it('never pre-fills the USD costs per contact into a case in another currency (they would be silently relabelled)', () => {
    for (const currency of ['EUR', 'GBP', 'CHF'] as const) {
      const c = blankCase({ name: 'x', now, currency });
      expect(c.scenarios[0]!.service.assistedCostPerContact, currency).toBe(0);
      expect(c.scenarios[0]!.service.selfServiceCostPerContact, currency).toBe(0);
      expect(blankScenario('B', currency).service.assistedCostPerContact, currency).toBe(0);
      expect(computeCase(c)[0]?.flags).toEqual([]);
    }
    // The default currency is EUR: no USD figure there either.
    expect(blankCase({ name: 'x', now }).scenarios[0]!.service.assistedCostPerContact).toBe(0);
  });

  it('every new row, added to a blank case, keeps it valid', () => {
    const c = blankCase({ name: 'Rows', now, currency: 'USD', locale: 'it-IT' });
    const s = c.scenarios[0]!;
    const seg = newSegment('Enterprise');
    s.segments.push(seg, newSegment());
    s.moments.push(newMoment('Password reset'), newMoment());
    s.competitors.push(newCompetitor('Rival'));
    s.revenueLines.push(newRevenueLine('retention', seg.id), newRevenueLine('expansion', seg.id), newRevenueLine('acquisition'));
    s.savingLines.push(newSavingLine('deflection'), newSavingLine('ai'), newSavingLine('handleTime'), newSavingLine('escalation'));
    s.costLines.push(newCostLine('oneOff'), newCostLine('recurring'));
    const r = parseCase(c);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('ids are valid for the schema and distinct', () => {
    const ids = Array.from({ length: 200 }, () => newId('seg'));
    expect(new Set(ids).size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^seg_[A-Za-z0-9]{12}$/);
  });

  it('a duplicated scenario gets a new id and name and is otherwise an independent copy', () => {
    const c = blankCase({ name: 'Dup', now });
    const base = c.scenarios[0]!;
    base.segments.push(newSegment());
    const copy = duplicateScenario(base, 'Optimistic');
    c.scenarios.push(copy);
    expect(copy.id).not.toBe(base.id);
    expect(copy.name).toBe('Optimistic');
    copy.segments[0]!.customers = 1;
    expect(base.segments[0]!.customers).toBe(1000);
    expect(parseCase(c).ok).toBe(true);
  });
});
