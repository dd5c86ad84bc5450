/**
 * The case-level fields a case row keeps as one JSON text (everything but the id, name, client and
 * dates, which are columns): written from a case, read back into the document before validation.
 */
import { caseFinanceFields } from '@shared/case/finance-fields';
import type { JsonObject } from '@shared/case/migrate';
import type { Case } from '@shared/case/schema';

/** Case-level fields other than those kept as columns; stored as JSON. */
export function caseFields(c: Case): string {
  return JSON.stringify({
    schemaVersion: c.schemaVersion,
    author: c.author,
    currency: c.currency,
    locale: c.locale,
    horizonMonths: c.horizonMonths,
    discountRate: c.discountRate,
    notes: c.notes,
    startMonth: c.startMonth,
    fiscalYearStartMonth: c.fiscalYearStartMonth,
    taxRate: c.taxRate,
    discounting: c.discounting,
    wageInflation: c.wageInflation,
    costInflation: c.costInflation,
    // Optional: written only when chosen, so a case reads back exactly as it was saved.
    ...(c.yearBasis === undefined ? {} : { yearBasis: c.yearBasis }),
    risk: c.risk,
  });
}

/**
 * The case-wide settings case format 2 added (calendar, tax, discounting, inflation), read from
 * the stored fields. A row written by format 1 has none of them: they are left out, so the
 * document migration fills them in.
 */
export function financeSettings(stored: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(caseFinanceFields)) if (k in stored) out[k] = stored[k];
  return out;
}

