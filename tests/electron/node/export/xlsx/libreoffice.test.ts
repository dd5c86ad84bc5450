/**
 * The exported workbook against a real spreadsheet engine. Every workbook of this file goes through
 * ONE headless LibreOffice launch that opens it, recalculates every formula and saves it again; the
 * tests then read LibreOffice's figures and compare them with the engine's.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import type { Case } from '@shared/case/schema';
import { labels } from '@electron-node/export/xlsx/labels';
import { padYears } from '@electron-node/export/xlsx/sheets/summary';
import { MAX_HORIZON_MONTHS } from '@shared/case/fields';
import { breakdown } from '@shared/engine/breakdown';
import { computeCase, type ScenarioResult } from '@shared/engine/compute';
import { generateCase, generateCases } from '../../../../support/arbitraries';
import { recalculateXlsx } from '../../../../support/libreoffice';
import { injectionCase, INJECTIONS, richCase, samples } from './fixtures';
import { assumptionsSheet, isErrorValue, readBook, relDiff, type ReadBook } from './read';

const TOL = 1e-9;


/** One change to one assumption cell, made in the workbook and, identically, in the case. */
interface Edit {
  id: string;
  base: Case;
  name: string;
  value: number | boolean | string;
  apply: (c: Case) => void;
}

function edits(): Edit[] {
  const rich = richCase();
  return [
    { id: 'discount', base: rich, name: 'Case_DiscountRate', value: 0.14, apply: (c) => (c.discountRate = 0.14) },
    { id: 'churn', base: rich, name: 'S1_Seg1_Churn', value: 0.2, apply: (c) => (c.scenarios[0]!.segments[0]!.annualChurn = 0.2) },
    { id: 'deflection', base: rich, name: 'S2_Mom2_Deflection', value: 0.4, apply: (c) => (c.scenarios[1]!.moments[1]!.deflectionRate = 0.4) },
    { id: 'haircut', base: rich, name: 'S1_Sav3_Haircut', value: 0.35, apply: (c) => (c.scenarios[0]!.savingLines[2]!.haircut = 0.35) },
    { id: 'cost', base: rich, name: 'S2_Cost1_Amount', value: 250_000, apply: (c) => (c.scenarios[1]!.costLines[0]!.amount = 250_000) },
    { id: 'ramp', base: rich, name: 'S1_Rev1_Ramp', value: 12, apply: (c) => (c.scenarios[0]!.revenueLines[0]!.rampMonths = 12) },
    // Flags and choices are live too: switch a line off, turn a one-off cost into a recurring one.
    { id: 'enabled', base: rich, name: 'S1_Sav1_Enabled', value: false, apply: (c) => (c.scenarios[0]!.savingLines[0]!.enabled = false) },
    { id: 'kind', base: rich, name: 'S2_Cost2_Kind', value: 'Recurring', apply: (c) => (c.scenarios[1]!.costLines[1]!.kind = 'recurring') },
  ];
}

/**
 * Words the formulas do not know, pasted past the cells' validation (paste bypasses it): the
 * workbook must show an error, never silently read a recurring cost as a one-off.
 */
function badEdits(): Edit[] {
  const rich = richCase();
  return [
    { id: 'kind', base: rich, name: 'S1_Cost3_Kind', value: 'ricorrente', apply: () => undefined },
    { id: 'volume-mode', base: rich, name: 'S1_Mom2_Mode', value: 'quota', apply: () => undefined },
    { id: 'churn-mode', base: rich, name: 'S1_Rev1_Mode', value: 'soddisfazione', apply: () => undefined },
  ];
}

/** The horizons finance may type in the workbook: the shortest, two common ones, the longest. */
const HORIZONS = [12, 36, 60, MAX_HORIZON_MONTHS] as const;

function withHorizon(c: Case, h: number): Case {
  return { ...c, horizonMonths: h };
}

