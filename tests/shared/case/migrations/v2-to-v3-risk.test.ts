import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCase } from '@shared/engine/compute';
import { parseCase } from '@shared/case/validate';
import { v2ToV3Risk } from '@shared/case/migrations/v2-to-v3-risk';
import { DEFAULT_TRIALS, seedFromId } from '@shared/risk/schema';
import { CASE_SCHEMA_VERSION } from '@shared/case/schema';

const root = join(__dirname, '..', '..', '..', '..');

describe('case format 2 → 3 (risk register)', () => {
  // The sample as format 2 wrote it: no register.
  const { risk: _r, ...sample } = JSON.parse(readFileSync(join(root, 'resources', 'samples', 'b2b-software.cxcase'), 'utf8')) as Record<string, unknown>;
  const v1: Record<string, unknown> = { ...sample, schemaVersion: 2 };

  it('gives a format-2 case an empty register: a seed from its id, 10,000 trials, no stored ranges', () => {
    expect(v1['schemaVersion']).toBe(2);
    const r = parseCase(v1);
    expect(r.ok && r.migratedFrom).toBe(2);
    if (!r.ok) throw new Error('the sample did not migrate');
    expect(r.value.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(r.value.risk).toEqual({ seed: seedFromId(String(v1['id'])), trials: DEFAULT_TRIALS, ranges: [] });
  });

  it('changes no figure of the model', () => {
    const r = parseCase(v1);
    if (!r.ok) throw new Error('the sample did not migrate');
    const { risk: _risk, ...withoutRisk } = r.value;
    expect(computeCase(r.value).map((x) => x.npv)).toEqual(computeCase({ ...withoutRisk, risk: r.value.risk }).map((x) => x.npv));
    expect(r.value.scenarios).toEqual((v1['scenarios'] as unknown[]));
  });

  it('keeps a register that is already there', () => {
    const risk = { seed: 5, trials: 500, ranges: [] };
    expect(v2ToV3Risk({ ...v1, risk })['risk']).toBe(risk);
  });

  it('refuses a stored range whose low is above its high, at the path validate prints', () => {
    const r = parseCase({
      ...v1,
      schemaVersion: 3,
      risk: { seed: 1, trials: 1000, ranges: [{ scenarioId: 'x', key: 'discountRate', low: 0.2, high: 0.1, owner: '', confidence: null, sourceUrl: '', sourceDate: '' }] },
    });
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toContain('$.risk.ranges[0].high');
  });
});
