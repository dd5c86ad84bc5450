/**
 * The Checks and Read me sheets without a spreadsheet engine (fast): the cached status of every check
 * is the engine's flag, flagged inputs carry the conditional format that highlights them, sources sit
 * beside the value they support, and the Read me sheet says what the workbook is and maps each name
 * prefix to its scenario. LibreOffice recalculation of the checks is in libreoffice.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { computeCase } from '@shared/engine/compute';
import { sideCols } from '@electron-node/export/xlsx/sheets/assumptions-side';
import { richCase } from './fixtures';
import { readBook } from './read';

function flaggedCase() {
  const c = richCase();
  c.scenarios[0]!.moments[0]!.deflectionRate = 0.55;
  c.scenarios[1]!.savingLines[2]!.haircut = 0.02;
  c.discountRate = 0.05;
  return c;
}

describe('Checks sheet', () => {
  it("caches the engine's flags as each check's status, and counts them", async () => {
    const c = flaggedCase();
    const results = computeCase(c);
    const paths = results.map((r) => new Set(r.flags.map((f) => f.path.join('.'))));
    expect(paths[0]!.has('scenarios.0.moments.0.deflectionRate')).toBe(true);
    expect(paths[1]!.has('scenarios.1.savingLines.2.haircut')).toBe(true);
    const book = await readBook(await buildWorkbook(c, {}));
    expect(book.value('S1_Chk_Mom1_Deflection')).toBe(true);
    expect(book.value('S2_Chk_Sav3_Haircut')).toBe(true);
    expect(book.value('Case_Chk_DiscountRate')).toBe(true);
    expect(book.value('S1_Chk_Mom2_Deflection')).toBe(false);
    const raised = [...book.names.keys()].filter((n) => n.includes('_Chk_') && book.value(n) === true);
    const ws = book.wb.getWorksheet('Checks')!;
    expect(ws.getCell('B3').value).toMatchObject({ result: raised.length });
    // The engine repeats the case's discount-rate flag in each scenario; the sheet lists it once.
    const engineCount = results.reduce((n, r) => n + r.flags.length, 0) - (results.length - 1);
    expect(raised.length).toBe(engineCount);
  });

  it('highlights each checked input on the Assumptions sheet while its check is flagged (conditional format by name)', async () => {
    const book = await readBook(await buildWorkbook(richCase(), {}));
    const ws = book.wb.getWorksheet('Assumptions')!;
    const rules = new Map<string, string[]>();
    // exceljs reads conditional formats back but leaves them out of its typings.
    const read = ws as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: string[] }[] }[] };
    for (const cf of read.conditionalFormattings ?? []) for (const r of cf.rules) rules.set(cf.ref, [...(rules.get(cf.ref) ?? []), ...(r.formulae ?? [])]);
    const at = (name: string) => {
      const [p] = book.places(name);
      return `${String.fromCharCode(64 + p!.col)}${p!.row}`;
    };
    expect(rules.get(at('S1_Mom1_Deflection'))).toContain('S1_Chk_Mom1_Deflection');
    expect(rules.get(at('S1_Rev1_ChurnReduction'))).toContain('S1_Chk_Rev1_Rho');
    expect(rules.get(at('S2_Sav1_Haircut'))).toContain('S2_Chk_Sav1_Haircut');
    expect(rules.get(at('Case_DiscountRate'))).toContain('Case_Chk_DiscountRate');
    expect(rules.get(at('S1_Cost3_Month'))).toContain('S1_Chk_Cost3_Month');
  });

  it('puts a line’s source beside the value it supports, not on its haircut row', async () => {
    const c = richCase();
    c.scenarios[0]!.revenueLines[0]!.source = 'Retention study 2025';
    c.scenarios[0]!.revenueLines[2]!.source = 'Upsell survey';
    const book = await readBook(await buildWorkbook(c, {}));
    const ws = book.wb.getWorksheet('Assumptions')!;
    const sourceOf = (name: string) => ws.getCell(book.places(name)[0]!.row, sideCols(c.scenarios.length).source).value;
    expect(sourceOf('S1_Rev1_ChurnReduction')).toBe('Retention study 2025');
    expect(sourceOf('S1_Rev1_Haircut')).toBeNull();
    expect(sourceOf('S1_Rev3_Uplift')).toBe('Upsell survey');
    expect(sourceOf('S1_Rev3_Haircut')).toBeNull();
  });
});

describe('Read me sheet', () => {
  it('says what the workbook is, who made it with which version and when, and maps each name prefix to its scenario', async () => {
    const c = richCase();
    const book = await readBook(await buildWorkbook(c, { appVersion: '9.8.7', exportedAt: new Date('2026-03-04T05:06:00Z'), scenarioIds: [c.scenarios[1]!.id] }));
    const ws = book.wb.worksheets[0]!;
    expect(ws.name).toBe('Read me');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    // c.id: the identity the round trip checks, where people can see it too.
    for (const want of [c.name, c.client, c.author, c.id, 'CX Case 9.8.7', '2026-03-04 05:06 UTC', 'Colours', 'Checks', 'Constants']) expect(texts.some((t) => t.includes(want)), want).toBe(true);
    expect(texts.some((t) => /input/i.test(t) && /calculated/i.test(t))).toBe(true);
    const row = (prefix: string) => {
      let found: string[] = [];
      ws.eachRow((r) => {
        if (r.getCell(1).value === prefix) found = [String(r.getCell(2).value), String(r.getCell(3).value), String(r.getCell(4).value)];
      });
      return found;
    };
    expect(row('S1')).toEqual([c.scenarios[0]!.name, '(not exported)', c.scenarios[0]!.id]);
    expect(row('S2')).toEqual([c.scenarios[1]!.name, `Cash flow – ${c.scenarios[1]!.name}`, c.scenarios[1]!.id]);
  });

  it('speaks Italian in an Italian workbook', async () => {
    const book = await readBook(await buildWorkbook(richCase(), { lang: 'it' }));
    const ws = book.wb.worksheets[0]!;
    expect(ws.name).toBe('Leggimi');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('Colori');
    expect(texts.some((t) => t.startsWith('Tutto il resto') || t.includes('Tutto il resto è calcolato'))).toBe(true);
  });
});
