/**
 * `cxcase risk` as a user runs it: the JSON the issue lists, the same numbers for the same seed on
 * two runs, the tornado sorted by swing with paths `validate` would print, break-evens that give a
 * zero NPV when put back into the engine, and bad options refused with a sentence.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { parseCaseText } from '@shared/case/validate';
import { computeScenario } from '@shared/engine/compute';

const root = join(__dirname, '..', '..', '..', '..', '..');
const sampleFile = join(root, 'resources', 'samples', 'b2b-software.cxcase');

function run(...args: string[]) {
  return runOn(sampleFile, ...args);
}

function runOn(file: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin', 'cxcase.js'), 'risk', file, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
}

interface Out {
  seed: number;
  trials: number;
  npv: { p10: number; p50: number; p90: number; mean: number };
  roi: { p10: number; p50: number; p90: number; mean: number };
  paybackMonth: { p10: number | null; p50: number | null; p90: number | null };
  probabilityPositive: number;
  tornado: { path: string; label: string; low: number; likely: number; high: number; npvLow: number; npvHigh: number; swing: number }[];
  breakEven: { path: string; label: string; value: number | null }[];
}

function sample(): Case {
  const r = parseCaseText(readFileSync(sampleFile, 'utf8'));
  if (!r.ok) throw new Error('sample is invalid');
  return r.value;
}

function setAt(c: Case, path: string, value: number): void {
  const keys = path.slice(2).split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let o: unknown = c;
  for (const k of keys.slice(0, -1)) o = Reflect.get(o as object, k);
  Reflect.set(o as object, keys[keys.length - 1] as string, value);
}

describe('cxcase risk', () => {
  const first = run('--scenario', 'Base', '--trials', '2000', '--seed', '7');
  const out = JSON.parse(first.stdout) as Out;

  it('prints seed, trials, NPV/ROI/payback percentiles, P(NPV > 0), tornado and break-evens', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(out.seed).toBe(7);
    expect(out.trials).toBe(2000);
    expect(out.npv.p10).toBeLessThanOrEqual(out.npv.p50);
    expect(out.npv.p50).toBeLessThanOrEqual(out.npv.p90);
    expect(out.roi.p10).toBeLessThanOrEqual(out.roi.p90);
    expect(out.probabilityPositive).toBeGreaterThanOrEqual(0);
    expect(out.probabilityPositive).toBeLessThanOrEqual(1);
    expect(out.breakEven).toHaveLength(10);
    expect(first.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('gives the same output for the same seed, and other numbers for another seed', () => {
    expect(run('--scenario', 'Base', '--trials', '2000', '--seed', '7').stdout).toBe(first.stdout);
    const other = JSON.parse(run('--scenario', 'Base', '--trials', '2000', '--seed', '8').stdout) as Out;
    expect(other.npv.p50).not.toBe(out.npv.p50);
  });

  it('sorts the tornado by swing, each bar the engine’s NPV with that one value set', () => {
    const swings = out.tornado.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    for (const b of out.tornado.slice(0, 3)) {
      const c = sample();
      setAt(c, b.path, b.high);
      const s = c.scenarios[0];
      if (!s) throw new Error('no scenario');
      expect(Math.abs(computeScenario(c, s, 0).npv - b.npvHigh)).toBeLessThan(1e-6 * Math.abs(b.npvHigh));
    }
  });

  it('gives break-evens that, put back into the engine, make NPV zero within 1e-6', () => {
    // The sample with its costs × 2.5: NPV ≈ 43,700, so its main drivers cross zero within their valid ranges.
    const thin = sample();
    thin.scenarios[0]?.costLines.forEach((l) => (l.amount *= 2.5));
    const file = join(mkdtempSync(join(tmpdir(), 'cxcase-risk-')), 'thin.json');
    writeFileSync(file, JSON.stringify(thin));
    const r = runOn(file, '--trials', '100');
    expect(r.status, r.stderr).toBe(0);
    const found = (JSON.parse(r.stdout) as Out).breakEven.filter((b) => b.value !== null);
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const b of found) {
      const c = structuredClone(thin);
      setAt(c, b.path, b.value as number);
      const s = c.scenarios[0];
      if (!s) throw new Error('no scenario');
      expect(Math.abs(computeScenario(c, s, 0).npv)).toBeLessThan(1e-6);
    }
  });

  it('refuses a trial count outside 100..100000 and an unknown scenario, with a non-zero exit', () => {
    const few = run('--trials', '5');
    expect(few.status).not.toBe(0);
    expect(few.stderr).toMatch(/whole number from 100 to 100000/);
    const none = run('--scenario', 'Nope');
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/No scenario named "Nope"/);
  });
});
