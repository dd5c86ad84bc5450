/**
 * Intent for each ticket: from the export's own field through a value → intent table the user
 * edits, else from keyword rules (Italian and English) the user edits, tried in order, first match
 * wins. Each rule counts the tickets it caught; the rest are unclassified. Topics come from the
 * first tag, else from the keyword that matched.
 */
import { INTENTS, type Intent } from '../case/schema';
import type { Ticket } from './fields';
import type { AsciiText } from './cells';
import { KeywordIndex, words } from './keywords';

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
  return rules[findKeywords(keywordIndex(rules), words(v)).rule]?.intent ?? null;
}

/** What a keyword means: the first rule (by position, lower wins) that lists it, and whether it is a buying word. */
interface KeywordMeaning {
  rule: number;
  buying: boolean;
}

/** One index over every rule's keywords and the buying words: each ticket's words are scanned once. */
function keywordIndex(rules: readonly KeywordRule[]): KeywordIndex<KeywordMeaning> {
  const meanings = new Map<string, KeywordMeaning>();
  rules.forEach((r, i) =>
    r.keywords.forEach((k) => {
      const key = words(k).join(' ');
      const m = meanings.get(key);
      if (!m) meanings.set(key, { rule: i, buying: false });
    }),
  );
  for (const w of BUYING_WORDS) {
    const key = words(w).join(' ');
    const m = meanings.get(key);
    if (m) m.buying = true;
    else meanings.set(key, { rule: Infinity, buying: true });
  }
  return new KeywordIndex([...meanings]);
}

interface Found {
  /** The first rule with a keyword in the words, and the keyword it found; rule Infinity if none. */
  rule: number;
  keyword: string | null;
  buying: boolean;
}

/** The keyword scan's finds, gathered in one object reused for every ticket (no allocation a ticket). */
class Finder {
  readonly found: Found = { rule: Infinity, keyword: null, buying: false };
  readonly visit = (m: KeywordMeaning, keyword: string): void => {
    const f = this.found;
    if (m.rule < f.rule) {
      f.rule = m.rule;
      f.keyword = keyword;
    }
    if (m.buying) f.buying = true;
  };

  constructor(private readonly index: KeywordIndex<KeywordMeaning>) {}

  find(ws: readonly string[] | AsciiText): Found {
    const f = this.found;
    f.rule = Infinity;
    f.keyword = null;
    f.buying = false;
    if ('ranges' in ws) this.index.scanAscii(ws, this.visit);
    else this.index.scan(ws, this.visit);
    return f;
  }
}

function findKeywords(index: KeywordIndex<KeywordMeaning>, ws: readonly string[]): Found {
  return { ...new Finder(index).find(ws) };
}

export interface Classification {
  intent: Intent | null;
  /** "field" when the export's own value decided, the rule's id, or null (unclassified). */
  by: string | null;
  topic: string | null;
  /** The subject or a tag has buying words ("pricing", "do you support", "preventivo"…). */
  buying: boolean;
}

export interface ClassifierOptions {
  rules?: readonly KeywordRule[];
  /** Export value (lower case) → intent; values absent here fall through to the rules. */
  valueIntents?: Readonly<Record<string, Intent | null>>;
}

/**
 * `ascii`, when given, holds the ticket's tags and subject as ASCII bytes (the reader then leaves
 * the subject empty): they are scanned in place, with the same finds as their words.
 */
export function makeClassifier(options: ClassifierOptions = {}): (t: Ticket, ascii?: AsciiText | null) => Classification {
  const ruleList = (options.rules ?? DEFAULT_RULES).filter((r) => r.keywords.some((k) => k.trim() !== ''));
  const finder = new Finder(keywordIndex(ruleList));
  const table = options.valueIntents ?? {};
  // A million tickets carry a handful of distinct values: each is looked up once (by the value
  // as written, so that the lower-case key is not made again for every ticket).
  const seen = new Map<string, Intent | null>();
  const valueIntent = (value: string): Intent | null => {
    let v = seen.get(value);
    if (v === undefined) {
      const key = value.trim().toLowerCase();
      v = key === '' ? null : Object.prototype.hasOwnProperty.call(table, key) ? (table[key] ?? null) : suggestIntent(key, ruleList);
      if (seen.size < 100_000) seen.set(value, v);
    }
    return v;
  };
  return (t, ascii) => {
    const found = finder.find(ascii ?? words(t.tags.length > 0 ? `${t.tags.join(' ')} ${t.subject}` : t.subject));
    const buying = found.buying;
    // The topic is the first tag, else the keyword found, whichever decided the intent.
    const topic = t.tags[0] ?? found.keyword;
    if (t.intentValue !== null) {
      const fromTable = valueIntent(t.intentValue);
      if (fromTable) return { intent: fromTable, by: 'field', topic, buying };
    }
    const rule = ruleList[found.rule];
    if (rule) return { intent: rule.intent, by: rule.id, topic, buying };
    return { intent: null, by: null, topic, buying };
  };
}

/** Words that signal a buying question in support (English and Italian). */
export const BUYING_WORDS = ['do you support', 'pricing', 'price', 'quote', 'soc 2', 'soc2', 'gdpr', 'sla', 'demo', 'trial', 'enterprise plan', 'prezzo', 'prezzi', 'preventivo', 'listino', 'prova gratuita', 'supportate'];
