/**
 * The fields case format 2 added for finance depth (DOMAIN.md, "Model v2"): calendar, fiscal year,
 * growth, inflation, capex and tax, the discounting convention and FTEs. Every default leaves the
 * format-1 figures unchanged, so the v1 → v2 migration (migrations/v1-to-v2.ts) fills these in.
 * Kept apart from schema.ts so each later format can add its own module the same way.
 */
import { z } from 'zod';
import { choice, finite, percent, typeError } from './fields';

/** A calendar month written year-month: 2027-03. */
export const CALENDAR_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const DISCOUNTING = ['monthly', 'yearEnd'] as const;
export const COST_ACCOUNTING = ['opex', 'capex'] as const;
/** The longest depreciation life a capex line may have: 50 years. */
export const MAX_LIFE_MONTHS = 600;
/** A month has at most 744 hours (31 × 24). */
export const MAX_HOURS_PER_MONTH = 744;

/** An annual growth or inflation rate: −50% to +100% a year, stepped once a year. */
const annualRate = (what: string) =>
  finite()
    .min(-0.5, { error: 'Must be −50% or more' })
    .max(1, { error: 'Must be at most 100% a year' })
    .describe(what);

const calendarMonth = () =>
  z
    .string({ error: typeError('Must be text') })
    .regex(CALENDAR_MONTH_PATTERN, { error: 'Must be a calendar month written year-month, like 2027-03' })
    .describe('Calendar month of model month 1, year-month (2027-03). Format 2; a format-1 case takes the month it was created.');

/** Case-wide settings (on the case object). */
export const caseFinanceFields = {
  startMonth: calendarMonth(),
  fiscalYearStartMonth: z
    .int({ error: 'Must be a whole month number, 1 (January) to 12 (December)' })
    .min(1, { error: 'Must be 1 (January) to 12 (December)' })
    .max(12, { error: 'Must be 1 (January) to 12 (December)' })
    .describe('First calendar month of the fiscal year, 1 = January (default: 1, fiscal year = calendar year).'),
  taxRate: percent().describe('Tax rate on the taxable result (benefits − opex − depreciation); 0 = a pre-tax case (default, as TEI).'),
  discounting: choice(DISCOUNTING).describe(
    "'monthly' (default): month m discounted by (1 + r)^(−m/12); 'yearEnd' (TEI): every month of case year y discounted by (1 + r)^(−y).",
  ),
  wageInflation: annualRate('Annual rise of the assisted cost per contact and the agent-hour cost, stepped once a year (default 0).'),
  costInflation: annualRate(
    'Annual rise of the self-service cost per contact, the AI cost per resolution and every recurring cost line, stepped once a year (default 0).',
  ),
};

/** Per segment. */
export const segmentFinanceFields = {
  customerGrowth: annualRate('Annual growth of the customer count, stepped once a year (default 0).'),
};

/** Per scenario's service baseline. */
export const serviceFinanceFields = {
  volumeGrowth: annualRate('Annual growth of an overridden baseline volume, stepped once a year (default 0); a derived baseline grows with the segments.'),
  productiveHoursPerFte: finite()
    .gt(0, { error: 'Must be above 0 hours' })
    .max(MAX_HOURS_PER_MONTH, { error: `Must be at most ${MAX_HOURS_PER_MONTH} hours a month` })
    .describe('Productive hours of one full-time agent a month, for the FTE equivalent of hours saved (default 120).'),
};

/** Per cost line. */
export const costLineFinanceFields = {
  accounting: choice(COST_ACCOUNTING).describe("'opex' (default): expensed when paid; 'capex': depreciated straight-line over lifeMonths."),
  lifeMonths: z
    .int({ error: 'Must be a whole number of months' })
    .min(1, { error: 'Must be at least 1 month' })
    .max(MAX_LIFE_MONTHS, { error: `Must be at most ${MAX_LIFE_MONTHS} months` })
    .describe('Depreciation life of a capex line in months (default 36); ignored for opex.'),
};

/** The values a format-1 document takes on migration: the v1 model exactly. */
export const FINANCE_DEFAULTS = {
  case: { fiscalYearStartMonth: 1, taxRate: 0, discounting: 'monthly', wageInflation: 0, costInflation: 0 },
  segment: { customerGrowth: 0 },
  service: { volumeGrowth: 0, productiveHoursPerFte: 120 },
  costLine: { accounting: 'opex', lifeMonths: 36 },
} as const;

/** Default start month of a case: the month it was created (createdAt's year-month), if readable. */
export function startMonthOf(createdAt: unknown): string | null {
  if (typeof createdAt !== 'string') return null;
  const ym = createdAt.slice(0, 7);
  return CALENDAR_MONTH_PATTERN.test(ym) ? ym : null;
}

/** What each format-2 field means, by JSON path (`[]` = every item), from the schema's own descriptions. */
export function financeFieldNotes(): { path: string; text: string }[] {
  const group = (prefix: string, fields: Record<string, z.ZodType>) =>
    Object.entries(fields).map(([k, schema]) => ({ path: `${prefix}${k}`, text: schema.description ?? '' }));
  return [
    ...group('$.', caseFinanceFields),
    ...group('$.scenarios[].segments[].', segmentFinanceFields),
    ...group('$.scenarios[].service.', serviceFinanceFields),
    ...group('$.scenarios[].costLines[].', costLineFinanceFields),
  ];
}
