/**
 * Model v2 in the exported workbook against a real spreadsheet engine: cases with growth,
 * inflation, capex (a life that runs past the horizon), tax on and off and both discounting
 * conventions go through ONE headless LibreOffice launch that recalculates every formula (cached
 * values are not trusted: see tests/support/libreoffice.ts); every v2 figure must equal the
 * engine's to 1e-9. Edits typed into the v2 input cells (tax rate, convention, inflation, capex,
 * fiscal year) must give the engine's figures for the edited case.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordOf } from '@electron-node/export/xlsx/choices';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { labels } from '@electron-node/export/xlsx/labels';
import { padYears } from '@electron-node/export/xlsx/sheets/summary';
import { padFiscal } from '@electron-node/export/xlsx/sheets/summary-fiscal';
import { MAX_HORIZON_MONTHS } from '@shared/case/fields';
import type { Case } from '@shared/case/schema';
import { parseCase } from '@shared/case/validate';
import { computeCase, type ScenarioResult } from '@shared/engine/compute';
import { generateCase } from '../../../../support/arbitraries';
import { recalculateXlsx } from '../../../../support/libreoffice';
import { richCase, samples } from './fixtures';
import { isErrorValue, readBook, relDiff, type ReadBook } from './read';

const TOL = 1e-9;

function valid(c: Case): Case {
  const r = parseCase(c);
  if (!r.ok) throw new Error(`not a valid case: ${JSON.stringify(r.problems)}`);
  return r.value;
}

interface V2 {
  discounting: Case['discounting'];
  taxRate: number;
}

/**
 * Every v2 field away from its default: a March start with an April fiscal year, 5% customer
 * growth, 4% volume growth, 3% wage and 2% cost inflation, 110 productive hours, and the first
 * cost line as capex with a life that runs past the horizon (plus a recurring capex line).
 */
function withV2(base: Case, o: V2): Case {
  const c = structuredClone(base);
  Object.assign(c, { startMonth: '2027-03', fiscalYearStartMonth: 4, wageInflation: 0.03, costInflation: 0.02, ...o });
  for (const s of c.scenarios) {
    s.segments.forEach((g, k) => (g.customerGrowth = k % 2 === 0 ? 0.05 : 0.01));
    s.service.volumeGrowth = 0.04;
    s.service.productiveHoursPerFte = 110;
    const [first, , third] = s.costLines;
    if (first) Object.assign(first, { accounting: 'capex', lifeMonths: c.horizonMonths + 6 });
    if (third) Object.assign(third, { accounting: 'capex', lifeMonths: 18 });
  }
  return valid(c);
}


const VARIANTS: [string, V2][] = [
  ['monthly-pretax', { discounting: 'monthly', taxRate: 0 }],
  ['monthly-tax', { discounting: 'monthly', taxRate: 0.25 }],
  ['yearend-pretax', { discounting: 'yearEnd', taxRate: 0 }],
  ['yearend-tax', { discounting: 'yearEnd', taxRate: 0.3 }],
];

/** A v2 case with the rich fixture's lines, taxed: the source of the live edits. */
const editBase = () => withV2(richCase(), { discounting: 'monthly', taxRate: 0.25 });

/** One change to one v2 input cell, made in the workbook and, identically, in the case. */
interface Edit {
  id: string;
  name: string;
  value: number | string;
  apply: (c: Case) => void;
}

const EDITS: Edit[] = [
  { id: 'tax-rate', name: 'Case_TaxRate', value: 0.4, apply: (c) => (c.taxRate = 0.4) },
  { id: 'tax-off', name: 'Case_TaxRate', value: 0, apply: (c) => (c.taxRate = 0) },
  { id: 'convention', name: 'Case_Discounting', value: wordOf('discounting', 'yearEnd', 'en'), apply: (c) => (c.discounting = 'yearEnd') },
  { id: 'wage-inflation', name: 'Case_WageInflation', value: 0.08, apply: (c) => (c.wageInflation = 0.08) },
  { id: 'cost-inflation', name: 'Case_CostInflation', value: 0.1, apply: (c) => (c.costInflation = 0.1) },
  { id: 'capex', name: 'S1_Cost2_Accounting', value: wordOf('accounting', 'capex', 'en'), apply: (c) => (c.scenarios[0]!.costLines[1]!.accounting = 'capex') },
  { id: 'life', name: 'S1_Cost1_Life', value: 12, apply: (c) => (c.scenarios[0]!.costLines[0]!.lifeMonths = 12) },
  { id: 'growth', name: 'S1_Seg2_Growth', value: 0.5, apply: (c) => (c.scenarios[0]!.segments[1]!.customerGrowth = 0.5) },
  { id: 'fiscal-year', name: 'Case_FiscalYearStart', value: 10, apply: (c) => (c.fiscalYearStartMonth = 10) },
  { id: 'start-month', name: 'Case_StartMonth', value: '2028-11', apply: (c) => (c.startMonth = '2028-11') },
];

