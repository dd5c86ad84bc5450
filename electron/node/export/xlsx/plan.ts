/** Lays out each exported scenario's Cash flow sheet before anything is written. */
import type { Case, Scenario } from '../../../../shared/case/schema';
import { computeScenario } from '../../../../shared/engine/compute';
import { sheetName } from './cells';
import type { CashFlowColumns, ScenarioPlan } from './context';

/** Header rows above the monthly table: title, V, blank, column headings. */
export const CF_HEADER_ROW = 4;

export function planScenario(c: Case, s: Scenario, index: number, cfTitle: string, taken: Set<string>): ScenarioPlan {
  const r = computeScenario(c, s, index);
  const H = c.horizonMonths;
  let col = 1;
  const next = () => col++;
  const month = next();
  const year = next();
  const df = next();
  const ramp = new Map<number, number>();
  const kept = new Map<number, number>();
  const nRev = s.revenueLines.length;
  const nSav = s.savingLines.length;
  // One ramp column per benefit line (revenue, then saving lines), as the engine ramps each line.
  for (let i = 0; i < nRev + nSav; i++) ramp.set(i, next());
  const deflected = next();
  const aiResolved = next();
  const assisted = next();
  s.revenueLines.forEach((l, i) => {
    if (l.kind === 'retention') kept.set(i, next());
  });
  const value: number[] = [];
  for (let i = 0; i < r.lines.length; i++) value.push(next());
  const cols: CashFlowColumns = {
    month,
    year,
    df,
    deflected,
    aiResolved,
    assisted,
    ramp,
    kept,
    value,
    benefits: next(),
    costs: next(),
    net: next(),
    cumulative: next(),
    payback: next(),
    last: col - 1,
  };
  const firstRow = CF_HEADER_ROW + 1;
  return {
    s,
    r,
    index,
    p: `S${index + 1}`,
    cfSheet: sheetName(`${cfTitle} – ${s.name}`, taken),
    firstRow,
    lastRow: firstRow + H,
    cols,
  };
}
