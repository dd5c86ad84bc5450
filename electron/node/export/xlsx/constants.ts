/**
 * The workbook's constants: every number a formula needs that is not an input (12 months a year,
 * the 5× churn rule, the automation threshold, IRR guesses, the published range ends the checks
 * compare with). Each is one named cell on the Constants sheet with its source, so no formula
 * carries a number other than 0 and 1 — a reader sees where every figure comes from and changes
 * it in one place.
 */
import { citation, figure, FIGURES, type Figure, type FigureId } from '@shared/benchmarks/library';
import { IRR_MEANINGFUL_MAX, IRR_MIN_INVESTMENT_SHARE } from '@shared/engine/compute';
import { flatteringDirection } from '@shared/engine/flags';
import { satisfactionChurnReduction } from '@shared/engine/segments';
import { AUTOMATION_THRESHOLD_PER_MONTH } from '@shared/engine/volume';
import type { Lang } from './labels';

type Words = Record<Lang, string>;

export interface Constant {
  name: string;
  value: number;
  label: Words;
  unit: Words;
  /** 'pct' shows a fraction as a percentage. */
  format: 'pct' | 'dec' | 'int' | 'exp';
  source: (lang: Lang) => string;
}

const convention = (en: string, it: string) => (lang: Lang) => (lang === 'it' ? it : en);
const METHOD = convention('Convention of the model (see the Method appendix of the report)', 'Convenzione del modello (vedi appendice Metodo del report)');

/** Defined names of the constants the formulas use. */
export const K = {
  monthsPerYear: 'K_MonthsPerYear',
  minutesPerHour: 'K_MinutesPerHour',
  churnMultiple: 'K_DissatisfiedChurnMultiple',
  automationThreshold: 'K_AutomationThreshold',
  irrGuessFirst: 'K_IRRGuess_First',
  irrGuessSecond: 'K_IRRGuess_Second',
  irrGuessThird: 'K_IRRGuess_Third',
  irrMeaningfulMax: 'K_IRRMeaningfulMax',
  irrMinInvestmentShare: 'K_IRRMinInvestmentShare',
  tolerance: 'K_CheckTolerance',
  /** The published end a credibility check compares with: K_Fig_deflectionRate_High… */
  figure: (id: FigureId, end: 'Low' | 'High') => `K_Fig_${id}_${end}`,
};

/** The figures the credibility checks compare with, and the end of each range that is checked. */
export const CHECKED_FIGURES = ['discountRate', 'deflectionRate', 'aiResolutionRate', 'churnReduction12m', 'expansionUplift', 'haircut', 'paybackMonth'] as const satisfies readonly FigureId[];

function figureEnd(id: FigureId): { end: 'Low' | 'High'; value: number } {
  const f = figure(id);
  const dir = flatteringDirection(id);
  const value = dir === 'above' ? f.high : f.low;
  if (dir === null || value === null) throw new Error(`Internal: figure ${id} has no checked end`);
  return { end: dir === 'above' ? 'High' : 'Low', value };
}

export function checkedEnd(id: (typeof CHECKED_FIGURES)[number]): { name: string; value: number; end: 'Low' | 'High' } {
  const e = figureEnd(id);
  return { ...e, name: K.figure(id, e.end) };
}