/**
 * Edits that push an assumption past its published range, and the same edit undone (typed back to
 * the exported value): the Checks sheet must raise the flag, then drop it.
 */
function flagEdits(): (Edit & { then?: number | boolean | string })[] {
  const rich = richCase();
  const was = rich.scenarios[0]!.moments[0]!.deflectionRate;
  return [
    { id: 'on', base: rich, name: 'S1_Mom1_Deflection', value: 0.55, apply: (c) => (c.scenarios[0]!.moments[0]!.deflectionRate = 0.55) },
    { id: 'undone', base: rich, name: 'S1_Mom1_Deflection', value: 0.55, then: was, apply: () => undefined },
    { id: 'discount', base: rich, name: 'Case_DiscountRate', value: 0.05, apply: (c) => (c.discountRate = 0.05) },
    // Pasted over the validation: a recurring cost in month 0 (the schema refuses it; the workbook flags it).
    { id: 'cost-pair', base: rich, name: 'S1_Cost3_Month', value: 0, apply: () => undefined },
  ];
}

async function editedWorkbook(e: Edit & { then?: number | boolean | string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await buildWorkbook(e.base, {})) as unknown as ArrayBuffer);
  const book = await readBook(await buildWorkbook(e.base, {}));
  const [place] = book.places(e.name);
  if (!place) throw new Error(`no cell for ${e.name}`);
  const cell = wb.getWorksheet(place.sheet)!.getCell(place.row, place.col);
  cell.value = e.value;
  if (e.then !== undefined) cell.value = e.then;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The Checks sheet's status names (TRUE = flagged) that the engine's flags say should be TRUE. */
function expectedChecks(c: Case, results: ScenarioResult[]): Set<string> {
  const out = new Set<string>();
  for (const r of results) {
    const p = `S${c.scenarios.findIndex((s) => s.id === r.scenarioId) + 1}`;
    for (const f of r.flags) {
      const path = f.path.join('.');
      if (path === 'discountRate') out.add('Case_Chk_DiscountRate');
      const [, , kind, i, key] = f.path;
      const n = typeof i === 'number' ? i + 1 : 0;
      if (kind === 'moments') out.add(`${p}_Chk_Mom${n}_${key === 'deflectionRate' ? 'Deflection' : 'AI'}`);
      if (kind === 'revenueLines') out.add(`${p}_Chk_Rev${n}_${key === 'haircut' ? 'Haircut' : key === 'uplift' ? 'Uplift' : 'Rho'}`);
      if (kind === 'savingLines') out.add(`${p}_Chk_Sav${n}_Haircut`);
      if (kind === 'service') out.add(`${p}_Chk_Svc_${i === 'aiCostPerResolution' ? 'AiCost' : 'SelfServiceCost'}`);
      if (kind === 'result') out.add(`${p}_Chk_Payback`);
    }
  }
  return out;
}

/** Every check status the recalculated workbook raises. */
function raisedChecks(b: ReadBook): Set<string> {
  return new Set([...b.names.keys()].filter((n) => /_Chk_/.test(n) && b.value(n) === true));
}

/** A formula whose cached result is wrong on purpose: proves LibreOffice recalculated rather than trusted the file. */
async function staleWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Check');
  ws.getCell('A1').value = 20;
  ws.getCell('A2').value = { formula: 'A1*2+2', result: 5 };
  wb.definedNames.add('Check!$A$2', 'Stale');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Job {
  id: string;
  c: Case;
  bytes: Uint8Array;
  recalculated?: ReadBook;
}

/** The rich case with every cost line of its first scenario excluded: nothing to pay back there. */
function noCostsCase(): Case {
  const c = richCase();
  c.scenarios[0]!.costLines.forEach((l) => (l.enabled = false));
  return c;
}

