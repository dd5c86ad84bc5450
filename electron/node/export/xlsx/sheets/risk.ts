/**
 * Risk: per exported scenario, the assumption register as input cells — each ranged assumption's
 * label, JSON path, likely value (a formula on the input's defined name where the Assumptions sheet
 * has one), low, high, owner, confidence and source — with validation (low ≤ likely ≤ high by formula,
 * confidence from a list), then the tornado, the break-evens and the Monte Carlo percentiles as VALUES
 * stamped with the seed, the trials, when they were computed and whether by this export or by an
 * earlier run of the same inputs (electron/node/risk: a cache, else worker threads started before the
 * other sheets): a spreadsheet cannot rerun a simulation live, so a note says the app recomputes them.
 * Every figure comes from shared/risk (analyseRisk).
 *
 * Defined names (per scenario prefix S1…): S1_Risk_Seed, S1_Risk_Trials, S1_Risk_At, S1_Risk_By, S1_Risk_NPV_P10…,
 * S1_Risk_PPositive, so tests and readers find a stamp without counting rows.
 */
import type { Cell, Worksheet } from 'exceljs';
import { jsonPath } from '@shared/case/validate';
import { resolvePath } from '@shared/roundtrip/paths';
import type { StampedAnalysis } from '@electron-node/risk/analyses';
import { buildRegister, type RangedAssumption } from '@shared/risk/register';
import { riskOf } from '@shared/risk/stored';
import { assumptionName } from '@shared/risk/words';
import { ExportError } from '../cells';
import { formula, num, ref, text } from '../cells';
import type { Ctx, ScenarioPlan } from '../context';
import { inputMap } from '../input-map';
import { riskLabels } from '../labels-risk';
import { STYLES } from './assumptions';

/** Register columns. */
const COL = { label: 1, path: 2, likely: 3, low: 4, high: 5, owner: 6, confidence: 7, url: 8, date: 9, check: 10 } as const;

const bold = (c: Cell) => (c.font = { bold: true });
const input = (c: Cell) => {
  c.font = STYLES.inputFont;
  c.fill = STYLES.inputFill;
  return c;
};

/** Defined name of each numeric input by its JSON path as `cxcase validate` prints it ($.scenarios[0]…). */
function namesByPath(ctx: Ctx): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of inputMap(ctx.c, ctx.plans.map((p) => p.index))) {
    if (e.type !== 'number') continue;
    const keys = resolvePath(ctx.c, e.path);
    if (keys) out.set(jsonPath(keys), e.name);
  }
  return out;
}

function formatOf(ctx: Ctx, a: Pick<RangedAssumption, 'kind'>): string {
  return a.kind === 'rate' ? ctx.f.pct : a.kind === 'cost' ? ctx.f.money2 : a.kind === 'value' ? ctx.f.money : ctx.f.dec;
}

