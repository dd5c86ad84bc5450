/**
 * Data validation of the Assumptions sheet's value cells: finance edits the workbook without the
 * app, so each cell refuses what the app would refuse. The rules are read from the shared zod
 * schema (bounds, whole numbers, the allowed words of a choice), never restated here, so the
 * workbook and the app cannot drift apart.
 */
import type { DataValidation } from 'exceljs';
import { CHOICE_WORDS, choiceWord, type ChoiceSet } from '@shared/case/choice-words';
import type { z } from 'zod';
import { choiceListName, choiceWordName, setOfSchema } from './choices';
import type { Labels, Lang } from './labels';

const COST_KIND = CHOICE_WORDS.costKind;

/** What a value cell accepts. */
export type Rule =
  /** One word of a list, in the workbook's language (the formulas compare it; a typo would show an error). */
  | { kind: 'choice'; set: ChoiceSet }
  /** A boolean: TRUE / FALSE (VERO / FALSO in an Italian Excel), never the text "yes". */
  | { kind: 'flag' }
  | {
      kind: 'number';
      min: number;
      max: number;
      minInclusive: boolean;
      maxInclusive: boolean;
      whole: boolean;
      /** Shown as a percentage (fractions: 0.25 = 25%). */
      percent: boolean;
      /** An empty cell is allowed (the schema's null). */
      blank: boolean;
      /** Defined name of a cost's kind: a recurring cost starts in month 1 or later (schema cross-check). */
      recurringKind?: string;
    }
  /** Fixed by the export (the horizon: the Cash flow sheets have one row per month). */
  | { kind: 'fixed'; value: number };

interface Bounds {
  min: number;
  max: number;
  minInclusive: boolean;
  maxInclusive: boolean;
}

/** A zod number's bounds with their inclusiveness (minValue/maxValue alone lose "below 100%"). */
function bounds(schema: z.ZodNumber): Bounds {
  const b: Bounds = { min: -Infinity, max: Infinity, minInclusive: true, maxInclusive: true };
  for (const check of schema.def.checks ?? []) {
    const def: object = check._zod.def;
    if (!('check' in def) || !('value' in def) || !('inclusive' in def)) continue;
    const { check: kind, value, inclusive } = def;
    if (typeof value !== 'number' || typeof inclusive !== 'boolean') continue;
    if (kind === 'greater_than' && value >= b.min) Object.assign(b, { min: value, minInclusive: inclusive });
    if (kind === 'less_than' && value <= b.max) Object.assign(b, { max: value, maxInclusive: inclusive });
  }
  return b;
}

/** The rule for a number field of the schema (nullable = may be left empty). */
export function numberRule(schema: z.ZodNumber | z.ZodNullable<z.ZodNumber>, opts: { percent?: boolean; recurringKind?: string } = {}): Rule {
  const blank = schema.type === 'nullable';
  const n = schema.type === 'nullable' ? schema.unwrap() : schema;
  return { kind: 'number', ...bounds(n), whole: n.isInt, percent: opts.percent ?? false, blank, recurringKind: opts.recurringKind };
}

/** The rule of a choice field: its words come from the one table of choice words, found by the enum's codes. */
export function choiceRule(schema: z.ZodEnum): Rule {
  return { kind: 'choice', set: setOfSchema(schema) };
}

// Excel refuses (or "repairs") longer texts: titles 32 characters, prompt 255, error message 225.
export const LIMITS = { title: 32, prompt: 255, error: 225 } as const;
const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

// One formatter per language (toLocaleString builds a new one on every call: slow over thousands of cells).
const FORMAT: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }),
  it: new Intl.NumberFormat('it-IT', { maximumFractionDigits: 6 }),
};

function shownNumber(x: number, percent: boolean, lang: Lang): string {
  // Rounded so 0.0001 shows as 0.01%, not 0.009999999999999998%.
  return percent ? `${FORMAT[lang].format(+(x * 100).toPrecision(12))}%` : FORMAT[lang].format(x);
}