export function constants(): Constant[] {
  const churn = dissatisfiedChurn();
  const auto = figure('automationThreshold');
  const list: Constant[] = [
    { name: K.monthsPerYear, value: 12, label: { en: 'Months in a year', it: 'Mesi in un anno' }, unit: { en: 'months', it: 'mesi' }, format: 'int', source: convention('Calendar', 'Calendario') },
    { name: K.minutesPerHour, value: 60, label: { en: 'Minutes in an hour', it: "Minuti in un'ora" }, unit: { en: 'minutes', it: 'minuti' }, format: 'int', source: convention('Calendar', 'Calendario') },
    {
      name: K.churnMultiple,
      value: churn.value,
      label: { en: 'Dissatisfied customers leave this many times as often (ρ = 1 − (1 + (k − 1)p′) ÷ (1 + (k − 1)p))', it: 'I clienti insoddisfatti abbandonano questo numero di volte più spesso (ρ = 1 − (1 + (k − 1)p′) ÷ (1 + (k − 1)p))' },
      unit: { en: 'times', it: 'volte' },
      format: 'dec',
      source: (lang) => citation(churn, lang),
    },
    {
      name: K.automationThreshold,
      value: auto.value,
      label: { en: 'Automation candidate above this many contacts a month', it: 'Candidato all’automazione sopra questi contatti al mese' },
      unit: { en: 'contacts a month', it: 'contatti al mese' },
      format: 'dec',
      source: (lang) => citation(auto, lang),
    },
    { name: K.irrGuessFirst, value: 0, label: { en: 'IRR: first guess (monthly)', it: 'TIR: prima stima (mensile)' }, unit: { en: '%', it: '%' }, format: 'pct', source: METHOD },
    { name: K.irrGuessSecond, value: 1, label: { en: 'IRR: second guess, where the first finds none (monthly)', it: 'TIR: seconda stima, dove la prima non trova nulla (mensile)' }, unit: { en: '%', it: '%' }, format: 'pct', source: METHOD },
    { name: K.irrGuessThird, value: 5, label: { en: 'IRR: third guess, for very short paybacks (monthly)', it: 'TIR: terza stima, per rientri molto brevi (mensile)' }, unit: { en: '%', it: '%' }, format: 'pct', source: METHOD },
    {
      name: K.irrMeaningfulMax,
      value: IRR_MEANINGFUL_MAX,
      label: { en: 'IRR not meaningful above (annual)', it: 'TIR non significativo sopra (annuo)' },
      unit: { en: '%', it: '%' },
      format: 'pct',
      source: METHOD,
    },
    {
      name: K.irrMinInvestmentShare,
      value: IRR_MIN_INVESTMENT_SHARE,
      label: { en: 'IRR not meaningful when PV costs are below this share of PV benefits', it: 'TIR non significativo quando il VA dei costi è sotto questa quota del VA dei benefici' },
      unit: { en: '%', it: '%' },
      format: 'pct',
      source: METHOD,
    },
    {
      name: K.tolerance,
      value: 1e-12,
      label: { en: 'Checks: rounding tolerance before a value counts as outside its range', it: 'Controlli: tolleranza di arrotondamento prima che un valore sia fuori intervallo' },
      unit: { en: 'same as the value', it: 'come il valore' },
      format: 'exp',
      source: METHOD,
    },
  ];
  for (const id of CHECKED_FIGURES) {
    const f = figure(id);
    const e = figureEnd(id);
    const word = e.end === 'High' ? { en: 'highest', it: 'più alto' } : { en: 'lowest', it: 'più basso' };
    list.push({
      name: K.figure(id, e.end),
      value: e.value,
      label: { en: `${f.label.en}: ${word.en} published figure`, it: `${f.label.it}: valore ${word.it} pubblicato` },
      unit: f.unit === 'fraction' ? { en: '%', it: '%' } : f.unit === 'month' ? { en: 'month', it: 'mese' } : { en: f.unit, it: f.unit },
      format: f.unit === 'fraction' ? 'pct' : 'dec',
      source: (lang) => citation(f, lang),
    });
  }
  return list;
}

/**
 * The published "dissatisfied customers leave 5× as often" figure, checked against the engine's own
 * rule (ρ for p = 100% → 0% is 1 − 1/k): the workbook must never compute with another multiple.
 */
function dissatisfiedChurn(): Figure {
  const f = FIGURES.find((x) => x.id === 'dissatisfiedChurn');
  if (!f || Math.abs(satisfactionChurnReduction(1, 0) - (1 - 1 / f.value)) > 1e-12) throw new Error('Internal: the churn multiple differs from the engine');
  return f;
}

// The engine's automation threshold must be the published one the Constants sheet cites.
if (AUTOMATION_THRESHOLD_PER_MONTH !== figure('automationThreshold').value) throw new Error('Internal: automation threshold differs from the published figure');
