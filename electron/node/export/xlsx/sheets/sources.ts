/** Sources: where each assumption comes from (the case's own sources and notes) and the published figures. */
import { citation, FIGURES } from '@shared/benchmarks/library';
import { num, text } from '../cells';
import type { Ctx } from '../context';

export function writeSources(ctx: Ctx): void {
  const ws = ctx.sheet('sources');
  const L = ctx.L;
  const C = L.common;
  const S = L.sources;
  text(ws, 1, 1, S.caseSources).font = { bold: true, size: 13 };
  [C.scenario, C.item, S.field, C.source].forEach((h, i) => (text(ws, 2, i + 1, h).font = { bold: true }));
  let row = 3;
  const add = (scenario: string, item: string, field: string, value: string) => {
    if (!value.trim()) return;
    text(ws, row, 1, scenario);
    text(ws, row, 2, item);
    text(ws, row, 3, field);
    text(ws, row, 4, value).alignment = { wrapText: true, vertical: 'top' };
    row++;
  };
  add(C.case, ctx.c.name, C.notes, ctx.c.notes);
  for (const { s } of ctx.plans) {
    add(s.name, s.name, C.notes, s.notes);
    for (const g of s.segments) add(s.name, g.name, C.notes, g.notes);
    for (const m of s.moments) add(s.name, m.name, C.notes, m.notes);
    for (const x of s.competitors) add(s.name, x.name, C.notes, x.notes);
    for (const m of s.metrics) add(s.name, L.benchmarks.names[m.metric], C.source, m.source);
    for (const l of [...s.revenueLines, ...s.savingLines, ...s.costLines]) {
      add(s.name, l.label, C.source, l.source);
      add(s.name, l.label, C.notes, l.notes);
    }
  }
  row += 1;
  text(ws, row++, 1, S.published).font = { bold: true, size: 13 };
  text(ws, row++, 1, S.note).font = { italic: true };
  [S.figure, C.value, S.range, C.unit, C.source, S.year].forEach((h, i) => (text(ws, row, i + 1, h).font = { bold: true }));
  row++;
  for (const f of FIGURES) {
    const pct = f.unit === 'fraction';
    const fmt = pct ? '0.0%' : '#,##0.00';
    text(ws, row, 1, ctx.lang === 'it' ? f.label.it : f.label.en);
    num(ws, row, 2, f.value, fmt);
    if (f.low !== null && f.high !== null) {
      const shown = (x: number) => (pct ? `${+(x * 100).toFixed(2)}%` : `${+x.toFixed(2)}`);
      text(ws, row, 3, `${shown(f.low)}–${shown(f.high)}`);
    }
    text(ws, row, 4, pct ? '%' : f.unit);
    text(ws, row, 5, citation(f, ctx.lang)).alignment = { wrapText: true, vertical: 'top' };
    if (f.year !== null) num(ws, row, 6, f.year, '0');
    row++;
  }
  [36, 30, 18, 60, 60, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
