/**
 * The words a person reads for each choice of the case (tier, intent, channel, cost kind…), in
 * English and Italian. The schema stores codes (`retention_risk`, `oneOff`); people see these words:
 * the app's forms and report (renderer/src/i18n reads the same tables) and the exported workbook,
 * whose choice cells hold the word and whose round trip reads a word — or a code typed by hand —
 * back as the code. One table, so the app, the workbook and the round trip cannot drift apart.
 */
import { COST_ACCOUNTING, DISCOUNTING, YEAR_BASES } from './finance-fields';
import { CHANNELS, CostLineSchema, INTENTS, MomentSchema, RetentionLineSchema, SERVICE_TIERS } from './schema';

export type ChoiceLang = 'en' | 'it';

export interface ChoiceSet {
  /** A name part for the workbook's defined names (C_CostKind_oneOff): letters only. */
  key: string;
  /** The schema field holding the code, and (where the field name alone is ambiguous) its list. */
  field: string;
  under?: string;
  codes: readonly string[];
  words: Record<ChoiceLang, Readonly<Record<string, string>>>;
}

/** A set that keeps its codes' type, so the app's dictionaries can take its words as they are. */
interface TypedSet<C extends string> extends ChoiceSet {
  codes: readonly C[];
  words: Record<ChoiceLang, Readonly<Record<C, string>>>;
}

function set<C extends string>(key: string, field: string, codes: readonly C[], words: Record<ChoiceLang, Record<C, string>>, under?: string): TypedSet<C> {
  return { key, field, under, codes, words };
}

const kinds = CostLineSchema.shape.kind.options;
const volumeModes = MomentSchema.shape.volumeMode.options;
const churnModes = RetentionLineSchema.shape.churnReductionMode.options;
const categories = CostLineSchema.shape.category.options;

export const CHOICE_WORDS = {
  tier: set('Tier', 'tier', SERVICE_TIERS, {
    en: { strategic: 'Strategic', midMarket: 'Mid-market', lowTouch: 'Low-touch' },
    it: { strategic: 'Strategico', midMarket: 'Mid-market', lowTouch: 'Low-touch' },
  }),
  intent: set('Intent', 'intent', INTENTS, {
    en: { support: 'Support', onboarding: 'Onboarding', retention_risk: 'Retention risk', pre_sales: 'Pre-sales', billing: 'Billing', bug: 'Bug', feature_request: 'Feature request' },
    it: { support: 'Assistenza', onboarding: 'Onboarding', retention_risk: 'Rischio abbandono', pre_sales: 'Pre-vendita', billing: 'Fatturazione', bug: 'Bug', feature_request: 'Richiesta funzionalità' },
  }),
  channel: set('Channel', 'channel', CHANNELS, {
    en: { phone: 'Phone', email: 'Email', chat: 'Chat', social: 'Social', self_service: 'Self-service', in_person: 'In person' },
    it: { phone: 'Telefono', email: 'Email', chat: 'Chat', social: 'Social', self_service: 'Self-service', in_person: 'Di persona' },
  }),
  volumeMode: set('VolumeMode', 'volumeMode', volumeModes, {
    en: { share: 'Share of all contacts', absolute: 'Contacts a month' },
    it: { share: 'Quota di tutti i contatti', absolute: 'Contatti al mese' },
  }),
  churnMode: set('ChurnMode', 'churnReductionMode', churnModes, {
    en: { entered: 'Figure entered', satisfaction: 'Satisfaction target (5× rule)' },
    it: { entered: 'Valore inserito', satisfaction: 'Obiettivo di soddisfazione (regola 5×)' },
  }),
  category: set('Category', 'category', categories, {
    en: { technology: 'Technology', people: 'People', services: 'Services', other: 'Other' },
    it: { technology: 'Tecnologia', people: 'Persone', services: 'Servizi', other: 'Altro' },
  }),
  costKind: set(
    'CostKind',
    'kind',
    kinds,
    { en: { oneOff: 'One-off', recurring: 'Recurring' }, it: { oneOff: 'Una tantum', recurring: 'Ricorrente' } },
    'costLines',
  ),
  discounting: set('Discounting', 'discounting', DISCOUNTING, {
    en: { monthly: 'Month by month', yearEnd: 'Year-end (TEI)' },
    it: { monthly: 'Mese per mese', yearEnd: 'A fine anno (TEI)' },
  }),
  yearBasis: set('YearBasis', 'yearBasis', YEAR_BASES, {
    en: { caseYears: 'Case year', fiscalYears: 'Fiscal year' },
    it: { caseYears: 'Anno del case', fiscalYears: 'Esercizio' },
  }),
  accounting: set('Accounting', 'accounting', COST_ACCOUNTING, {
    en: { opex: 'Opex (expensed)', capex: 'Capex (depreciated)' },
    it: { opex: 'Opex (a costo)', capex: 'Capex (ammortizzato)' },
  }),
} as const satisfies Record<string, ChoiceSet>;

export type ChoiceSetId = keyof typeof CHOICE_WORDS;

export const CHOICE_SETS: readonly ChoiceSet[] = Object.values(CHOICE_WORDS);

/** The set whose codes are exactly these (a schema enum's options), or undefined. */
export function choiceSetOf(codes: readonly string[]): ChoiceSet | undefined {
  const key = [...codes].sort().join('\n');
  return CHOICE_SETS.find((s) => [...s.codes].sort().join('\n') === key);
}

/** The set of the input at this case path (its last field; the list it sits in where that matters). */
export function choiceSetAt(path: readonly unknown[]): ChoiceSet | undefined {
  const field = path[path.length - 1];
  return CHOICE_SETS.find((s) => s.field === field && (s.under === undefined || path.includes(s.under)));
}

/** The word for a code (the code itself if the set has none: never an empty cell). */
export function choiceWord(s: ChoiceSet, code: string, lang: ChoiceLang): string {
  return s.words[lang][code] ?? code;
}

const fold = (x: string) => x.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/**
 * The code a person meant: a word in either language or the code itself, ignoring case and spacing
 * (spreadsheets compare text without case). Null when it is none of them.
 */
export function choiceCode(s: ChoiceSet, typed: string, lang: ChoiceLang): string | null {
  const t = fold(typed);
  if (t === '') return null;
  const other: ChoiceLang = lang === 'it' ? 'en' : 'it';
  for (const look of [(c: string) => s.words[lang][c], (c: string) => c, (c: string) => s.words[other][c]]) {
    const hit = s.codes.find((c) => {
      const w = look(c);
      return w !== undefined && fold(w) === t;
    });
    if (hit !== undefined) return hit;
  }
  return null;
}