let dir: string;
const jobs = new Map<string, Job>();
const worst = { rel: 0, irr: 0, what: '' };
let loMs = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cxcase-xlsx-lo-'));
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  mkdirSync(inDir);
  const all: { id: string; c: Case; bytes: Promise<Uint8Array> }[] = [
    ...samples().map((s) => ({ id: `sample-${s.name}`, c: s.c, bytes: buildWorkbook(s.c, {}) })),
    ...generateCases(20).map((c, i) => ({ id: `generated-${i + 1}`, c, bytes: buildWorkbook(c, {}) })),
    // Boundary values (zeros, 1e12 money, 1e10 counts, 100% churn): no error value, same figures.
    ...[101, 102, 103, 104, 105].map((seed) => {
      const c = generateCase(seed, { extremes: true });
      return { id: `extreme-${seed}`, c, bytes: buildWorkbook(c, {}) };
    }),
    { id: 'rich', c: richCase(), bytes: buildWorkbook(richCase(), {}) },
    { id: 'rich-it-one-scenario', c: richCase(), bytes: buildWorkbook(richCase(), { lang: 'it', scenarioIds: [richCase().scenarios[1]!.id] }) },
    { id: 'injection', c: injectionCase(), bytes: buildWorkbook(injectionCase(), {}) },
    { id: 'no-costs', c: noCostsCase(), bytes: buildWorkbook(noCostsCase(), {}) },
    { id: 'no-costs-it', c: noCostsCase(), bytes: buildWorkbook(noCostsCase(), { lang: 'it' }) },
    ...edits().map((e) => {
      const changed = structuredClone(e.base);
      e.apply(changed);
      return { id: `edit-${e.id}`, c: changed, bytes: editedWorkbook(e) };
    }),
    ...badEdits().map((e) => ({ id: `bad-${e.id}`, c: e.base, bytes: editedWorkbook(e) })),
    ...HORIZONS.map((h) => ({ id: `horizon-${h}`, c: withHorizon(richCase(), h), bytes: editedWorkbook({ id: `horizon-${h}`, base: richCase(), name: 'Case_Horizon', value: h, apply: () => undefined }) })),
    ...flagEdits().map((e) => {
      const changed = structuredClone(e.base);
      e.apply(changed);
      return { id: `flag-${e.id}`, c: changed, bytes: editedWorkbook(e) };
    }),
    { id: 'stale', c: richCase(), bytes: staleWorkbook() },
  ];
  const files: string[] = [];
  for (const j of all) {
    const bytes = await j.bytes;
    const file = join(inDir, `${j.id}.xlsx`);
    writeFileSync(file, bytes);
    files.push(file);
    jobs.set(j.id, { id: j.id, c: j.c, bytes });
  }
  const r = await recalculateXlsx(files, outDir, 600_000);
  loMs = r.ms;
  for (const [input, output] of r.outputs) {
    const id = input.split('/').pop()!.replace(/\.xlsx$/, '');
    const job = jobs.get(id);
    if (job) job.recalculated = await readBook(output);
  }
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  // The measured agreement, for the record (the report quotes it).
  console.log(`LibreOffice: ${jobs.size} workbooks in ${(loMs / 1000).toFixed(1)} s; worst relative difference ${worst.rel.toExponential(2)} (${worst.what}); worst IRR difference ${worst.irr.toExponential(2)}`);
});

function book(id: string): ReadBook {
  const b = jobs.get(id)?.recalculated;
  if (!b) throw new Error(`LibreOffice produced no workbook for ${id}`);
  return b;
}

function expectClose(actual: unknown, expected: number | string | null, what: string, irr = false): void {
  if (typeof expected === 'number') {
    expect(typeof actual, `${what}: ${String(actual)} is not a number`).toBe('number');
    const d = relDiff(actual as number, expected);
    // For the record: the plain relative difference, without relDiff's absolute floor near zero.
    const plain = actual === expected ? 0 : Math.abs((actual as number) - expected) / Math.max(Math.abs(actual as number), Math.abs(expected));
    if (irr) worst.irr = Math.max(worst.irr, plain);
    else if (plain > worst.rel) {
      worst.rel = plain;
      worst.what = what;
    }
    expect(d, `${what}: LibreOffice ${String(actual)} vs engine ${expected}`).toBeLessThanOrEqual(TOL);
  } else expect(actual, what).toBe(expected);
}

