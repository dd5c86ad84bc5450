import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseSchema, type Case } from '@shared/case/schema';
import { parseCaseText } from '@shared/case/validate';
import { addCompetitor, newMetricRow, removeCompetitor, setCompetitorValue } from '@renderer/src/views/steps/benchmarkEdits';

function sample(): Case {
  const parsed = parseCaseText(readFileSync(join(__dirname, '../../../../resources/samples/b2b-software.cxcase'), 'utf8'));
  if (!parsed.ok) throw new Error('sample does not parse');
  return parsed.value;
}

describe('benchmark table edits keep the case valid', () => {
  it('deleting a competitor also removes its value from every metric', () => {
    const doc = sample();
    const s = doc.scenarios[0]!;
    const naive = structuredClone(doc);
    naive.scenarios[0]!.competitors = naive.scenarios[0]!.competitors.filter((c) => c.id !== 'cmp_helio');
    // Without the clean-up the schema rejects the case: that is why the step uses this recipe.
    expect(CaseSchema.safeParse(naive).success).toBe(false);

    removeCompetitor(s, 'cmp_helio');
    expect(s.competitors.map((c) => c.id)).not.toContain('cmp_helio');
    for (const m of s.metrics) expect(m.competitors.map((v) => v.competitorId)).not.toContain('cmp_helio');
    expect(CaseSchema.safeParse(doc).success).toBe(true);
  });

  it('adding a competitor gives every metric an empty value for it', () => {
    const doc = sample();
    const s = doc.scenarios[0]!;
    addCompetitor(s, { id: 'cmp_new', name: 'Newco', notes: '' });
    for (const m of s.metrics) expect(m.competitors.find((v) => v.competitorId === 'cmp_new')).toEqual({ competitorId: 'cmp_new', value: null });
    expect(CaseSchema.safeParse(doc).success).toBe(true);
  });

  it('a new metric row has an entry per competitor, and setting a value creates a missing entry', () => {
    const doc = sample();
    const s = doc.scenarios[0]!;
    s.metrics = s.metrics.filter((m) => m.metric !== 'aht');
    const row = newMetricRow(s, 'aht');
    expect(row.competitors.map((v) => v.competitorId)).toEqual(s.competitors.map((c) => c.id));
    row.competitors = [];
    setCompetitorValue(row, 'cmp_orbit', 11);
    setCompetitorValue(row, 'cmp_orbit', 10.5);
    expect(row.competitors).toEqual([{ competitorId: 'cmp_orbit', value: 10.5 }]);
    s.metrics.push(row);
    expect(CaseSchema.safeParse(doc).success).toBe(true);
  });
});
