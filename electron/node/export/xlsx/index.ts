/**
 * The Excel export: a case (one scenario, several, or all) as a live-formula .xlsx workbook.
 * Pure apart from building bytes: no file is written here, so the app's save handler, the browser
 * mode's download and the CLI share it.
 *
 * Sheets: Summary, Scenarios (when several are exported), Assumptions (every input, with a defined
 * name), Segments, Moments, Benchmarks, Revenue, Savings, Costs, a Cash flow sheet per scenario,
 * Risk (register as inputs; tornado, break-evens, Monte Carlo as stamped values), Sources. Every figure is a formula that reproduces the engine (shared/engine) and carries the
 * engine's value as its cached result; the workbook asks for a full recalculation on load.
 */
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { Case } from '@shared/case/schema';
import { cleanText, ExportError } from './cells';
import { nameRegistry, type Ctx } from './context';
import { formats } from './formats';
import { labels, type Labels, type Lang } from './labels';
import { CF_HEADER_ROW, planScenario } from './plan';
import { cashFlowTabs } from './tabs';
import { writeAssumptions } from './sheets/assumptions';
import { writeCashFlow } from './sheets/cashflow';
import { writeChecks } from './sheets/checks';
import { writeConstants } from './sheets/constants';
import { writeCover } from './sheets/cover';
import { startAnalyses } from '@electron-node/risk/analyses';
import { VERSION as APP_VERSION } from '../../cli/version';
import { writeRisk } from './sheets/risk';
import { writeRoundTrip } from './sheets/roundtrip';
import { writeSources } from './sheets/sources';
import { writeXlsx } from './write/package';
import { writeBenchmarks, writeCosts, writeMoments, writeRevenue, writeSavings, writeSegments } from './sheets/steps';
import { writeScenarios, writeSummary } from './sheets/summary';

export { ExportError } from './cells';
export type { Lang } from './labels';

export interface XlsxOptions {
  /** Scenario ids to export, in the case's order; null or absent = every scenario. */
  scenarioIds?: readonly string[] | null;
  lang?: Lang;
  /** The app's version, shown on the Read me sheet. */
  appVersion?: string;
  /** When the export is made (default: now), shown on the Read me sheet. */
  exportedAt?: Date;
  /** The risk worker thread's file (electron/node/risk/analyses.ts); null = analyse in this thread. */
  riskWorker?: string | null;
}

