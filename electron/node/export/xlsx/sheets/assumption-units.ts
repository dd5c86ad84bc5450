/**
 * The units of the Assumptions sheet's rows: what each unit is called, how its cells are formatted,
 * which data validation it gets by default (the schema's own bounds), and how a published range
 * is written beside a value.
 */
import { citation, figure, type Figure, type FigureId } from '@shared/benchmarks/library';
import { percent, RetentionLineSchema, SegmentSchema, ServiceSchema } from '@shared/case/schema';
import type { DataValidation, Fill, Font } from 'exceljs';
import type { Ctx } from '../context';
import { numberRule, type Rule } from '../validation';

export type Unit =
  | 'money'
  | 'money2'
  | 'fraction'
  | 'count'
  | 'perMonth'
  | 'perYear'
  | 'month'
  | 'months'
  | 'minutes'
  | 'flag'
  | 'choice'
  | 'score'
  // Model v2
  | 'calendarMonth'
  | 'monthOfYear'
  | 'annualRate'
  | 'hoursPerMonth';

/** One row of the Assumptions sheet: an input, its unit, value, validation and defined name. */
export interface InputRow {
  item: string;
  /** The unit in words where the unit's own word is not precise enough (a benchmark's points, hours…). */
  unitLabel?: string;
  /** A number format other than the unit's (whole customers). */
  format?: string;
  label: string;
  unit: Unit;
  value: number | boolean | string | null;
  name: string;
  /**
   * What matches this row across scenarios on the side-by-side sheet: the item's id and the field
   * (seg:<id>:Churn), so a renamed or moved item keeps its row. Set by the Assumptions writer.
   */
  key?: string;
  /** The fallback match when no other scenario has the key: the item's kind and name (scenarios made apart). */
  alt?: string;
  source?: string;
  figure?: FigureId;
  notes?: string;
  /** What the value cell accepts; by default the rule of its unit (see defaultRule). */
  rule?: Rule;
  /** Why no total uses this value, when none does: it is then shown as descriptive, not as an input. */
  descriptive?: string;
  /** A validation no Rule describes (the start month's year-month text), given the cell's address. */
  validation?: (self: string) => DataValidation;
}



/** Finance's convention: inputs in blue (on pale yellow here, to stand out in print), formulas in black. */
export const STYLES = {
  inputFont: { color: { argb: 'FF1F4E9A' } } satisfies Partial<Font>,
  inputFill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } satisfies Fill,
  descriptiveFont: { italic: true, color: { argb: 'FF7F7F7F' } } satisfies Partial<Font>,
};

// The schema's fields, read once: their bounds are the validation rules.
const timing = RetentionLineSchema.shape;
export const RULES = {
  money: numberRule(ServiceSchema.shape.assistedCostPerContact),
  count: numberRule(SegmentSchema.shape.customers),
  minutes: numberRule(ServiceSchema.shape.averageHandleTimeMinutes),
  percent: numberRule(percent(), { percent: true }),
  startMonth: numberRule(timing.startMonth),
  rampMonths: numberRule(timing.rampMonths),
  flag: { kind: 'flag' },
} satisfies Record<string, Rule>;

/** The rule of a unit, where the field has no narrower one of its own. */
export function defaultRule(u: Unit): Rule | null {
  switch (u) {
    case 'money':
    case 'money2':
      return RULES.money;
    case 'fraction':
      return RULES.percent;
    case 'count':
    case 'perMonth':
    case 'perYear':
      return RULES.count;
    case 'minutes':
      return RULES.minutes;
    case 'month':
      return RULES.startMonth;
    case 'months':
      return RULES.rampMonths;
    case 'flag':
      return RULES.flag;
    case 'choice':
    case 'score':
    case 'calendarMonth':
    case 'monthOfYear':
    case 'annualRate':
    case 'hoursPerMonth':
      // Each of these carries its field's own rule.
      return null;
  }
}

function shownFigureValue(f: Figure, x: number, lang: 'en' | 'it'): string {
  const dec = lang === 'it' ? ',' : '.';
  const n = (v: number) => String(+v.toFixed(2)).replace('.', dec);
  if (f.unit === 'fraction') return `${n(x * 100)}%`;
  if (f.unit === 'USD') return `$${n(x)}`;
  return n(x);
}

/** "0%–40% (typical 25%–30%) — Practitioners’ reports, as collected in …"; a headline figure where no range is published. */
export function publishedRange(id: FigureId, lang: 'en' | 'it'): string {
  return `${publishedSpan(id, lang)} — ${citation(figure(id), lang)}`;
}

/** "0%–40% (typical 25%–30%)", without the source. */
export function publishedSpan(id: FigureId, lang: 'en' | 'it'): string {
  const f = figure(id);
  const v = (x: number) => shownFigureValue(f, x, lang);
  let s: string;
  if (f.low !== null && f.high !== null) s = `${v(f.low)}–${v(f.high)}`;
  else s = v(f.value);
  if (f.typicalLow !== undefined && f.typicalHigh !== undefined)
    s += lang === 'it' ? ` (tipico ${v(f.typicalLow)}–${v(f.typicalHigh)})` : ` (typical ${v(f.typicalLow)}–${v(f.typicalHigh)})`;
  return s;
}

export function unitText(u: Unit, ctx: Ctx): string {
  const U = ctx.L.units;
  switch (u) {
    case 'money':
    case 'money2':
      return ctx.c.currency;
    case 'fraction':
      return U.fraction;
    case 'count':
      return U.count;
    case 'perMonth':
      return U.perMonth;
    case 'perYear':
      return U.perYear;
    case 'month':
      return U.month;
    case 'months':
      return U.months;
    case 'minutes':
      return U.minutes;
    case 'flag':
      return U.flag;
    case 'choice':
      return U.choice;
    case 'score':
      return U.score;
    case 'calendarMonth':
    case 'monthOfYear':
    case 'annualRate':
    case 'hoursPerMonth':
      return ctx.L.finance.units[u];
  }
}

export function unitFormat(u: Unit, ctx: Ctx): string | undefined {
  switch (u) {
    case 'money':
      return ctx.f.money;
    case 'money2':
      return ctx.f.money2;
    case 'fraction':
      return ctx.f.pct;
    case 'count':
    case 'perMonth':
    case 'perYear':
    case 'minutes':
      return ctx.f.dec;
    case 'month':
    case 'months':
    case 'monthOfYear':
      return '0';
    case 'annualRate':
      return ctx.f.pct;
    case 'hoursPerMonth':
      return ctx.f.dec;
    default:
      return undefined;
  }
}
