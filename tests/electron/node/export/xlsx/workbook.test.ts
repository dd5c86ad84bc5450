/**
 * The workbook's structure, without a spreadsheet engine (fast): sheets, defined names, cached
 * results, text safety, formats, print setup and properties. Parity with a real engine is in
 * libreoffice.test.ts.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, ExportError } from '@electron-node/export/xlsx/index';
import { padYears } from '@electron-node/export/xlsx/sheets/summary';
import { sideCols } from '@electron-node/export/xlsx/sheets/assumptions-side';
import { MAX_HORIZON_MONTHS } from '@shared/case/fields';
import type { Case } from '@shared/case/schema';
import { computeCase } from '@shared/engine/compute';
import { discountFactors } from '@shared/engine/time';
import { generateCase, generateLargeCase } from '../../../../support/arbitraries';
import { injectionCase, INJECTIONS, richCase } from './fixtures';
import { readBook } from './read';

async function sheetXml(bytes: Uint8Array): Promise<{ workbook: string; sheets: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const sheets = await Promise.all(names.map((f) => zip.file(f)!.async('string')));
  return { workbook: await zip.file('xl/workbook.xml')!.async('string'), sheets };
}

describe('buildWorkbook: sheets', () => {
  it('has Summary, Scenarios, Assumptions, one sheet per step, a Cash flow per scenario and Sources', async () => {
    const book = await readBook(await buildWorkbook(richCase(), {}));
    expect(book.wb.worksheets.map((w) => w.name)).toEqual([
      'Read me',
      'Summary',
      'Scenarios',
      'Assumptions',
      'Checks',
      'Segments',
      'Moments',
      'Benchmarks',
      'Revenue',
      'Savings',
      'Costs',
      'Cash flow – Base',
      'Cash flow – Optimistic',
      // Seed, trials and export time stamped: tornado, break-evens and Monte Carlo as values.
      'Risk',
      'Constants',
      'Sources',
      // Very hidden: what the round trip reads when the workbook comes back (case, scenarios, inputs).
      'CXCase_RoundTrip',
    ]);
    expect(book.wb.getWorksheet('CXCase_RoundTrip')!.state).toBe('veryHidden');
  });

  it('exports one scenario on request: its Cash flow only, its names keep the scenario number, no Scenarios sheet', async () => {
    const c = richCase();
    const book = await readBook(await buildWorkbook(c, { scenarioIds: [c.scenarios[1]!.id] }));
    const names = book.wb.worksheets.map((w) => w.name);
    expect(names).toContain('Cash flow – Optimistic');
    expect(names).not.toContain('Cash flow – Base');
    expect(names).not.toContain('Scenarios');
    expect(book.names.has('S2_NPV')).toBe(true);
    expect([...book.names.keys()].some((n) => n.startsWith('S1_'))).toBe(false);
  });

  it('refuses an unknown scenario id or an empty selection with a clear message', async () => {
    await expect(buildWorkbook(richCase(), { scenarioIds: ['nope'] })).rejects.toThrow(new ExportError('No scenario with id "nope" in this case'));
    await expect(buildWorkbook(richCase(), { scenarioIds: [] })).rejects.toThrow(ExportError);
  });

  it('speaks Italian on request', async () => {
    const c = richCase();
    c.scenarios[0]!.costLines.forEach((l) => (l.amount = 1e9)); // never pays back
    const book = await readBook(await buildWorkbook(c, { lang: 'it' }));
    expect(book.wb.worksheets.map((w) => w.name).slice(0, 4)).toEqual(['Leggimi', 'Sintesi', 'Scenari', 'Ipotesi']);
    expect(book.value('S1_Payback')).toBe('mai');
  });
});

describe('buildWorkbook: formulas and names', () => {
  it("gives every formula a cached result, and the cached figures are the engine's own", async () => {
    const c = generateCase(7, { scenarios: [2, 2] });
    const bytes = await buildWorkbook(c, {});
    const { sheets } = await sheetXml(bytes);
    let formulas = 0;
    for (const xml of sheets)
      for (const cell of xml.match(/<c [^>]*[^/]>.*?<\/c>/g) ?? []) {
        if (!cell.includes('<f>')) continue;
        formulas++;
        expect(cell, 'formula without a cached value').toMatch(/<v>|<v\/>|<v><\/v>/);
      }
    expect(formulas).toBeGreaterThan(500);
    const book = await readBook(bytes);
    computeCase(c).forEach((r, i) => {
      const p = `S${i + 1}`;
      expect(book.value(`${p}_NPV`)).toBe(r.npv);
      expect(book.value(`${p}_PVBenefits`)).toBe(r.pvBenefits);
      // 121 months whatever the horizon: the months past it hold zero; discount factors run on.
      const pastHorizon = Array<number>(MAX_HORIZON_MONTHS - c.horizonMonths).fill(0);
      expect(book.values(`${p}_CF_Net`)).toEqual([...r.net, ...pastHorizon]);
      expect(book.values(`${p}_CF_DF`)).toEqual(discountFactors(c.discountRate, MAX_HORIZON_MONTHS));
      expect(book.values(`${p}_YT_Net`)).toEqual(padYears(r.years.net));
    });
  });

  it('names every input on the Assumptions sheet and holds the case value there', async () => {
    const c = richCase();
    const book = await readBook(await buildWorkbook(c, {}));
    const s = c.scenarios[0]!;
    const expectations: [string, unknown][] = [
      ['Case_DiscountRate', c.discountRate],
      ['S1_Seg1_Churn', s.segments[0]!.annualChurn],
      ['S1_Seg2_CAC', s.segments[1]!.cac],
      ['S1_Mom2_Mode', 'Share of all contacts'],
      ['S1_Mom3_Protected', true],
      ['S1_Rev2_DissatisfiedTarget', 0.2],
      ['S1_Rev4_Enabled', true],
      ['S2_Rev4_Enabled', false],
      ['S1_Sav4_Haircut', 0],
      ['S1_Cost3_Kind', 'Recurring'],
      ['S1_Svc_AssistedCost', s.service.assistedCostPerContact],
      ['S1_Bm_nps_Cmp1', 40],
    ];
    for (const [name, v] of expectations) {
      expect(book.places(name)[0]!.sheet, name).toBe('Assumptions');
      expect(book.value(name), name).toBe(v);
    }
    // Every named cell of the sheet has its name (in the scenario's name column) defined on its own
    // value cell (in the scenario's value column, on the same row).
    const ws = book.wb.getWorksheet('Assumptions')!;
    const cols = sideCols(c.scenarios.length);
    let names = 0;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      c.scenarios.forEach((_, k) => {
        const name = row.getCell(cols.name(k)).value;
        if (name === null) return;
        expect(book.places(String(name)), String(name)).toEqual([{ sheet: 'Assumptions', row: n, col: cols.value(k) }]);
        names++;
      });
    });
    expect(names).toBeGreaterThan(100);
  });

  it('reads inputs through names: the Cash flow and step sheets never hold a pasted input', async () => {
    const book = await readBook(await buildWorkbook(richCase(), {}));
    const cf = book.cells().filter((x) => x.sheet.startsWith('Cash flow'));
    const constants = cf.filter((x) => x.formula === null && typeof x.value === 'number');
    // Only the month numbers and the definitional zeros (kept(0), D and A without a programme) are constants.
    for (const x of constants) expect(/^A\d+$/.test(x.address) || x.value === 0, `${x.sheet}!${x.address}`).toBe(true);
    expect(cf.some((x) => x.formula?.includes('S1_Seg1_Churn'))).toBe(true);
    expect(cf.some((x) => x.formula?.includes('SUM(S1_Mom_VD)'))).toBe(true);
  });

  it('builds the large case with every number finite', async () => {
    const c = generateLargeCase({ scenarios: 1, segments: 10, moments: 10, horizon: 60 });
    const book = await readBook(await buildWorkbook(c, {}));
    const nums = book.cells().filter((x) => typeof x.value === 'number');
    expect(nums.length).toBeGreaterThan(5_000);
    expect(nums.every((x) => Number.isFinite(x.value))).toBe(true);
  });
});

describe('buildWorkbook: user text', () => {
  it('writes every piece of user text as a text cell, never a formula', async () => {
    const bytes = await buildWorkbook(injectionCase(), {});
    const book = await readBook(bytes);
    const cells = book.cells();
    for (const s of INJECTIONS) {
      const hits = cells.filter((x) => x.value === s);
      expect(hits.length, s).toBeGreaterThan(3);
      expect(hits.every((x) => x.formula === null && typeof x.value === 'string')).toBe(true);
    }
    const { sheets } = await sheetXml(bytes);
    const unescape = (x: string) => x.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    // Formulas may name a Cash flow sheet after its scenario, always quoted ('Cash flow – …'!A1): drop those.
    const formulas = sheets.flatMap((xml) => [...xml.matchAll(/<f>(.*?)<\/f>/g)].map((m) => unescape(m[1] ?? '').replace(/'(?:[^']|'')*'!/g, '')));
    expect(formulas.length).toBeGreaterThan(100);
    // The only links are the workbook's own, to its sheets ("#…"), with the app's label.
    expect(formulas.filter((f) => /HYPERLINK\("(?!#A1",)|cmd\||@SUM|-1\+1/.test(f))).toEqual([]);
    expect(book.wb.title).toBe(INJECTIONS[0]);
  });

  it('drops characters XML forbids and makes sheet names valid and unique', async () => {
    const c: Case = richCase();
    c.scenarios[0]!.name = 'Q1/Q2: [draft]*?\u0001';
    c.scenarios[1]!.name = "Q1/Q2: 'draft'";
    c.scenarios[0]!.segments[0]!.name = 'Bad\u0000name\u001F';
    const book = await readBook(await buildWorkbook(c, {}));
    const names = book.wb.worksheets.map((w) => w.name);
    expect(names).toContain('Cash flow – Q1 Q2 draft');
    expect(names).toContain('Cash flow – Q1 Q2 draft (2)');
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(book.cells().some((x) => x.value === 'Badname')).toBe(true);
  });
});

describe('buildWorkbook: presentation', () => {
  it('formats money in the case currency and fractions as percentages', async () => {
    const c = richCase();
    const eur = await readBook(await buildWorkbook(c, {}));
    const npv = eur.places('S1_NPV')[0]!;
    expect(eur.wb.getWorksheet(npv.sheet)!.getCell(npv.row, npv.col).numFmt).toContain('€');
    const churn = eur.places('S1_Seg1_Churn')[0]!;
    expect(eur.wb.getWorksheet(churn.sheet)!.getCell(churn.row, churn.col).numFmt).toBe('0.0%');
    c.currency = 'USD';
    const usd = await readBook(await buildWorkbook(c, {}));
    const p = usd.places('S1_NPV')[0]!;
    expect(usd.wb.getWorksheet(p.sheet)!.getCell(p.row, p.col).numFmt).toContain('$');
  });

  it('freezes headers, sets widths, prints landscape fit to width, and fills the document properties', async () => {
    const c = richCase();
    const bytes = await buildWorkbook(c, {});
    const book = await readBook(bytes);
    for (const ws of book.wb.worksheets) {
      expect(ws.pageSetup.orientation, ws.name).toBe('landscape');
      // Every page says which case and scenario it is, and which page of how many.
      expect(ws.headerFooter.oddHeader, ws.name).toContain(c.name);
      expect(ws.headerFooter.oddFooter, ws.name).toContain('Page &P of &N');
      expect(ws.getColumn(1).width ?? 0, ws.name).toBeGreaterThan(5);
      if (ws.name.startsWith('Cash flow')) {
        // Months down, series across readable pages, with the month column and heading row on each.
        expect(ws.pageSetup.fitToPage, ws.name).toBe(false);
        expect(ws.pageSetup.scale, ws.name).toBeGreaterThanOrEqual(70);
        expect(ws.pageSetup.printTitlesColumn, ws.name).toBe('A:A');
        expect(ws.pageSetup.printTitlesRow, ws.name).toBe('4:4');
        expect(ws.headerFooter.oddHeader, ws.name).toContain(ws.name.replace('Cash flow – ', ''));
      } else if (ws.name === 'Assumptions') {
        // One value column per scenario: across readable pages, with the label columns on each.
        expect(ws.pageSetup, ws.name).toMatchObject({ fitToPage: true, fitToWidth: 2, fitToHeight: 0 });
        expect(ws.pageSetup.printTitlesColumn, ws.name).toBe('A:C');
        expect(ws.pageSetup.printTitlesRow, ws.name).toBe('1:1');
      } else {
        expect(ws.pageSetup.fitToPage, ws.name).toBe(true);
        expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
        expect(ws.pageSetup.fitToHeight, ws.name).toBe(0);
      }
    }
    const cf = book.wb.getWorksheet('Cash flow – Base')!;
    expect(cf.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
    expect(book.wb.getWorksheet('Assumptions')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(book.wb.title).toBe(c.name);
    expect(book.wb.creator).toBe(c.author);
    expect(book.wb.created?.toISOString()).toBe(new Date(c.createdAt).toISOString());
    const { workbook } = await sheetXml(bytes);
    expect(workbook).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});
