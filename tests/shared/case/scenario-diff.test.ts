import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case, Scenario } from '@shared/case/schema';
import { parseCaseText } from '@shared/case/validate';
import { diffScenarios } from '@shared/case/scenario-diff';

function sample(): Case {
  const parsed = parseCaseText(readFileSync(join(__dirname, '../../../resources/samples/b2b-software.cxcase'), 'utf8'));
  if (!parsed.ok) throw new Error('sample does not parse');
  return parsed.value;
}

const copy = (s: Scenario): Scenario => ({ ...structuredClone(s), id: 'scn_copy', name: 'Copy' });

describe('diffScenarios', () => {
  it('finds nothing between a scenario and its copy, even reordered, renamed or with other notes', () => {
    const base = sample().scenarios[0]!;
    const other = copy(base);
    other.notes = 'different notes';
    other.segments.reverse();
    other.costLines.reverse();
    expect(diffScenarios(base, other)).toEqual([]);
  });

  it('reports a changed field with both values and its unit', () => {
    const base = sample().scenarios[0]!;
    const other = copy(base);
    other.moments[0]!.deflectionRate = 0.42;
    other.service.assistedCostPerContact = 99;
    other.costLines[0]!.kind = other.costLines[0]!.kind === 'oneOff' ? 'recurring' : 'oneOff';
    const d = diffScenarios(base, other);
    expect(d).toHaveLength(3);
    expect(d[0]).toMatchObject({
      step: 'moments',
      collection: 'moments',
      change: 'changed',
      item: { id: base.moments[0]!.id, name: base.moments[0]!.name },
      field: 'deflectionRate',
      before: { unit: 'percent', value: base.moments[0]!.deflectionRate },
      after: { unit: 'percent', value: 0.42 },
    });
    expect(d[1]).toMatchObject({ step: 'costs', collection: 'service', item: null, field: 'assistedCostPerContact', after: { unit: 'money', value: 99 } });
    // A cost line's one-off/recurring is a field, not another line.
    expect(d[2]).toMatchObject({ collection: 'costLines', change: 'changed', field: 'kind', before: { unit: 'choice', value: base.costLines[0]!.kind } });
  });

  it('matches items by id: an added and a removed item, and a line of another type under the same id', () => {
    const base = sample().scenarios[0]!;
    const other = copy(base);
    const gone = other.segments.pop()!;
    other.segments.push({ ...structuredClone(gone), id: 'seg_new', name: 'New segment' });
    // Revenue lines pointing at the removed segment go too (the case must stay valid).
    other.revenueLines = other.revenueLines.filter((l) => l.kind === 'acquisition' || l.segmentId !== gone.id);
    const removedLines = base.revenueLines.filter((l) => l.kind !== 'acquisition' && l.segmentId === gone.id);
    const d = diffScenarios(base, other);
    expect(d.filter((c) => c.collection === 'segments')).toEqual([
      expect.objectContaining({ change: 'removed', item: { id: gone.id, name: gone.name, kind: null }, before: { unit: 'text', value: gone.name }, after: null }),
      expect.objectContaining({ change: 'added', item: { id: 'seg_new', name: 'New segment', kind: null }, before: null, after: { unit: 'text', value: 'New segment' } }),
    ]);
    expect(d.filter((c) => c.collection === 'revenueLines').map((c) => [c.change, c.item?.id])).toEqual(removedLines.map((l) => ['removed', l.id]));

    const retyped = copy(base);
    const i = retyped.savingLines.findIndex((l) => l.kind === 'handleTime');
    const ht = retyped.savingLines[i]!;
    retyped.savingLines[i] = { kind: 'escalation', id: ht.id, label: ht.label, escalationsPerMonth: 10, handoffsAvoided: 1, minutesPerHandoff: 5, startMonth: 1, rampMonths: 1, haircut: 0, enabled: true, source: '', notes: '' };
    expect(diffScenarios(base, retyped).map((c) => [c.change, c.item?.kind])).toEqual([
      ['removed', 'handleTime'],
      ['added', 'escalation'],
    ]);
  });

  it('reports nested metric values: a competitor value changed, added or removed, and ours', () => {
    const base = sample().scenarios[0]!;
    const other = copy(base);
    const m = other.metrics[0]!;
    const [first, second] = [m.competitors[0]!, m.competitors[1]!];
    first.value = (first.value ?? 0) + 5;
    m.competitors.splice(1, 1);
    m.ours = 77;
    const d = diffScenarios(base, other);
    const name = (id: string) => base.competitors.find((c) => c.id === id)!.name;
    expect(d).toEqual([
      expect.objectContaining({ step: 'benchmarks', collection: 'metrics', item: { id: m.metric, name: m.metric, kind: m.metric }, field: 'ours', metric: m.metric, after: { unit: 'metric', value: 77 } }),
      expect.objectContaining({ field: 'competitors', metric: m.metric, competitor: { id: first.competitorId, name: name(first.competitorId) }, after: { unit: 'metric', value: first.value } }),
      expect.objectContaining({ field: 'competitors', competitor: { id: second.competitorId, name: name(second.competitorId) }, before: { unit: 'metric', value: base.metrics[0]!.competitors[1]!.value }, after: null }),
    ]);
  });

  it('shows a moment volume in its mode, a line’s segment by name, and nullable fields', () => {
    const base = sample().scenarios[0]!;
    const other = copy(base);
    const share = other.moments.findIndex((x) => x.volumeMode === 'share');
    other.moments[share]!.volume = 0.5;
    other.service.volumeOverride = base.service.volumeOverride === null ? 1234 : null;
    const li = other.revenueLines.findIndex((l) => l.kind !== 'acquisition');
    const line = other.revenueLines[li]!;
    const otherSeg = other.segments.find((s) => line.kind !== 'acquisition' && s.id !== line.segmentId)!;
    if (line.kind !== 'acquisition') line.segmentId = otherSeg.id;
    const d = diffScenarios(base, other);
    expect(d.find((c) => c.field === 'volume')).toMatchObject({ before: { unit: 'percent' }, after: { unit: 'percent', value: 0.5 } });
    expect(d.find((c) => c.field === 'segmentId')).toMatchObject({ after: { unit: 'text', value: otherSeg.name } });
    expect(d.find((c) => c.field === 'volumeOverride')).toMatchObject({ before: { unit: 'count', value: base.service.volumeOverride }, after: { unit: 'count' } });
  });

  it('lists changes in step order', () => {
    const base = sample().scenarios[0]!;
    const other = copy(base);
    other.costLines[0]!.amount += 1;
    other.segments[0]!.customers += 1;
    other.revenueLines[0]!.haircut = 0.5;
    expect(diffScenarios(base, other).map((c) => c.step)).toEqual(['segments', 'revenue', 'costs']);
  });
});
