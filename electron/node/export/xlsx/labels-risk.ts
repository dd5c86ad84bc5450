/**
 * The workbook's words for the Risk sheet, in English and Italian (apart from labels.ts, which is
 * kept at its size). The words the app shows too (assumption names, shared headings) come from
 * shared/risk/words.ts, so the workbook and the app say the same; the rest are the workbook's own.
 */
import { RISK_WORDS } from '@shared/risk/words';

const en = {
  ...RISK_WORDS.en,
  title: (scenario: string) => `Risk — ${scenario}`,
  note: 'The tornado, break-evens and Monte Carlo percentiles below are values, not formulas: CX Case computed them with the seed and trials shown, at the time shown. A spreadsheet cannot rerun them live; change the ranges in CX Case (or send this workbook back) and the app recomputes them.',
  computedAt: 'Computed (UTC)',
  computedBy: 'Computed by',
  byThisExport: 'this export',
  byEarlier: 'an earlier run in this session with the same inputs, seed and trials (reused: the same numbers)',
  register: 'Assumption register (inputs)',
  registerNote: 'Likely values refer to the Assumptions sheet; low, high, owner, confidence and source are the ranges stored in CX Case.',
  path: 'JSON path',
  confidence: 'Confidence',
  sourceUrl: 'Source URL',
  rangeOk: 'Low ≤ likely ≤ high',
  defaultRange: 'Default range',
  confidences: { low: 'low', medium: 'medium', high: 'high' },
  rangeError: 'Low must not be above the likely value, nor high below it.',
  confidenceError: 'Choose low, medium or high.',
  tornado: 'Tornado on NPV (one at a time, sorted by swing)',
  rank: 'Rank',
  swing: 'Swing',
  breakEven: 'Break-evens (NPV = 0, all else at likely)',
  breakEvenValue: 'Break-even value',
  monteCarlo: 'Monte Carlo (PERT, independent)',
  noValue: 'n/a',
  probabilityPositive: 'P(NPV > 0)',
};

export type RiskLabels = typeof en;

const it: RiskLabels = {
  ...RISK_WORDS.it,
  title: (scenario: string) => `Rischio — ${scenario}`,
  note: "Tornado, punti di pareggio e percentili Monte Carlo qui sotto sono valori, non formule: CX Case li ha calcolati con il seme e le prove indicati, all'ora indicata. Un foglio di calcolo non può rieseguirli dal vivo; cambiate gli intervalli in CX Case (o rimandate questa cartella) e l'app li ricalcola.",
  computedAt: 'Calcolato (UTC)',
  computedBy: 'Calcolato da',
  byThisExport: 'questa esportazione',
  byEarlier: 'un calcolo precedente in questa sessione con gli stessi dati, seme e prove (riusato: gli stessi numeri)',
  register: 'Registro delle ipotesi (dati di input)',
  registerNote: 'I valori probabili rimandano al foglio Ipotesi; minimo, massimo, responsabile, affidabilità e fonte sono gli intervalli salvati in CX Case.',
  path: 'Percorso JSON',
  confidence: 'Affidabilità',
  sourceUrl: 'URL della fonte',
  rangeOk: 'Minimo ≤ probabile ≤ massimo',
  defaultRange: 'Intervallo predefinito',
  confidences: { low: 'bassa', medium: 'media', high: 'alta' },
  rangeError: 'Il minimo non può superare il valore probabile, né il massimo esserne sotto.',
  confidenceError: 'Scegliere bassa, media o alta.',
  tornado: 'Tornado sul VAN (una ipotesi alla volta, per escursione)',
  rank: 'Posizione',
  swing: 'Escursione',
  breakEven: 'Punti di pareggio (VAN = 0, il resto al probabile)',
  breakEvenValue: 'Valore di pareggio',
  monteCarlo: 'Monte Carlo (PERT, indipendenti)',
  noValue: 'n/d',
  probabilityPositive: 'P(VAN > 0)',
};

export function riskLabels(lang: 'en' | 'it'): RiskLabels {
  return lang === 'it' ? it : en;
}