async function editedWorkbook(base: Case, e: Edit): Promise<Uint8Array> {
  const bytes = await buildWorkbook(base, {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const [place] = (await readBook(bytes)).places(e.name);
  if (!place) throw new Error(`no cell for ${e.name}`);
  wb.getWorksheet(place.sheet)!.getCell(place.row, place.col).value = e.value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Job {
  c: Case;
  bytes: Uint8Array;
  edited: boolean;
  book?: ReadBook;
}

let dir: string;
const jobs = new Map<string, Job>();
const worst = { rel: 0, what: '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cxcase-xlsx-v2-'));
  const inDir = join(dir, 'in');
  mkdirSync(inDir);
  const all: { id: string; c: Case; bytes: Promise<Uint8Array>; edited?: boolean }[] = [];
  for (const s of samples())
    for (const [v, o] of VARIANTS) {
      const c = withV2(s.c, o);
      all.push({ id: `${s.name}-${v}`, c, bytes: buildWorkbook(c, {}) });
    }
  for (const [v, o] of VARIANTS) {
    const c = withV2(richCase(), o);
    all.push({ id: `rich-${v}`, c, bytes: buildWorkbook(c, {}) });
  }
  const it = withV2(richCase(), { discounting: 'yearEnd', taxRate: 0.25 });
  all.push({ id: 'rich-it', c: it, bytes: buildWorkbook(it, { lang: 'it' }) });
  // Generated cases drawing every v2 field (tax, capex lives, growth, inflation, both conventions, calendars).
  for (let seed = 1; seed <= 12; seed++) {
    const c = generateCase(seed, { finance: true });
    all.push({ id: `generated-${seed}`, c, bytes: buildWorkbook(c, {}) });
  }
  for (const seed of [101, 102, 103]) {
    const c = generateCase(seed, { finance: true, extremes: true });
    all.push({ id: `extreme-${seed}`, c, bytes: buildWorkbook(c, {}) });
  }
  for (const e of EDITS) {
    const c = editBase();
    e.apply(c);
    all.push({ id: `edit-${e.id}`, c, bytes: editedWorkbook(editBase(), e), edited: true });
  }
  const files: string[] = [];
  for (const j of all) {
    const bytes = await j.bytes;
    const file = join(inDir, `${j.id}.xlsx`);
    writeFileSync(file, bytes);
    files.push(file);
    jobs.set(j.id, { c: j.c, bytes, edited: j.edited ?? false });
  }
  const r = await recalculateXlsx(files, join(dir, 'out'), 600_000);
  for (const [input, output] of r.outputs) {
    const job = jobs.get(input.split('/').pop()!.replace(/\.xlsx$/, ''));
    if (job) job.book = await readBook(output);
  }
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(`LibreOffice, Model v2: ${jobs.size} workbooks; worst relative difference ${worst.rel.toExponential(2)} (${worst.what})`);
});

function book(id: string): ReadBook {
  const b = jobs.get(id)?.book;
  if (!b) throw new Error(`LibreOffice produced no workbook for ${id}`);
  return b;
}

