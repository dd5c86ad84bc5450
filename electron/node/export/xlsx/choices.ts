/**
 * Choice cells in words. A choice cell (tier, intent, cost kind…) holds the word in the workbook's
 * language, never the schema's code. The Constants sheet lists every word once, each in a named cell
 * (C_CostKind_recurring holds "Recurring" or "Ricorrente"), and each list of words is a named range
 * (C_CostKind) that the cell's drop-down offers. Formulas compare a choice with the named word
 * (`S1_Cost1_Kind=C_CostKind_recurring`), so a formula reads the same in both languages and in
 * any language a word is edited to on the Constants sheet, and no code shows anywhere.
 */
import { CHOICE_WORDS, choiceSetOf, choiceWord, type ChoiceSet, type ChoiceSetId } from '@shared/case/choice-words';
import type { z } from 'zod';
import { ExportError } from './cells';
import type { Lang } from './labels';

/** Defined name of a list's word range: C_CostKind. */
export const choiceListName = (s: ChoiceSet) => `C_${s.key}`;

/** Defined name of one word: C_CostKind_recurring. */
export const choiceWordName = (s: ChoiceSet, code: string) => `C_${s.key}_${code}`;

/** A formula testing that a choice cell holds this code's word (case-insensitive, as spreadsheets compare). */
export function choiceIs(cell: string, id: ChoiceSetId, code: string): string {
  const s: ChoiceSet = CHOICE_WORDS[id];
  if (!s.codes.includes(code)) throw new ExportError(`Internal: ${code} is not a ${s.key} code`);
  return `${cell}=${choiceWordName(s, code)}`;
}

/** The word shown for a code of this set. */
export function wordOf(id: ChoiceSetId, code: string, lang: Lang): string {
  return choiceWord(CHOICE_WORDS[id], code, lang);
}

/** The set of a schema enum (its options are the set's codes); every choice the workbook shows has one. */
export function setOfSchema(schema: z.ZodEnum): ChoiceSet {
  const s = choiceSetOf(schema.options.map(String));
  if (!s) throw new ExportError(`Internal: no words for the choice ${schema.options.join(' | ')} (add them to shared/case/choice-words.ts)`);
  return s;
}

/** The lists in the order the Constants sheet shows them (a test checks every set is there). */
export const CHOICE_ORDER: readonly ChoiceSetId[] = ['tier', 'intent', 'channel', 'volumeMode', 'churnMode', 'category', 'costKind', 'discounting', 'yearBasis', 'accounting'];

/** The title of each list on the Constants sheet. */
export const CHOICE_TITLES: Record<ChoiceSetId, Record<Lang, string>> = {
  tier: { en: 'Service tier', it: 'Livello di servizio' },
  intent: { en: 'Intent', it: 'Intento' },
  channel: { en: 'Channel', it: 'Canale' },
  volumeMode: { en: 'Volume mode', it: 'Modalità volume' },
  churnMode: { en: 'Churn reduction from', it: 'Riduzione churn ricavata da' },
  category: { en: 'Cost category', it: 'Categoria di costo' },
  costKind: { en: 'Cost kind', it: 'Tipo di costo' },
  discounting: { en: 'Discounting', it: 'Attualizzazione' },
  yearBasis: { en: 'Year tables by', it: 'Tabelle annuali per' },
  accounting: { en: 'Accounting', it: 'Contabilizzazione' },
};
