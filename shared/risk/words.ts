/**
 * The risk words that the app's Risk step and report (renderer/src/i18n/risk-en.ts, risk-it.ts) and the
 * workbook's Risk sheet (electron/node/export/xlsx/labels-risk.ts) both show, in English and Italian:
 * the assumption names of the register and the column headings that are the same words in both.
 * electron/node may not read the renderer's dictionaries, so the one copy lives here.
 */
export type RiskLang = 'en' | 'it';

const en = {
  /** The ranged fields' names; the register writes "item: field". */
  fields: {
    discountRate: 'Discount rate', customers: 'Customers', arpu: 'Annual revenue per customer', grossMargin: 'Gross margin', annualChurn: 'Annual churn',
    contactsPerCustomerYear: 'Contacts per customer a year', volume: 'Volume', deflectionRate: 'Deflection rate', aiResolutionRate: 'AI resolution rate',
    churnReduction: 'Churn reduction', dissatisfiedNow: 'Dissatisfied customers now', dissatisfiedTarget: 'Dissatisfied customers at target', uplift: 'Revenue uplift',
    opportunitiesPerMonth: 'Opportunities a month', conversionUplift: 'Conversion uplift', firstYearValue: 'First-year value', haircut: 'Risk adjustment (haircut)',
    assistedCostPerContact: 'Cost per assisted contact', selfServiceCostPerContact: 'Cost per self-service contact', aiCostPerResolution: 'Cost per AI resolution',
    agentHourCost: 'Agent hour cost', volumeOverride: 'Assisted contacts a month', ahtReductionMinutes: 'Handle time saved (minutes)', escalationsPerMonth: 'Escalations a month',
    handoffsAvoided: 'Share of handoffs avoided', minutesPerHandoff: 'Minutes per handoff', amount: 'Amount', contingency: 'Contingency',
    taxRate: 'Tax rate', wageInflation: 'Wage inflation a year', costInflation: 'Cost inflation a year', customerGrowth: 'Customer growth a year', volumeGrowth: 'Volume growth a year',
  },
  seed: 'Seed',
  trials: 'Trials',
  assumption: 'Assumption',
  likely: 'Likely',
  low: 'Low',
  high: 'High',
  owner: 'Owner',
  sourceDate: 'Source date',
  measure: 'Measure',
  npvLow: 'NPV at low',
  npvHigh: 'NPV at high',
  distance: 'Distance from likely',
  none: 'none in the possible range',
  beyond: 'beyond the horizon',
  mean: 'Mean',
  npv: 'NPV',
  roi: 'ROI',
  payback: 'Payback month',
};

/** Every language has every key: a word missing in Italian (or an extra one) is a type error. */
export type RiskWords = typeof en;

const it: RiskWords = {
  fields: {
    discountRate: 'Tasso di sconto', customers: 'Clienti', arpu: 'Ricavo annuo per cliente', grossMargin: 'Margine lordo', annualChurn: 'Abbandono annuo',
    contactsPerCustomerYear: "Contatti per cliente all'anno", volume: 'Volume', deflectionRate: 'Tasso di deflessione', aiResolutionRate: 'Tasso di risoluzione AI',
    churnReduction: "Riduzione dell'abbandono", dissatisfiedNow: 'Clienti insoddisfatti oggi', dissatisfiedTarget: 'Clienti insoddisfatti al traguardo', uplift: 'Aumento dei ricavi',
    opportunitiesPerMonth: 'Opportunità al mese', conversionUplift: 'Aumento della conversione', firstYearValue: 'Valore del primo anno', haircut: 'Rettifica per il rischio',
    assistedCostPerContact: 'Costo per contatto assistito', selfServiceCostPerContact: 'Costo per contatto self-service', aiCostPerResolution: 'Costo per risoluzione AI',
    agentHourCost: "Costo dell'ora agente", volumeOverride: 'Contatti assistiti al mese', ahtReductionMinutes: 'Tempo di gestione risparmiato (minuti)', escalationsPerMonth: 'Escalation al mese',
    handoffsAvoided: 'Quota di passaggi evitati', minutesPerHandoff: 'Minuti per passaggio', amount: 'Importo', contingency: 'Margine di contingenza',
    taxRate: 'Aliquota fiscale', wageInflation: 'Inflazione salariale annua', costInflation: 'Inflazione dei costi annua', customerGrowth: 'Crescita annua dei clienti', volumeGrowth: 'Crescita annua dei volumi',
  },
  seed: 'Seme',
  trials: 'Prove',
  assumption: 'Ipotesi',
  likely: 'Probabile',
  low: 'Minimo',
  high: 'Massimo',
  owner: 'Responsabile',
  sourceDate: 'Data della fonte',
  measure: 'Misura',
  npvLow: 'VAN al minimo',
  npvHigh: 'VAN al massimo',
  distance: 'Distanza dal probabile',
  none: "nessuno nell'intervallo possibile",
  beyond: "oltre l'orizzonte",
  mean: 'Media',
  npv: 'VAN',
  roi: 'ROI',
  payback: 'Mese di rientro',
};

export const RISK_WORDS: Readonly<Record<RiskLang, RiskWords>> = { en, it };

/** An assumption as the register, the workbook and the CLI name it: "item: field", or the field alone. */
export function assumptionName(words: Pick<RiskWords, 'fields'>, a: { itemName: string | null; field: string }): string {
  const fields: Readonly<Record<string, string>> = words.fields;
  const f = fields[a.field] ?? a.field;
  return a.itemName ? `${a.itemName}: ${f}` : f;
}