function pickScenarios(c: Case, ids: readonly string[] | null | undefined): number[] {
  if (ids === null || ids === undefined) return c.scenarios.map((_, i) => i);
  if (ids.length === 0) throw new ExportError('Choose at least one scenario to export');
  const known = new Set(c.scenarios.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ExportError(`No scenario with id ${unknown.map((x) => `"${x}"`).join(', ')} in this case`);
  const wanted = new Set(ids);
  return c.scenarios.flatMap((s, i) => (wanted.has(s.id) ? [i] : []));
}

/** A sheet printed across pages: its label columns repeated on each, at a fixed scale or so many pages wide. */
interface Across {
  titleCols: string;
  pagesWide?: number;
}

/** Header and footer text: "&" is a code there, so a literal one is doubled. */
const hf = (s: string) => cleanText(s).replace(/&/g, '&&');

/**
 * Every sheet prints landscape on A4 with the case and scenario in the header and "page x of y" in the
 * footer. Cash flow sheets print at a readable scale, months down and series across several pages,
 * with the month column and the heading row repeated on every page; so does the Assumptions sheet (its
 * label columns repeated beside each page of scenario columns); the others fit to the page width.
 */
function printSetup(ws: Worksheet, L: Labels, caseName: string, scenario: string, across: Across | null, headRow: number | null): void {
  const wide = (a: Across) => (a.pagesWide === undefined ? { fitToPage: false, scale: 70 } : { fitToPage: true, fitToWidth: a.pagesWide, fitToHeight: 0 });
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    ...(across !== null ? { ...wide(across), printTitlesColumn: across.titleCols } : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
    ...(headRow === null ? {} : { printTitlesRow: `${headRow}:${headRow}` }),
  };
  ws.headerFooter = {
    oddHeader: `&L&B${hf(caseName)}&B&R${hf(scenario)}`,
    oddFooter: `&L${hf(ws.name)}&R${L.print.page}`,
  };
}

/** Builds the workbook's bytes. Throws ExportError on a request it cannot honour (unknown scenario). */
export async function buildWorkbook(c: Case, opts: XlsxOptions = {}): Promise<Uint8Array> {
  const out = await writeXlsx(await composeWorkbook(c, opts));
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * The workbook before it becomes bytes: every sheet, formula, style and name. buildWorkbook writes it
 * with ./write (exceljs's parts, faster); the tests also write it with exceljs's writeBuffer, the reference.
 */
export async function composeWorkbook(c: Case, opts: XlsxOptions = {}): Promise<ExcelJS.Workbook> {
  const lang: Lang = opts.lang ?? 'en';
  const L = labels(lang);
  const indices = pickScenarios(c, opts.scenarioIds);
  // Started first: worker threads analyse the scenarios' risk while the sheets below are built.
  const risks = startAnalyses(c, indices, opts.riskWorker === undefined ? {} : { workerFile: opts.riskWorker });

  const wb = new ExcelJS.Workbook();
  wb.creator = c.author || 'CX Case';
  wb.lastModifiedBy = c.author || 'CX Case';
  wb.title = c.name;
  wb.subject = c.client;
  wb.company = c.client;
  wb.description = L.summary.recalcNote;
  wb.created = new Date(c.createdAt);
  wb.modified = new Date(c.updatedAt);
  // Viewers that recalculate do so on open; the cached results serve those that do not.
  wb.calcProperties.fullCalcOnLoad = true;

  const taken = new Set<string>();
  const sheets = new Map<keyof Labels['sheets'], Worksheet>();
  const add = (key: keyof Labels['sheets']) => {
    const ws = wb.addWorksheet(L.sheets[key]);
    taken.add(L.sheets[key].toLowerCase());
    sheets.set(key, ws);
  };
  // Tab order: what finance reads first, then the inputs, the steps, the monthly model, the sources.
  add('cover');
  add('summary');
  if (indices.length > 1) add('scenarios');
  add('assumptions');
  add('checks');
  for (const key of ['segments', 'moments', 'benchmarks', 'revenue', 'savings', 'costs'] as const) add(key);
  taken.add(L.sheets.sources.toLowerCase());
  taken.add(L.sheets.risk.toLowerCase());
  taken.add(L.sheets.constants.toLowerCase());
  const tabs = cashFlowTabs(L.sheets.cashFlow, indices.map((i) => c.scenarios[i]?.name ?? ''), taken);
  const plans = indices.map((i, k) => {
    const s = c.scenarios[i];
    if (!s) throw new ExportError('Internal: scenario index out of range');
    return planScenario(c, s, i, tabs[k] ?? '');
  });
  const cfSheets = plans.map((plan) => wb.addWorksheet(plan.cfSheet));
  add('risk');
  add('constants');
  add('sources');

  const ctx: Ctx = {
    wb,
    c,
    lang,
    L,
    f: formats(c.currency),
    plans,
    sheet: (key) => {
      const ws = sheets.get(key);
      if (!ws) throw new ExportError(`Internal: no ${key} sheet`);
      return ws;
    },
    ...nameRegistry(wb),
  };

  writeAssumptions(ctx);
  writeSegments(ctx);
  writeMoments(ctx);
  writeBenchmarks(ctx);
  writeRevenue(ctx);
  writeSavings(ctx);
  writeCosts(ctx);
  plans.forEach((plan, k) => {
    const ws = cfSheets[k];
    if (ws) writeCashFlow(ctx, plan, ws);
  });
  writeSummary(ctx);
  if (indices.length > 1) writeScenarios(ctx);
  writeChecks(ctx);
  writeConstants(ctx);
  writeRisk(ctx, await risks());
  writeCover(ctx, { appVersion: opts.appVersion ?? APP_VERSION, exportedAt: opts.exportedAt ?? new Date() });
  writeSources(ctx);
  // Last, so it lists every sheet above: what the round trip needs to read this workbook back.
  writeRoundTrip(ctx);
  const cfNames = new Map(plans.map((p) => [p.cfSheet, p.s.name]));
  const only = plans.length === 1 ? (plans[0]?.s.name ?? '') : L.print.allScenarios;
  const heads = new Map<string, number>([
    [L.sheets.assumptions, 1],
    [L.sheets.checks, 5],
  ]);
  wb.eachSheet((ws) => {
    const cf = cfNames.get(ws.name);
    // Sheets wider than a page print across pages at a readable scale, their label columns repeated:
    // the Cash flow sheets (the month) and the Assumptions sheet (item, input, unit; one value column per scenario).
    // The Assumptions sheet fits two pages wide: values, source and range on the first, notes and names on the second.
    const across: Across | null = cf !== undefined ? { titleCols: 'A:A' } : ws.name === L.sheets.assumptions ? { titleCols: 'A:C', pagesWide: 2 } : null;
    printSetup(ws, L, c.name, cf ?? only, across, cf !== undefined ? CF_HEADER_ROW : (heads.get(ws.name) ?? null));
  });
  return wb;
}