/** Every Summary figure and every monthly net of every exported scenario equals the engine's. */
function expectParity(id: string, c: Case, results: ScenarioResult[] = computeCase(c), na = 'n/a', never = 'never', noCosts = '— (no costs to pay back)'): void {
  const b = book(id);
  for (const r of results) {
    const p = `S${c.scenarios.findIndex((s) => s.id === r.scenarioId) + 1}`;
    if (!b.names.has(`${p}_NPV`)) continue; // not exported (one-scenario export)
    const at = (what: string) => `${id} ${r.scenarioName} ${what}`;
    expectClose(b.value(`${p}_NPV`), r.npv, at('NPV'));
    expectClose(b.value(`${p}_PVBenefits`), r.pvBenefits, at('PV benefits'));
    expectClose(b.value(`${p}_PVCosts`), r.pvCosts, at('PV costs'));
    expectClose(b.value(`${p}_ROI`), r.roi ?? na, at('ROI'));
    expectClose(b.value(`${p}_Payback`), r.paybackMonth ?? (r.paybackNote === 'noCosts' ? noCosts : never), at('payback'));
    expectClose(b.value(`${p}_IRRMonthly`), r.monthlyIrr ?? na, at('monthly IRR'), true);
    expectClose(b.value(`${p}_IRR`), r.irr ?? na, at('IRR'), true);
    const L = labels(na === 'n/d' ? 'it' : 'en');
    expectClose(b.value(`${p}_IRRShown`), r.irr === null ? na : r.irrNote === 'above1000' ? L.irrAbove : r.irrNote === 'smallInvestment' ? L.irrSmall : r.irr, at('IRR as shown'), true);
    const bd = breakdown(r);
    for (const [key, a] of [['Revenue', bd.revenue], ['Savings', bd.savings], ['Benefits', bd.benefits], ['Costs', bd.costs]] as const) {
      const got = b.values(`${p}_BD_${key}`);
      [a.unadjusted.total, a.unadjusted.pv, a.riskAdjusted.total, a.riskAdjusted.pv].forEach((v, k) => expectClose(got[k], v, at(`breakdown ${key}[${k}]`)));
    }
    const rows: [string, number[]][] = [
      ['Benefits', r.years.benefits],
      ['Costs', r.years.costs],
      ['Net', r.years.net],
      ...r.years.lines.map((l, i): [string, number[]] => {
        const s = c.scenarios.find((x) => x.id === r.scenarioId)!;
        const nRev = s.revenueLines.length;
        const nSav = s.savingLines.length;
        const key = i < nRev ? `Rev${i + 1}` : i < nRev + nSav ? `Sav${i - nRev + 1}` : `Cost${i - nRev - nSav + 1}`;
        return [key, l.values];
      }),
    ];
    for (const [key, expected] of rows) {
      // Ten year columns whatever the horizon: the years past it hold zero.
      const got = b.values(`${p}_YT_${key}`);
      const want = padYears(expected);
      expect(got.length, at(`year row ${key} width`)).toBe(want.length);
      got.forEach((v, k) => expectClose(v, want[k] ?? NaN, at(`year row ${key}[${k}]`)));
    }
    // 121 months whatever the horizon: the months past it are zero.
    const net = b.values(`${p}_CF_Net`);
    expect(net.length, at('months')).toBe(MAX_HORIZON_MONTHS + 1);
    net.forEach((n, m) => expectClose(n, r.net[m] ?? 0, at(`net month ${m}`)));
  }
}