function expectClose(actual: unknown, expected: number | string, what: string): void {
  if (typeof expected !== 'number') {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(typeof actual, `${what}: ${String(actual)} is not a number`).toBe('number');
  const a = actual as number;
  const plain = a === expected ? 0 : Math.abs(a - expected) / Math.max(Math.abs(a), Math.abs(expected));
  if (plain > worst.rel && Math.abs(a - expected) > 1e-9) {
    worst.rel = plain;
    worst.what = what;
  }
  expect(relDiff(a, expected), `${what}: LibreOffice ${a} vs engine ${expected}`).toBeLessThanOrEqual(TOL);
}


/** Every headline, year row, fiscal-year row and monthly series of every scenario equals the engine's. */
function expectParity(id: string, c: Case, results: ScenarioResult[] = computeCase(c)): number {
  const b = book(id);
  const C = labels(id.endsWith('-it') ? 'it' : 'en').common;
  let compared = 0;
  const close = (actual: unknown, expected: number | string, what: string) => {
    expectClose(actual, expected, `${id} ${what}`);
    compared++;
  };
  results.forEach((r, i) => {
    const p = `S${i + 1}`;
    const at = (what: string) => `${r.scenarioName} ${what}`;
    const payback = (m: number | null) => m ?? (r.paybackNote === 'noCosts' ? C.noCosts : C.never);
    close(b.value(`${p}_NPV`), r.npv, at('NPV'));
    close(b.value(`${p}_PVBenefits`), r.pvBenefits, at('PV benefits'));
    close(b.value(`${p}_PVCosts`), r.pvCosts, at('PV costs'));
    close(b.value(`${p}_ROI`), r.roi ?? C.na, at('ROI'));
    close(b.value(`${p}_Payback`), payback(r.paybackMonth), at('payback'));
    close(b.value(`${p}_DiscountedPayback`), payback(r.discountedPaybackMonth), at('discounted payback'));
    close(b.value(`${p}_PeakFunding`), r.peakFunding, at('peak funding'));
    close(b.value(`${p}_FTEAtHorizon`), r.fte.atHorizon, at('FTE at the horizon'));
    close(b.value(`${p}_FTELastYear`), r.fte.lastYearAverage, at('FTE last year'));
    const s = c.scenarios[i]!;
    const nRev = s.revenueLines.length;
    const nSav = s.savingLines.length;
    const key = (k: number) => (k < nRev ? `Rev${k + 1}` : k < nRev + nSav ? `Sav${k - nRev + 1}` : `Cost${k - nRev - nSav + 1}`);
    const tables: [string, 'YT' | 'FY', (x: readonly number[]) => number[], ScenarioResult['years']][] = [
      ['year', 'YT', padYears, r.years],
      ['fiscal year', 'FY', padFiscal, r.fiscalYears],
    ];
    for (const [label, prefix, pad, t] of tables) {
      const rows: [string, number[]][] = [
        ['Benefits', t.benefits],
        ['Costs', t.costs],
        ['Tax', t.tax],
        ['Net', t.net],
        ...t.lines.map((l, k): [string, number[]] => [key(k), l.values]),
      ];
      for (const [k, engine] of rows) {
        const got = b.values(`${p}_${prefix}_${k}`);
        const want = pad(engine);
        expect(got.length, `${id} ${at(`${label} row ${k} width`)}`).toBe(want.length);
        got.forEach((v, col) => close(v, want[col] ?? NaN, at(`${label} row ${k}[${col}]`)));
      }
    }
    const H = c.horizonMonths;
    const monthly: [string, readonly number[]][] = [
      ['Net', r.net],
      ['Tax', r.taxFlows.tax],
      ['Taxable', r.taxFlows.taxable],
      ['Opex', r.taxFlows.opex],
      ['Capex', r.taxFlows.capex],
      ['Depreciation', r.taxFlows.depreciation],
      ['DiscountedCumulative', r.discountedCumulative],
      ['FTE', r.fte.fte],
    ];
    for (const [k, engine] of monthly) {
      const got = b.values(`${p}_CF_${k}`);
      expect(got.length).toBe(MAX_HORIZON_MONTHS + 1);
      // Past the horizon flows are zero; the discounted cumulative holds its last value.
      got.forEach((v, m) => close(v, m <= H ? (engine[m] ?? NaN) : k === 'DiscountedCumulative' ? (engine[H] ?? NaN) : 0, at(`${k} month ${m}`)));
    }
  });
  return compared;
}

describe('Excel export, Model v2, in LibreOffice (recalculated)', () => {
  it('matches the engine on the samples with every v2 field set: both conventions, tax on and off, to 1e-9', () => {
    let n = 0;
    for (const s of samples()) for (const [v, o] of VARIANTS) n += expectParity(`${s.name}-${v}`, withV2(s.c, o));
    expect(n).toBeGreaterThan(5000);
  });

  it('exercises what it claims: tax shields, capex cut at the horizon, year-end factors, growth and a partial fiscal year', () => {
    const c = withV2(richCase(), { discounting: 'yearEnd', taxRate: 0.3 });
    const [r] = computeCase(c);
    const b = book('rich-yearend-tax');
    // A negative taxable month: the tax is a shield (negative), in the engine and in the workbook.
    const tax = b.values('S1_CF_Tax') as number[];
    expect(r!.taxFlows.tax.some((x) => x < 0)).toBe(true);
    expect(tax.some((x) => x < 0)).toBe(true);
    // The capex line's life runs past the horizon: its depreciation stops at the horizon, so less
    // than what was paid is depreciated within the case.
    const H = c.horizonMonths;
    const dep = (b.values('S1_CF_Depreciation') as number[]).reduce((a, x) => a + x, 0);
    const capex = (b.values('S1_CF_Capex') as number[]).reduce((a, x) => a + x, 0);
    expect(dep).toBeLessThan(capex);
    expect(b.values('S1_CF_Depreciation')[H + 1]).toBe(0);
    // Year-end: months 1..12 share (1 + r)^−1.
    const df = b.values('S1_CF_DF') as number[];
    for (let m = 1; m <= 12; m++) expectClose(df[m], 1 / (1 + c.discountRate), `DF month ${m}`);
    expectClose(df[13], (1 + c.discountRate) ** -2, 'DF month 13');
    // Growth steps in month 13 and inflation raises the recurring costs there.
    const g = b.values('S1_CF_Growth') as number[];
    expect(g[12]).toBe(1);
    expect(g[13]).not.toBe(1);
    // A March start with an April fiscal year: FY2027 holds one month (partial), FY2028 twelve.
    expect(b.values('S1_CF_FiscalYear').slice(0, 3)).toEqual([0, 2027, 2028]);
    expect(r!.fiscalYears.periods[0]).toMatchObject({ fiscalYear: 2027, partial: true });
    expectParity('rich-yearend-tax', c, [r!, ...computeCase(c).slice(1)]);
  });

  it('matches the engine on the rich case in all four variants and in Italian', () => {
    for (const [v, o] of VARIANTS) expectParity(`rich-${v}`, withV2(richCase(), o));
    expectParity('rich-it', jobs.get('rich-it')!.c);
  });

  it('matches the engine on generated cases drawing every v2 field, boundary values included', () => {
    let taxed = 0;
    let yearEnd = 0;
    for (const [id, job] of jobs) {
      if (!/^(generated|extreme)-/.test(id)) continue;
      expectParity(id, job.c);
      if (job.c.taxRate > 0) taxed++;
      if (job.c.discounting === 'yearEnd') yearEnd++;
    }
    expect(taxed).toBeGreaterThan(3);
    expect(yearEnd).toBeGreaterThan(2);
  });

  it('follows an edit of a v2 input typed in the workbook: the figures are the engine run with the same change', () => {
    const before = computeCase(editBase());
    for (const e of EDITS) {
      const job = jobs.get(`edit-${e.id}`)!;
      const b = book(`edit-${e.id}`);
      expect(b.value(e.name), e.id).toBe(e.value);
      const after = computeCase(job.c);
      expectParity(`edit-${e.id}`, job.c, after);
      // The edit matters, or the test would pass on a stale workbook: the NPV or the fiscal table moves.
      const moved = after.some((r, i) => Math.abs(r.npv - before[i]!.npv) > 1 || JSON.stringify(r.fiscalYears.net) !== JSON.stringify(before[i]!.fiscalYears.net));
      expect(moved, `${e.id} changes a figure`).toBe(true);
    }
  });

  it("recalculates every formula cell of the v2 workbooks to the engine's figure cached in the export, with no error value", async () => {
    let compared = 0;
    for (const [id, job] of jobs) {
      const b = book(id);
      const errors = b.cells().filter((x) => isErrorValue(x.value));
      expect(errors.map((x) => `${id} ${x.sheet}!${x.address} ${x.formula ?? ''}`)).toEqual([]);
      if (job.edited) continue; // cached results stale by design
      const lo = new Map(b.cells().map((x) => [`${x.sheet}!${x.address}`, x.value]));
      for (const x of (await readBook(job.bytes)).cells()) {
        // The IRR is no v2 figure (libreoffice.test.ts holds it to the engine on the v1 cases). On a few
        // drawn cases LibreOffice finds a root above 1,000% a month that the engine's bounded search
        // does not: the workbook then says "not meaningful" where the app says "n/a".
        if (x.formula === null || /IRR/.test(x.formula)) continue;
        const got = lo.get(`${x.sheet}!${x.address}`);
        const where = `${id} ${x.sheet}!${x.address} ${x.formula}`;
        if (typeof x.value === 'number') expectClose(got, x.value, where);
        else if (x.value === '' || x.value === undefined) expect(got === '' || got === undefined, where).toBe(true);
        else expect(got, where).toEqual(x.value);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50_000);
  }, 600_000);
});
