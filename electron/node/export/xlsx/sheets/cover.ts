/**
 * Read me: the first sheet a finance reader opens — the case, client, author, the app and version
 * that made the workbook and when, how the workbook is organised, what the colours mean, what is an
 * input and what is calculated, and which scenario each prefix of the defined names stands for
 * (S1 = "Base case"…: names keep their short prefix so formulas stay short and stable).
 */
import type { Cell, Fill } from 'exceljs';
import { EXPORT_FORMAT_VERSION } from '@shared/roundtrip/identity';
import { text } from '../cells';
import type { Ctx } from '../context';
import { sheetLink } from '../links';
import { STYLES } from './assumptions';

export interface CoverFacts {
  appVersion: string;
  exportedAt: Date;
}

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** "2026-02-03 10:00 UTC": unambiguous in both languages. */
function stamp(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function writeCover(ctx: Ctx, facts: CoverFacts): void {
  const ws = ctx.sheet('cover');
  const V = ctx.L.cover;
  const c = ctx.c;
  let row = 1;
  text(ws, row++, 1, c.name).font = { bold: true, size: 16 };
  text(ws, row++, 1, V.title).font = { italic: true };
  row++;
  const fact = (label: string, value: string) => {
    text(ws, row, 1, label).font = { bold: true };
    text(ws, row++, 2, value);
  };
  fact(V.client, c.client);
  fact(V.author, c.author);
  fact(V.made, `CX Case ${facts.appVersion}`);
  fact(V.exported, stamp(facts.exportedAt));
  fact(V.changed, stamp(new Date(c.updatedAt)));
  fact(V.horizon, `${c.horizonMonths} ${ctx.L.units.months}`);
  // The identity the round trip checks (also in the document properties and a hidden sheet).
  fact(V.caseId, c.id);
  fact(V.roundTrip, `${EXPORT_FORMAT_VERSION}: ${V.roundTripNote}`);
  row++;

  text(ws, row++, 1, V.organisation).font = { bold: true, size: 13 };
  const S = ctx.L.sheets;
  const sheet = (name: string, what: string) => {
    text(ws, row, 1, name).alignment = { wrapText: true, vertical: 'top' };
    text(ws, row, 2, what).alignment = { wrapText: true, vertical: 'top' };
    // Two lines each: spreadsheets do not grow a row for wrapped text written by a library.
    ws.getRow(row++).height = 30;
  };
  sheet(S.summary, V.sheets.summary);
  if (ctx.plans.length > 1) sheet(S.scenarios, V.sheets.scenarios);
  sheet(S.assumptions, V.sheets.assumptions);
  sheet(S.checks, V.sheets.checks);
  sheet([S.segments, S.moments, S.benchmarks, S.revenue, S.savings, S.costs].join(', '), V.sheets.steps);
  sheet(ctx.plans.map((p) => p.cfSheet).join(', '), V.sheets.cashFlow);
  sheet(S.risk, V.sheets.risk);
  sheet(S.constants, V.sheets.constants);
  sheet(S.sources, V.sheets.sources);
  row++;

  text(ws, row++, 1, V.legend).font = { bold: true, size: 13 };
  const sample = (style: (cell: Cell) => void, meaning: string) => {
    style(text(ws, row, 1, ctx.L.legend.sample));
    text(ws, row++, 2, meaning);
  };
  sample((x) => {
    x.font = STYLES.inputFont;
    x.fill = STYLES.inputFill;
  }, V.input);
  sample(() => undefined, V.calculated);
  sample((x) => (x.font = STYLES.descriptiveFont), V.descriptive);
  sample((x) => {
    x.font = { color: { argb: 'FF9C0006' }, bold: true };
    x.fill = solid('FFFFC7CE');
  }, V.flagged);
  sample((x) => {
    x.font = { color: { argb: 'FFA6A6A6' } };
    x.fill = solid('FFF2F2F2');
  }, V.pastHorizon);
  row++;
  text(ws, row++, 1, V.statement).alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(row - 1, 1, row - 1, 3);
  ws.getRow(row - 1).height = 48;
  row++;

  text(ws, row++, 1, V.mapping).font = { bold: true, size: 13 };
  [V.prefix, V.scenario, V.cashFlowSheet, V.scenarioId].forEach((h, i) => (text(ws, row, 1 + i, h).font = { bold: true }));
  row++;
  const exported = new Map(ctx.plans.map((p) => [p.index, p]));
  c.scenarios.forEach((s, i) => {
    const plan = exported.get(i);
    text(ws, row, 1, `S${i + 1}`);
    text(ws, row, 2, s.name);
    text(ws, row, 3, plan ? plan.cfSheet : V.notExported);
    if (plan) sheetLink(ws, row, 5, plan.cfSheet, V.open);
    text(ws, row++, 4, s.id);
  });
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 90;
  ws.getColumn(3).width = 34;
  ws.getColumn(4).width = 24;
  ws.getColumn(5).width = 20;
}