describe('Excel export in LibreOffice (headless, recalculated)', () => {
  it('recalculates on load instead of trusting cached results (the check the other tests rely on)', () => {
    expect(book('stale').value('Stale')).toBe(42);
  });

  it('has the samples to check', () => {
    expect(samples().length).toBeGreaterThanOrEqual(2);
  });

  it('matches the engine for every sample: every Summary figure and every monthly net, to 1e-9 relative', () => {
    for (const s of samples()) expectParity(`sample-${s.name}`, s.c);
  });

  it('matches the engine for 20 generated cases', () => {
    for (let i = 1; i <= 20; i++) {
      const job = jobs.get(`generated-${i}`)!;
      expectParity(job.id, job.c);
    }
  });

  it('matches the engine for generated cases with boundary values', () => {
    for (const seed of [101, 102, 103, 104, 105]) {
      const job = jobs.get(`extreme-${seed}`)!;
      expectParity(job.id, job.c);
    }
  });

  it('matches the engine for a case with every kind of line, and for a one-scenario Italian export', () => {
    expectParity('rich', richCase());
    const c = jobs.get('rich-it-one-scenario')!.c;
    expectParity('rich-it-one-scenario', c, computeCase(c), 'n/d', 'mai');
    expect(book('rich-it-one-scenario').names.has('S1_NPV')).toBe(false);
  });

  it('shows no payback month where a scenario has no costs ("—, no costs to pay back"), as the app, in both languages', () => {
    const c = noCostsCase();
    const results = computeCase(c);
    expect(results[0]!.paybackNote).toBe('noCosts');
    expect(results[1]!.paybackMonth).not.toBeNull();
    expect(book('no-costs').value('S1_Payback')).toBe('— (no costs to pay back)');
    expect(book('no-costs-it').value('S1_Payback')).toBe('— (nessun costo da ripagare)');
    expectParity('no-costs', c, results);
    expectParity('no-costs-it', c, results, 'n/d', 'mai', '— (nessun costo da ripagare)');
  });

  it('follows a changed assumption: write one cell, recalculate, and NPV equals the engine on the changed case', () => {
    for (const e of edits()) {
      const job = jobs.get(`edit-${e.id}`)!;
      const b = book(job.id);
      expect(b.value(e.name), e.id).toBe(e.value);
      const before = computeCase(e.base);
      const after = computeCase(job.c);
      after.forEach((r, i) => {
        expectClose(b.value(`S${i + 1}_NPV`), r.npv, `${e.id}: scenario ${i + 1} NPV`);
        // The change must matter where it applies, or the test would pass on a stale workbook.
        if (e.id === 'discount' || e.name.startsWith(`S${i + 1}_`)) expect(r.npv, `${e.id} moves NPV`).not.toBeCloseTo(before[i]!.npv, 2);
      });
      expectParity(job.id, job.c);
    }
  });

  it('follows the horizon typed in the workbook: 12, 36, 60 and 120 months give the engine run with that horizon, to 1e-9', () => {
    const npvs = new Set<number>();
    for (const h of HORIZONS) {
      const id = `horizon-${h}`;
      const c = withHorizon(richCase(), h);
      const b = book(id);
      expect(b.value('Case_Horizon'), id).toBe(h);
      const results = computeCase(c);
      expectParity(id, c, results);
      npvs.add(Math.round(results[0]!.npv));
      // Past the horizon every month is zero, and the payback search stops at the horizon.
      b.values('S1_CF_Benefits').forEach((v, m) => m > h && expect(v, `${id} benefits month ${m}`).toBe(0));
      b.values('S1_CF_Costs').forEach((v, m) => m > h && expect(v, `${id} costs month ${m}`).toBe(0));
    }
    // Each horizon gives its own NPV: the horizon cell is live, not decoration.
    expect(npvs.size).toBe(HORIZONS.length);
  });

  it("raises on the Checks sheet exactly the engine's credibility flags, in every workbook", () => {
    let compared = 0;
    for (const job of jobs.values()) {
      if (job.id.startsWith('bad-') || job.id === 'stale') continue;
      const b = book(job.id);
      const want = [...expectedChecks(job.c, computeCase(job.c))].filter((n) => b.names.has(n));
      if (job.id === 'flag-cost-pair') want.push('S1_Chk_Cost3_Month');
      expect([...raisedChecks(b)].sort(), job.id).toEqual(want.sort());
      expect(b.value('Case_Chk_DiscountRate') === true || b.value('Case_Chk_DiscountRate') === false, job.id).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('shows a flag on the Checks sheet when an input edit pushes a value past its range, and drops it when the edit is undone', () => {
    expect(book('rich').value('S1_Chk_Mom1_Deflection')).toBe(false);
    expect(book('flag-on').value('S1_Chk_Mom1_Deflection')).toBe(true);
    expect(book('flag-undone').value('S1_Chk_Mom1_Deflection')).toBe(false);
    expect(book('flag-discount').value('Case_Chk_DiscountRate')).toBe(true);
    expect(book('rich').value('Case_Chk_DiscountRate')).toBe(false);
    // The count at the top of the sheet follows.
    const count = (id: string) => raisedChecks(book(id)).size;
    expect(count('flag-on')).toBe(count('rich') + 1);
    expect(count('flag-undone')).toBe(count('rich'));
    // A recurring cost pasted into month 0 (past the cell's validation) is flagged, not silently moved.
    expect(book('rich').value('S1_Chk_Cost3_Month')).toBe(false);
    expect(book('flag-cost-pair').value('S1_Chk_Cost3_Month')).toBe(true);
  });

  it('shows an error, not a silently different total, when a choice cell holds a word the formulas do not know', () => {
    const before = computeCase(richCase());
    for (const e of badEdits()) {
      const b = book(`bad-${e.id}`);
      expect(b.value(e.name), e.id).toBe(e.value);
      expect(isErrorValue(b.value('S1_NPV')), `${e.id}: S1 NPV ${String(b.value('S1_NPV'))}`).toBe(true);
      // The other scenario does not read that cell: it still matches the engine.
      expectClose(b.value('S2_NPV'), before[1]!.npv, `${e.id}: S2 NPV`);
    }
  });

  it("keeps every Assumptions cell's data validation through LibreOffice's open-and-save", async () => {
    let checked = 0;
    for (const id of ['rich', 'rich-it-one-scenario']) {
      const exported = await readBook(jobs.get(id)!.bytes);
      const saved = book(id);
      const { ws, cols, n: scenarios } = assumptionsSheet(exported);
      const sheet = ws.name;
      const back = saved.wb.getWorksheet(sheet)!;
      // Every named value cell, scenario column by scenario column.
      const named: { n: number; col: number; name: string }[] = [];
      ws.eachRow((row, n) => {
        for (let k = 0; k < scenarios; k++) {
          const name = row.getCell(cols.name(k)).value;
          if (n > 1 && name !== null && !row.getCell(cols.value(k)).formula) named.push({ n, col: cols.value(k), name: String(name) });
        }
      });
      for (const { n, col, name } of named) {
        const want = ws.getCell(n, col).dataValidation;
        const got = back.getCell(n, col).dataValidation;
        const where = `${id} ${sheet}!${ws.getCell(n, col).address} ${name}`;
        expect(got, where).toBeDefined();
        expect(got.type, where).toBe(want.type);
        expect(String(got.formulae[0]), where).toBe(String(want.formulae[0]));
        if (want.operator === 'between') expect(String(got.formulae[1]), where).toBe(String(want.formulae[1]));
        expect(got.operator ?? 'between', where).toBe(want.operator ?? 'between');
        expect(Boolean(got.allowBlank), where).toBe(Boolean(want.allowBlank));
        expect(got.showErrorMessage, where).toBe(true);
        expect(got.errorStyle ?? 'stop', where).toBe('stop');
        expect(got.errorTitle, where).toBe(want.errorTitle);
        expect(got.error, where).toBe(want.error);
        expect(got.prompt, where).toBe(want.prompt);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('opens every workbook with every sheet and defined name kept, and no cell anywhere holds an error value', async () => {
    for (const job of jobs.values()) {
      if (job.id.startsWith('bad-')) continue; // errors on purpose (the test above)
      const b = book(job.id);
      const errors = b.cells().filter((x) => isErrorValue(x.value));
      expect(errors.map((x) => `${job.id} ${x.sheet}!${x.address} ${x.formula ?? ''} = ${JSON.stringify(x.value)}`)).toEqual([]);
      // A formula LibreOffice could not evaluate would come back without a value. exceljs reads an
      // empty text result ("" — e.g. no payback in that month) as no value too, so such a cell must
      // also read as empty in the export (whose cached results are the engine's).
      // (Edited workbooks carry stale cached results by design; the error check above covers them.)
      // Nothing was dropped or repaired away on opening: every sheet, in order, and every defined name.
      const original = await readBook(job.bytes);
      expect(b.wb.worksheets.map((w) => w.name), job.id).toEqual(original.wb.worksheets.map((w) => w.name));
      expect([...original.names.keys()].filter((n) => !b.names.has(n)), job.id).toEqual([]);
      if (/^(edit|horizon|flag)-/.test(job.id)) continue;
      const exported = new Map(original.cells().map((x) => [`${x.sheet}!${x.address}`, x.value]));
      const empty = b.cells().filter((x) => {
        if (x.formula === null || x.value !== undefined) return false;
        const engine = exported.get(`${x.sheet}!${x.address}`);
        return engine !== undefined && engine !== '';
      });
      expect(empty.map((x) => `${job.id} ${x.sheet}!${x.address} ${x.formula}`)).toEqual([]);
    }
  }, 240_000);

  it("recalculates every formula cell, on every sheet, to the engine's figure cached in the export", async () => {
    let compared = 0;
    for (const job of jobs.values()) {
      if (/^(edit|bad|horizon|flag)-/.test(job.id) || job.id === 'stale') continue; // cached results stale by design
      const lo = new Map(book(job.id).cells().map((x) => [`${x.sheet}!${x.address}`, x.value]));
      for (const x of (await readBook(job.bytes)).cells()) {
        if (x.formula === null) continue;
        const got = lo.get(`${x.sheet}!${x.address}`);
        const where = `${job.id} ${x.sheet}!${x.address} ${x.formula}`;
        if (typeof x.value === 'number') expectClose(got, x.value, where);
        else if (x.value === '' || x.value === undefined) expect(got === '' || got === undefined, where).toBe(true);
        else expect(got, where).toEqual(x.value);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50_000);
  }, 240_000);

  it('keeps user text as text: names that look like formulas come back unchanged, never as formulas', () => {
    const b = book('injection');
    const cells = b.cells();
    for (const s of INJECTIONS) {
      const hits = cells.filter((x) => x.value === s);
      expect(hits.length, `${s} appears as text`).toBeGreaterThan(3);
      expect(hits.every((x) => x.formula === null)).toBe(true);
    }
    // Formulas may name a Cash flow sheet after its scenario, always quoted ('Cash flow – …'!A1): drop those.
    const formulas = cells.filter((x) => x.formula !== null).map((x) => (x.formula ?? '').replace(/'(?:[^']|'')*'!/g, ''));
    // The only links are the workbook's own, to its sheets ("#…"), with the app's label; LibreOffice keeps them.
    expect(formulas.filter((f) => /HYPERLINK\("(?!#A1",)|cmd\||@SUM|-1\+1/i.test(f))).toEqual([]);
    expect(formulas.filter((f) => f.startsWith('HYPERLINK("#A1",')).length).toBeGreaterThan(0);
    expect(cells.some((x) => x.value === 'y' || x.value === 0 && x.sheet === 'Sources')).toBe(false);
    expectParity('injection', injectionCase());
  });
});
