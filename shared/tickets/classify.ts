/**
 * Intent for each ticket: from the export's own field through a value → intent table the user
 * edits, else from keyword rules (Italian and English) the user edits, tried in order, first match
 * wins. Each rule counts the tickets it caught; the rest are unclassified. Topics come from the
 * first tag, else from the keyword that matched.
 */
import { INTENTS, type Intent } from '../case/schema';
import type { Ticket } from './fields';

export interface KeywordRule {
  id: string;
  intent: Intent;
  /** Lower-case words or phrases; a ticket matches when its subject or tags contain one as a whole word. */
  keywords: string[];
}

/** Default rules: retention first (a cancellation that mentions a bill is a retention risk). */
export const DEFAULT_RULES: readonly KeywordRule[] = [
  { id: 'retention', intent: 'retention_risk', keywords: ['cancel', 'cancellation', 'unsubscribe', 'close my account', 'churn', 'disdetta', 'disdire', 'annullare', 'recesso', 'chiudere account'] },
  { id: 'billing', intent: 'billing', keywords: ['invoice', 'billing', 'refund', 'charge', 'payment', 'receipt', 'fattura', 'rimborso', 'pagamento', 'addebito', 'ricevuta'] },
  { id: 'pre-sales', intent: 'pre_sales', keywords: ['pricing', 'quote', 'demo', 'trial', 'do you support', 'prezzo', 'prezzi', 'preventivo', 'prova gratuita'] },
  { id: 'onboarding', intent: 'onboarding', keywords: ['setup', 'set up', 'getting started', 'onboarding', 'install', 'activate', 'configurazione', 'attivazione', 'installazione', 'primo accesso'] },
  { id: 'bug', intent: 'bug', keywords: ['bug', 'error', 'crash', 'broken', 'not working', 'errore', 'non funziona', 'guasto', 'bloccato'] },
  { id: 'feature', intent: 'feature_request', keywords: ['feature request', 'feature', 'suggestion', 'would be nice', 'funzionalità', 'suggerimento', 'richiesta funzione'] },
  { id: 'support', intent: 'support', keywords: ['password', 'login', 'how do i', 'how to', 'shipping', 'delivery', 'order status', 'accesso', 'come faccio', 'spedizione', 'consegna', 'ordine'] },
];

/** Values help desks ship in their type/category fields, with the intent they usually mean. */
const KNOWN_VALUES: Record<string, Intent> = {
  question: 'support',
  'general inquiry': 'support',
  domanda: 'support',
  incident: 'bug',
  problem: 'bug',
  'product issue': 'bug',
  incidente: 'bug',
  problema: 'bug',
  'billing issue': 'billing',
  refund: 'billing',
  'feature request': 'feature_request',
  'richiesta di funzionalità': 'feature_request',
};

/** A first guess for a field value's intent (the user confirms or edits it in the value table). */
export function suggestIntent(value: string, rules: readonly KeywordRule[] = DEFAULT_RULES): Intent | null {
  const v = value.trim().toLowerCase();
  if (KNOWN_VALUES[v]) return KNOWN_VALUES[v];
  const asIntent = INTENTS.find((i) => i === v.replace(/[\s-]+/g, '_'));
  if (asIntent) return asIntent;
  for (const r of compileRules(rules)) if (r.match(v) !== null) return r.intent;
  return null;
}

interface CompiledRule {
  id: string;
  intent: Intent;
  /** The keyword that matched, or null. */
  match: (text: string) => string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileRules(rules: readonly KeywordRule[]): CompiledRule[] {
  return rules
    .filter((r) => r.keywords.some((k) => k.trim() !== ''))
    .map((r) => {
      const words = r.keywords.map((k) => k.trim().toLowerCase()).filter((k) => k !== '');
      // Whole words: "bug" is not in "debugger"; letters include accented ones.
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
      return {
        id: r.id,
        intent: r.intent,
        match: (text: string) => {
          const m = re.exec(text);
          return m ? m[1]! : null;
        },
      };
    });
}

export interface Classification {
  intent: Intent | null;
  /** "field" when the export's own value decided, the rule's id, or null (unclassified). */
  by: string | null;
  topic: string | null;
}

export interface ClassifierOptions {
  rules?: readonly KeywordRule[];
  /** Export value (lower case) → intent; values absent here fall through to the rules. */
  valueIntents?: Readonly<Record<string, Intent | null>>;
}

export function makeClassifier(options: ClassifierOptions = {}): (t: Ticket) => Classification {
  const rules = compileRules(options.rules ?? DEFAULT_RULES);
  const table = options.valueIntents ?? {};
  // A million tickets carry a handful of distinct values: each is looked up once.
  const seen = new Map<string, Intent | null>();
  const valueIntent = (key: string): Intent | null => {
    let v = seen.get(key);
    if (v === undefined) {
      v = Object.prototype.hasOwnProperty.call(table, key) ? (table[key] ?? null) : suggestIntent(key, options.rules ?? DEFAULT_RULES);
      seen.set(key, v);
    }
    return v;
  };
  return (t) => {
    const topicFromTags = t.tags[0] ?? null;
    const text = `${t.tags.join(' ')} ${t.subject}`.toLowerCase();
    let rule: CompiledRule | null = null;
    let keyword: string | null = null;
    for (const r of rules) {
      keyword = r.match(text);
      if (keyword !== null) {
        rule = r;
        break;
      }
    }
    // The topic is the first tag, else the keyword found, whichever decided the intent.
    const topic = topicFromTags ?? keyword;
    if (t.intentValue !== null) {
      const key = t.intentValue.trim().toLowerCase();
      const fromTable = key === '' ? null : valueIntent(key);
      if (fromTable) return { intent: fromTable, by: 'field', topic };
    }
    if (rule) return { intent: rule.intent, by: rule.id, topic };
    return { intent: null, by: null, topic };
  };
}

/** Words that signal a buying question in support (English and Italian). */
const BUYING = /(?<![\p{L}\p{N}])(do you support|pricing|price|quote|soc 2|soc2|gdpr|sla|demo|trial|enterprise plan|prezzo|prezzi|preventivo|listino|prova gratuita|supportate)(?![\p{L}\p{N}])/iu;

export function hasBuyingWords(t: Ticket): boolean {
  return BUYING.test(t.subject) || t.tags.some((x) => BUYING.test(x));
}
