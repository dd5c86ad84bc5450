/**
 * The Risk sheet comes back: an untouched export reports nothing on it (its stamped values and the
 * time of their computation are not edits); a range, owner or confidence typed into its register
 * is listed as not importable with its cell, assumption, old and new value — in English and Italian
 * workbooks — and an inserted row above the register does not shift the comparison.
 */
import { describe, expect, it } from 'vitest';
import { labels } from '@electron-node/export/xlsx/labels';
import { riskLabels } from '@electron-node/export/xlsx/labels-risk';
import { readRoundTrip } from '@electron-node/roundtrip/index';
import type { Case } from '@shared/case/schema';
import { buildRegister } from '@shared/risk/register';
import { richCase } from '../export/xlsx/fixtures';
import { editWorkbook, exported } from './helpers';

function small(): Case {
  const c = richCase();
  c.risk = { ...c.risk, trials: 200 };
  return c;
}

describe('round trip: the Risk sheet', () => {
  it('reports nothing for an untouched export, and each register edit as not importable', async () => {
    const c = small();
    const bytes = await exported(c);
    expect((await readRoundTrip(c, bytes)).notImportable).toEqual([]);

    const deflection = buildRegister(c, 0, c.risk.ranges).find((a) => a.field === 'deflectionRate')!;
    const edited = await editWorkbook(bytes, (wb) => {
      const ws = wb.getWorksheet(labels('en').sheets.risk)!;
      // Finance inserts a note row at the top, then edits one register row.
      ws.spliceRows(1, 0, ['Reviewed by finance']);
      let r = 1;
      while (ws.getRow(r).getCell(2).value !== deflection.path) r++;
      ws.getRow(r).getCell(4).value = 0.05;
      ws.getRow(r).getCell(6).value = 'CFO';
    });
    const report = await readRoundTrip(c, edited);
    expect(report.changes).toEqual([]);
    const risk = report.notImportable.filter((n) => n.where.startsWith(`${labels('en').sheets.risk}!`));
    expect(risk.map((n) => n.where.replace(/\d+$/, ''))).toEqual(['Risk!D', 'Risk!F']);
    expect(risk[0]!.what).toContain(`Low of "Password reset: Deflection rate" changed from "${deflection.low}" to "0.05"`);
    expect(risk[1]!.what).toContain('Owner of "Password reset: Deflection rate" changed from "" to "CFO"');
    expect(risk.every((n) => n.what.endsWith("come back only through the app's Risk step"))).toBe(true);
    // Nothing else: the Risk sheet's rows outside the register (notes, stamps) are not compared.
    expect(report.notImportable.filter((n) => !risk.includes(n))).toEqual([]);
  }, 180_000);

  it('names the Italian headings in an Italian workbook', async () => {
    const c = small();
    const bytes = await exported(c, { lang: 'it', scenarioIds: [c.scenarios[0]!.id] });
    const edited = await editWorkbook(bytes, (wb) => {
      const ws = wb.getWorksheet(labels('it').sheets.risk)!;
      let r = 1;
      while (!(typeof ws.getRow(r).getCell(2).value === 'string' && String(ws.getRow(r).getCell(2).value).startsWith('$.'))) r++;
      ws.getRow(r).getCell(7).value = riskLabels('it').confidences.high;
    });
    const report = await readRoundTrip(c, edited);
    expect(report.notImportable).toHaveLength(1);
    expect(report.notImportable[0]!.what).toContain(`${riskLabels('it').confidence} of`);
    expect(report.notImportable[0]!.what).toContain(`to "${riskLabels('it').confidences.high}"`);
  }, 180_000);
});
