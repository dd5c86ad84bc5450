/**
 * Model v2's inputs come back from the workbook like every other input: each edited cell is a
 * change at its place in the case (calendar, fiscal year, tax, convention, inflation, growth,
 * productive hours, capex and life), with its NPV effect; what the schema refuses is refused.
 */
import { describe, expect, it } from 'vitest';
import { readRoundTrip } from '@electron-node/roundtrip/index';
import { richCase } from '../export/xlsx/fixtures';
import { editWorkbook, exported } from './helpers';

const EDITS: [name: string, value: string | number, path: string][] = [
  ['Case_StartMonth', '2028-05', '$.startMonth'],
  ['Case_FiscalYearStart', 7, '$.fiscalYearStartMonth'],
  ['Case_TaxRate', 0.2, '$.taxRate'],
  ['Case_Discounting', 'yearEnd', '$.discounting'],
  ['Case_WageInflation', 0.04, '$.wageInflation'],
  ['Case_CostInflation', 0.03, '$.costInflation'],
  ['S1_Svc_VolumeGrowth', 0.1, '$.scenarios[0].service.volumeGrowth'],
  ['S1_Svc_ProductiveHours', 100, '$.scenarios[0].service.productiveHoursPerFte'],
  ['S1_Seg1_Growth', 0.07, '$.scenarios[0].segments[0].customerGrowth'],
  ['S2_Cost1_Accounting', 'capex', '$.scenarios[1].costLines[0].accounting'],
  ['S2_Cost1_Life', 48, '$.scenarios[1].costLines[0].lifeMonths'],
];

describe('round trip of the Model v2 inputs', () => {
  it('reads every edited v2 input back as a change at its path in the case, with its NPV effect', async () => {
    const c = richCase();
    const bytes = await editWorkbook(await exported(c), (_wb, cell) => {
      for (const [name, value] of EDITS) cell(name).value = value;
    });
    const r = await readRoundTrip(c, bytes);
    expect(r.refused).toEqual([]);
    expect(r.changes.map((ch) => [ch.path, ch.to]).sort()).toEqual(EDITS.map(([, v, path]) => [path, v]).sort());
    for (const ch of r.changes) expect(Number.isFinite(ch.npvEffect), ch.path).toBe(true);
    // A tax rate moves the NPV; a start month (labels only) does not.
    const effect = (path: string) => r.changes.find((ch) => ch.path === path)!.npvEffect;
    expect(Math.abs(effect('$.taxRate'))).toBeGreaterThan(1);
    expect(effect('$.startMonth')).toBe(0);
  }, 60_000);

  it('refuses what the schema refuses: a month 13, a life of 0 months, an unknown convention', async () => {
    const c = richCase();
    const bytes = await editWorkbook(await exported(c), (_wb, cell) => {
      cell('Case_StartMonth').value = '2028-13';
      cell('S1_Cost1_Life').value = 0;
      cell('Case_Discounting').value = 'annual';
    });
    const r = await readRoundTrip(c, bytes);
    expect(r.changes).toEqual([]);
    expect(r.refused.map((x) => x.name).sort()).toEqual(['Case_Discounting', 'Case_StartMonth', 'S1_Cost1_Life']);
  }, 60_000);
});
