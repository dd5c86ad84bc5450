/**
 * English names of the ranged fields, for the CLI's JSON (one table with the app and the workbook:
 * ./words.ts). A label names the item and the field once.
 */
import type { Assumption } from './assumptions';
import { assumptionName, RISK_WORDS } from './words';

export const FIELD_LABELS_EN: Readonly<Record<string, string>> = RISK_WORDS.en.fields;

export function labelEn(a: Pick<Assumption, 'itemName' | 'field'>): string {
  return assumptionName(RISK_WORDS.en, a);
}
