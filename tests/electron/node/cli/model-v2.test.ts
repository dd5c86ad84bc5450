/** The command line and case format 2 (Model v2): validate explains the new fields; compute prints the new outputs. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { financeFieldNotes } from '@shared/case/finance-fields';
import { CASE_SCHEMA_VERSION } from '@shared/case/schema';
import { parseCaseText } from '@shared/case/validate';
import { computeScenario } from '@shared/engine/compute';

const root = join(__dirname, '..', '..', '..', '..');
const v1File = join(root, 'tests', 'support', 'engine-v1', 'samples', 'b2b-software.cxcase');
const b2b = join(root, 'resources', 'samples', 'b2b-software.cxcase');

function cxcase(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'cxcase.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'cxcase-v2-'));
function file(name: string, doc: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, JSON.stringify(doc, null, 2));
  return p;
}

const sample = () => JSON.parse(readFileSync(b2b, 'utf8'));

describe('cxcase validate and format 2', () => {
  it('a format-1 file is valid, said to be read as format 2, and every field format 2 added is explained', () => {
    const r = cxcase('validate', v1File);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/: valid case "Northwind Cloud/);
    expect(lines[1]).toBe(`  written in case format 1, read as format ${CASE_SCHEMA_VERSION}; its figures are unchanged.`);
    for (const n of financeFieldNotes()) expect(r.out).toContain(`  ${n.path}: ${n.text}\n`);
    expect(r.out).toContain('$.scenarios[].costLines[].accounting:');
    expect(r.out).toContain("'yearEnd' (TEI)");
  });

  it('a wrong format-2 value gets its path and a sentence saying what it must be', () => {
    const c = sample();
    c.startMonth = '03/2027';
    c.fiscalYearStartMonth = 13;
    c.discounting = 'annual';
    c.scenarios[0].costLines[0].accounting = 'asset';
    c.scenarios[0].costLines[0].lifeMonths = 0;
    c.scenarios[0].segments[0].customerGrowth = 3;
    const r = cxcase('validate', file('bad-v2.cxcase', c));
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split('\n').slice(1).map((l) => l.trim()).sort();
    expect(lines).toEqual(
      [
        '$.startMonth: Must be a calendar month written year-month, like 2027-03',
        '$.fiscalYearStartMonth: Must be 1 (January) to 12 (December)',
        '$.discounting: Must be one of: monthly, yearEnd',
        '$.scenarios[0].costLines[0].accounting: Must be one of: opex, capex',
        '$.scenarios[0].costLines[0].lifeMonths: Must be at least 1 month',
        '$.scenarios[0].segments[0].customerGrowth: Must be at most 100% a year',
      ].sort(),
    );
  });
});

describe('cxcase compute and format 2', () => {
  it('prints discountedPaybackMonth and peakFunding; months without tax when the case is pre-tax', () => {
    const r = cxcase('compute', b2b);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const parsed = parseCaseText(readFileSync(b2b, 'utf8'));
    if (!parsed.ok) throw new Error('sample invalid');
    const expected = computeScenario(parsed.value, parsed.value.scenarios[0]!);
    expect(out.discountedPaybackMonth).toBe(expected.discountedPaybackMonth);
    expect(typeof out.discountedPaybackMonth).toBe('number');
    expect(out.peakFunding).toBe(expected.peakFunding);
    expect(out.peakFunding).toBeGreaterThan(0);
    expect(Object.keys(out.months[1]).sort()).toEqual(['benefits', 'costs', 'cumulative', 'month', 'net']);
  });

  it('with a tax rate and capex: costs = opex + capex before tax, net after tax, and the tax of each month', () => {
    const c = sample();
    c.taxRate = 0.24;
    c.discounting = 'yearEnd';
    c.scenarios[0].costLines[0].accounting = 'capex';
    const path = file('taxed.cxcase', c);
    const out = JSON.parse(cxcase('compute', path).out);
    for (const row of out.months) {
      expect(Object.keys(row).sort()).toEqual(['benefits', 'costs', 'cumulative', 'month', 'net', 'tax']);
      expect(row.net).toBeCloseTo(row.benefits - row.costs - row.tax, 6);
    }
    const parsed = parseCaseText(readFileSync(path, 'utf8'));
    if (!parsed.ok) throw new Error('edited sample invalid');
    const r = computeScenario(parsed.value, parsed.value.scenarios[0]!);
    expect(out.npv).toBe(r.npv);
    expect(out.months.map((m: { tax: number }) => m.tax)).toEqual(r.taxFlows.tax);
    expect(out.months.map((m: { costs: number }) => m.costs)).toEqual(r.costs);
  });

  it('discountedPaybackMonth is null when the discounted cumulative never turns positive', () => {
    const c = sample();
    for (const s of c.scenarios) s.costLines.push({ ...s.costLines[0], id: 'cost_huge', kind: 'oneOff', month: 0, amount: 1e11 });
    const out = JSON.parse(cxcase('compute', file('never.cxcase', c)).out);
    expect(out.discountedPaybackMonth).toBeNull();
    expect(out.paybackMonth).toBeNull();
  });
});