function heads(ws: Worksheet, row: number, hs: string[]): void {
  hs.forEach((h, i) => {
    const c = text(ws, row, i + 1, h);
    bold(c);
    c.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** Writes one scenario's block from `row`; returns the first free row after it. */
function writeScenario(ctx: Ctx, ws: Worksheet, plan: ScenarioPlan, start: number, stamped: StampedAnalysis, names: Map<string, string>): number {
  const R = riskLabels(ctx.lang);
  const stored = riskOf(ctx.c);
  const register = buildRegister(ctx.c, plan.index, stored.ranges);
  const a = stamped.analysis;
  const byKey = new Map(register.map((x) => [x.key, x]));
  const p = plan.p;
  let row = start;

  text(ws, row++, 1, R.title(plan.s.name)).font = { bold: true, size: 13 };
  const note = text(ws, row, 1, R.note);
  note.font = { italic: true, color: { argb: 'FF9C5700' } };
  note.alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(row, 1, row, COL.check);
  ws.getRow(row++).height = 45;
  const stamp = (lbl: string, name: string, put: (r: number) => Cell) => {
    bold(text(ws, row, 1, lbl));
    put(row);
    ctx.define(`${p}_Risk_${name}`, ws.name, row, 2);
    row++;
  };
  stamp(R.seed, 'Seed', (r) => num(ws, r, 2, a.seed, '0'));
  stamp(R.trials, 'Trials', (r) => num(ws, r, 2, a.trials, ctx.f.int));
  stamp(R.computedAt, 'At', (r) => {
    const c = ws.getRow(r).getCell(2);
    c.value = stamped.computedAt;
    c.numFmt = 'yyyy-mm-dd hh:mm:ss';
    return c;
  });
  stamp(R.computedBy, 'By', (r) => text(ws, r, 2, stamped.by === 'cache' ? R.byEarlier : R.byThisExport));
  row++;

  // The register: inputs.
  bold(text(ws, row++, 1, R.register));
  text(ws, row++, 1, R.registerNote).font = STYLES.descriptiveFont;
  heads(ws, row++, [R.assumption, R.path, R.likely, R.low, R.high, R.owner, R.confidence, R.sourceUrl, R.sourceDate, R.rangeOk]);
  const confidenceList = `"${[R.confidences.low, R.confidences.medium, R.confidences.high].join(',')}"`;
  for (const x of register) {
    const fmt = formatOf(ctx, x);
    text(ws, row, COL.label, assumptionName(R, x));
    text(ws, row, COL.path, x.path);
    const name = names.get(x.path);
    if (name) formula(ws, row, COL.likely, name, x.value, fmt);
    else num(ws, row, COL.likely, x.value, fmt);
    const likely = ref(row, COL.likely);
    const low = input(num(ws, row, COL.low, x.low, fmt));
    const high = input(num(ws, row, COL.high, x.high, fmt));
    low.dataValidation = { type: 'custom', allowBlank: false, formulae: [`${ref(row, COL.low)}<=${likely}`], showErrorMessage: true, errorTitle: R.low, error: R.rangeError };
    high.dataValidation = { type: 'custom', allowBlank: false, formulae: [`${ref(row, COL.high)}>=${likely}`], showErrorMessage: true, errorTitle: R.high, error: R.rangeError };
    input(text(ws, row, COL.owner, x.owner));
    const conf = input(text(ws, row, COL.confidence, x.confidence ? R.confidences[x.confidence] : ''));
    conf.dataValidation = { type: 'list', allowBlank: true, formulae: [confidenceList], showErrorMessage: true, errorTitle: R.confidence, error: R.confidenceError };
    input(text(ws, row, COL.url, x.sourceUrl));
    input(text(ws, row, COL.date, x.sourceDate));
    formula(ws, row, COL.check, `AND(${ref(row, COL.low)}<=${likely},${likely}<=${ref(row, COL.high)})`, x.low <= x.value && x.value <= x.high);
    row++;
  }
  row++;

  // The tornado: values, sorted by swing as shared/risk sorts them.
  bold(text(ws, row++, 1, R.tornado));
  heads(ws, row++, [R.rank, R.assumption, R.path, R.low, R.likely, R.high, R.npvLow, R.npvHigh, R.swing]);
  a.tornado.forEach((b, k) => {
    const x = byKey.get(b.key);
    const fmt = x ? formatOf(ctx, x) : ctx.f.dec;
    num(ws, row, 1, k + 1, '0');
    text(ws, row, 2, x ? assumptionName(R, x) : b.label);
    text(ws, row, 3, b.path);
    num(ws, row, 4, b.low, fmt);
    num(ws, row, 5, b.likely, fmt);
    num(ws, row, 6, b.high, fmt);
    num(ws, row, 7, b.npvLow, ctx.f.money);
    num(ws, row, 8, b.npvHigh, ctx.f.money);
    num(ws, row, 9, b.swing, ctx.f.money);
    row++;
  });
  row++;

  // Break-evens of the top drivers.
  bold(text(ws, row++, 1, R.breakEven));
  heads(ws, row++, [R.assumption, R.path, R.likely, R.breakEvenValue, R.distance]);
  for (const be of a.breakEven) {
    const x = byKey.get(be.key);
    const fmt = x ? formatOf(ctx, x) : ctx.f.dec;
    text(ws, row, 1, x ? assumptionName(R, x) : be.label);
    text(ws, row, 2, be.path);
    num(ws, row, 3, be.likely, fmt);
    if (be.value === null) text(ws, row, 4, R.none);
    else num(ws, row, 4, be.value, fmt);
    if (be.distance !== null) num(ws, row, 5, be.distance, fmt);
    row++;
  }
  row++;

  // Monte Carlo percentiles.
  bold(text(ws, row++, 1, R.monteCarlo));
  heads(ws, row++, [R.measure, 'P10', 'P50', 'P90', R.mean]);
  const stats = [
    ['NPV', R.npv, a.npv, ctx.f.money],
    ['ROI', R.roi, a.roi, ctx.f.pct],
    ['Payback', R.payback, a.paybackMonth, ctx.f.dec],
  ] as const;
  for (const [key, lbl, s, fmt] of stats) {
    text(ws, row, 1, lbl);
    (['p10', 'p50', 'p90', 'mean'] as const).forEach((q, i) => {
      const v = s ? s[q] : null;
      if (v === null) text(ws, row, i + 2, s && key === 'Payback' && q !== 'mean' ? R.beyond : R.noValue);
      else num(ws, row, i + 2, v, fmt);
      ctx.define(`${p}_Risk_${key}_${q === 'mean' ? 'Mean' : q.toUpperCase()}`, ws.name, row, i + 2);
    });
    row++;
  }
  bold(text(ws, row, 1, R.probabilityPositive));
  num(ws, row, 2, a.probabilityPositive, ctx.f.pct);
  ctx.define(`${p}_Risk_PPositive`, ws.name, row, 2);
  row++;
  return row + 1;
}

/** `analyses`: each exported scenario's analysis by scenario index (electron/node/risk/analyses.ts). */
export function writeRisk(ctx: Ctx, analyses: ReadonlyMap<number, StampedAnalysis>): void {
  const ws = ctx.sheet('risk');
  const names = namesByPath(ctx);
  let row = 1;
  for (const plan of ctx.plans) {
    const a = analyses.get(plan.index);
    if (!a) throw new ExportError(`Internal: no risk analysis of scenario ${plan.s.name}`);
    row = writeScenario(ctx, ws, plan, row, a, names);
  }
  [40, 44, 14, 14, 14, 18, 14, 40, 14, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