/** "from 0% to 100%", "from 0% to below 100%", "above 0% up to 100%", "a whole number from 1 to 120". */
export function rangeText(r: Extract<Rule, { kind: 'number' }>, V: Labels['validation'], lang: Lang): string {
  const v = (x: number) => shownNumber(x, r.percent, lang);
  const what = r.whole ? V.wholeNumber : r.percent ? V.percentage : V.number;
  if (!Number.isFinite(r.min) && !Number.isFinite(r.max)) return what;
  const low = r.minInclusive ? V.from(v(r.min)) : V.above(v(r.min));
  const high = r.maxInclusive ? V.to(v(r.max)) : V.below(v(r.max));
  return `${what} ${low} ${high}`;
}

/** The cell's own condition as a formula, where Excel's built-in "between" cannot say it. */
function customFormula(r: Extract<Rule, { kind: 'number' }>, self: string): string | null {
  const exclusive = !r.minInclusive || !r.maxInclusive;
  const unbounded = !Number.isFinite(r.min) || !Number.isFinite(r.max);
  if (!exclusive && !unbounded && !r.recurringKind) return null;
  const parts = [`ISNUMBER(${self})`];
  if (r.whole) parts.push(`${self}=INT(${self})`);
  if (Number.isFinite(r.min)) parts.push(`${self}${r.minInclusive ? '>=' : '>'}${r.min}`);
  if (Number.isFinite(r.max)) parts.push(`${self}${r.maxInclusive ? '<=' : '<'}${r.max}`);
  if (r.recurringKind) parts.push(`OR(${r.recurringKind}<>${choiceWordName(COST_KIND, 'recurring')},${self}>=1)`);
  return parts.length === 1 ? parts[0] ?? '' : `AND(${parts.join(',')})`;
}

export interface ValidationText {
  L: Labels;
  lang: Lang;
  /** Why the cell changes no total, when it changes none (shown as the cell's prompt). */
  descriptive?: string;
}

/**
 * The exceljs validation of one value cell at `self` (its A1 address, for custom formulas).
 * Every validation stops a wrong entry with a message in the workbook's language.
 */
export function dataValidation(rule: Rule, self: string, t: ValidationText): DataValidation {
  const V = t.L.validation;
  const message = (title: string, prompt: string, error: string, promptTitle = title): Partial<DataValidation> => ({
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: clip(title, LIMITS.title),
    error: clip(error, LIMITS.error),
    showInputMessage: true,
    promptTitle: clip(t.descriptive ? V.descriptiveTitle : promptTitle, LIMITS.title),
    prompt: clip(t.descriptive ? `${t.descriptive} ${prompt}` : prompt, LIMITS.prompt),
  });
  switch (rule.kind) {
    case 'choice': {
      // The drop-down lists the named range of the Constants sheet: words may hold commas, and an
      // edited word there is offered here at once.
      const words = rule.set.codes.map((c) => choiceWord(rule.set, c, t.lang)).join(' | ');
      return {
        type: 'list',
        allowBlank: false,
        formulae: [choiceListName(rule.set)],
        ...message(V.choiceTitle, V.choicePrompt(words), V.choiceError(words)),
      };
    }
    case 'flag':
      return { type: 'custom', allowBlank: false, formulae: [`ISLOGICAL(${self})`], ...message(V.flagTitle, V.flagPrompt, V.flagError) };
    case 'fixed':
      return {
        type: 'whole',
        operator: 'equal',
        allowBlank: false,
        formulae: [rule.value],
        ...message(V.fixedTitle, V.fixedPrompt, V.fixedError),
      };
    case 'number': {
      const range = rangeText(rule, V, t.lang);
      const recurring = rule.recurringKind ? ` ${V.recurringFromMonth1}` : '';
      const text = message(V.numberTitle, V.numberPrompt(range) + recurring, V.numberError(range) + recurring, V.numberPromptTitle);
      const custom = customFormula(rule, self);
      if (custom !== null) return { type: 'custom', allowBlank: rule.blank, formulae: [custom], ...text };
      return { type: rule.whole ? 'whole' : 'decimal', operator: 'between', allowBlank: rule.blank, formulae: [rule.min, rule.max], ...text };
    }
  }
}
