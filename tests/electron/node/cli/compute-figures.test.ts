/**
 * `cxcase compute` as a user runs it, on the figures that need care: no payback without costs
 * (`"paybackMonth": null`), an IRR that means nothing kept as a number and marked, the months
 * where the cumulative net dips again after payback.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { parseCaseText } from '@shared/case/validate';
import { computeScenario } from '@shared/engine/compute';

const root = join(__dirname, '..', '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'cxcase-figures-'));

function sample(): Case {
  const r = parseCaseText(readFileSync(join(root, 'resources', 'samples', 'b2b-software.cxcase'), 'utf8'));
  if (!r.ok) throw new Error('sample is invalid');
  return r.value;
}

function compute(c: Case) {
  const file = join(tmp, `${c.id}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(c));
  const r = spawnSync(process.execPath, [join(root, 'bin', 'cxcase.js'), 'compute', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return { text: r.stdout, json: JSON.parse(r.stdout) as Record<string, unknown> };
}

describe('cxcase compute: figures that hold up', () => {
  it('a scenario with no costs prints "paybackMonth": null and says why', () => {
    const c = sample();
    c.scenarios[0]!.costLines = [];
    const out = compute(c);
    expect(out.text).toContain('"paybackMonth": null');
    expect(out.json).toMatchObject({ paybackMonth: null, paybackNote: 'noCosts', roi: null, negativeAfterPayback: [] });
    expect(out.json.pvBenefits).toBeGreaterThan(0);
  });

  it('an IRR from an investment under 1% of the benefits keeps its number and is marked not meaningful', () => {
    const c = sample();
    const s = c.scenarios[0]!;
    const pvBenefits = computeScenario(c, s).pvBenefits;
    s.costLines = [{ ...s.costLines[0]!, kind: 'oneOff', amount: Math.round(pvBenefits * 0.005), month: 0, contingency: 0, enabled: true }];
    const out = compute(c);
    expect(typeof out.json.irr).toBe('number');
    expect(out.json.irrMeaningful).toBe(false);
    expect(['above1000', 'smallInvestment']).toContain(out.json.irrNote);
  });

  it('the sample as shipped: a payback month, a meaningful IRR, no dip after payback', () => {
    const out = compute(sample());
    expect(out.json).toMatchObject({ paybackNote: null, irrMeaningful: true, irrNote: null, negativeAfterPayback: [] });
    expect(typeof out.json.paybackMonth).toBe('number');
  });
});
