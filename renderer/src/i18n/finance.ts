/**
 * The finance-depth (Model v2) texts: calendar months, fiscal years, tax, discounting, inflation,
 * growth, capex and FTEs, with their help. Kept apart so each dictionary stays one readable file;
 * en.ts and it.ts include them as their `finance` block (same keys: a test compares them).
 */
import { CHOICE_WORDS } from '@shared/case/choice-words';

export const financeEn = {
  months: { m1: 'Jan', m2: 'Feb', m3: 'Mar', m4: 'Apr', m5: 'May', m6: 'Jun', m7: 'Jul', m8: 'Aug', m9: 'Sep', m10: 'Oct', m11: 'Nov', m12: 'Dec' },
  monthYear: '{{month}} {{year}}', upFront: 'Up front', fiscalYear: 'FY{{n}}', fiscalYearPartial: 'FY{{n}} (partial)',
  settingsHeading: 'Calendar, tax and discounting',
  startMonth: 'Start month', fiscalYearStartMonth: 'Fiscal year starts in', taxRate: 'Tax rate', discounting: 'Discounting',
  wageInflation: 'Wage inflation', costInflation: 'Cost inflation', yearBasis: 'Year tables by',
  discountingOptions: CHOICE_WORDS.discounting.words.en,
  yearBasisOptions: CHOICE_WORDS.yearBasis.words.en,
  customerGrowth: 'Customer growth a year', volumeGrowth: 'Volume growth a year', productiveHoursPerFte: 'Productive hours per FTE a month',
  accounting: 'Accounting', hoursUnit: 'h', accountingOptions: CHOICE_WORDS.accounting.words.en, lifeMonths: 'Depreciation life',
  discountedPayback: 'Discounted payback', peakFunding: 'Peak funding need', fte: 'FTE equivalent', fteNote: '{{hours}} agent hours saved in {{month}}', breakEvenIn: 'Break-even in {{month}}.', fromTo: '{{from}} to {{to}}',
  tax: 'Tax', netAfterTax: 'Net cash flow after tax',
  help: {
    startMonth: 'The calendar month of month 1, written year-month (2027-03). Month labels, charts and fiscal years follow it.',
    fiscalYearStartMonth: 'The first month of your fiscal year. January = fiscal years are calendar years. A partial first or last fiscal year is marked as such.',
    taxRate: 'Tax on the taxable result (benefits − opex − depreciation). 0% = a pre-tax case, as TEI studies are. A month with a loss gives a tax shield: the business is assumed to have other profits to offset it.',
    discounting: 'Month by month: month m is discounted by (1 + r)^(−m/12). Year-end (the TEI convention): every month of year y is discounted by (1 + r)^(−y), up-front costs not at all.',
    wageInflation: 'Yearly rise of the assisted cost per contact and the agent hour cost, applied once a year from year 2.',
    costInflation: 'Yearly rise of the self-service cost per contact, the cost per AI resolution and every recurring cost, applied once a year from year 2. One-off costs are entered at their nominal amount.',
    yearBasis: 'The cash-flow tables of the summary and the report: by case year (Year 1 = months 1–12) or by fiscal year.',
    customerGrowth: 'Yearly growth of the segment’s customers, applied once a year from year 2. Retention, expansion and the contact volume grow with it.',
    volumeGrowth: 'Yearly growth of an entered contact volume, applied once a year from year 2. A volume derived from the segments grows with their customers instead.',
    productiveHoursPerFte: 'Hours one full-time agent handles contacts in a month (120 is usual: holidays, training and breaks left out). Turns hours saved into FTEs; no effect on NPV.',
    accounting: 'Opex is expensed when paid. Capex is spread over its depreciation life for tax; the cash still goes out when paid.',
    lifeMonths: 'Months over which a capex line is depreciated, straight line, from the month it is paid (36 is usual for software).',
    discountedPayback: 'The first month in which the cumulative net, discounted, turns positive: later than the payback, since later money counts for less.',
    peakFunding: 'The deepest the cumulative net cash flow goes below zero: the money the case needs before it pays for itself.',
    fte: 'Agent hours saved in the last month (deflected and AI-resolved contacts at the average handle time, minutes cut, hand-offs avoided) divided by the productive hours per FTE.',
  },
} as const;

export const financeIt = {
  months: { m1: 'gen', m2: 'feb', m3: 'mar', m4: 'apr', m5: 'mag', m6: 'giu', m7: 'lug', m8: 'ago', m9: 'set', m10: 'ott', m11: 'nov', m12: 'dic' },
  monthYear: '{{month}} {{year}}', upFront: 'Iniziale', fiscalYear: 'Es. {{n}}', fiscalYearPartial: 'Es. {{n}} (parziale)',
  settingsHeading: 'Calendario, imposte e attualizzazione',
  startMonth: 'Mese di inizio', fiscalYearStartMonth: 'L’esercizio inizia a', taxRate: 'Aliquota fiscale', discounting: 'Attualizzazione',
  wageInflation: 'Inflazione salariale', costInflation: 'Inflazione dei costi', yearBasis: 'Tabelle per',
  discountingOptions: CHOICE_WORDS.discounting.words.it,
  yearBasisOptions: CHOICE_WORDS.yearBasis.words.it,
  customerGrowth: 'Crescita annua dei clienti', volumeGrowth: 'Crescita annua dei volumi', productiveHoursPerFte: 'Ore produttive per FTE al mese',
  accounting: 'Contabilizzazione', hoursUnit: 'h', accountingOptions: CHOICE_WORDS.accounting.words.it, lifeMonths: 'Durata dell’ammortamento',
  discountedPayback: 'Payback attualizzato', peakFunding: 'Fabbisogno massimo', fte: 'FTE equivalenti', fteNote: '{{hours}} ore di operatore risparmiate a {{month}}', breakEvenIn: 'Pareggio a {{month}}.', fromTo: 'da {{from}} a {{to}}',
  tax: 'Imposte', netAfterTax: 'Flusso netto dopo le imposte',
  help: {
    startMonth: 'Il mese di calendario del mese 1, nella forma anno-mese (2027-03). Etichette dei mesi, grafici ed esercizi lo seguono.',
    fiscalYearStartMonth: 'Il primo mese del vostro esercizio. Gennaio = esercizi uguali agli anni solari. Un primo o ultimo esercizio parziale è indicato come tale.',
    taxRate: 'Imposte sul risultato imponibile (benefici − opex − ammortamenti). 0% = un case ante imposte, come gli studi TEI. Un mese in perdita dà uno scudo fiscale: si assume che l’azienda abbia altri utili da compensare.',
    discounting: 'Mese per mese: il mese m è scontato di (1 + r)^(−m/12). A fine anno (la convenzione TEI): ogni mese dell’anno y è scontato di (1 + r)^(−y), i costi iniziali non lo sono.',
    wageInflation: 'Aumento annuo del costo per contatto assistito e del costo orario dell’operatore, applicato una volta l’anno dal secondo anno.',
    costInflation: 'Aumento annuo del costo per contatto in self-service, del costo per risoluzione AI e di ogni costo ricorrente, applicato una volta l’anno dal secondo anno. I costi una tantum si inseriscono al valore nominale.',
    yearBasis: 'Le tabelle dei flussi del riepilogo e del report: per anno del case (Anno 1 = mesi 1–12) o per esercizio.',
    customerGrowth: 'Crescita annua dei clienti del segmento, applicata una volta l’anno dal secondo anno. Retention, espansione e volume dei contatti crescono con essa.',
    volumeGrowth: 'Crescita annua di un volume di contatti inserito, applicata una volta l’anno dal secondo anno. Un volume ricavato dai segmenti cresce invece con i loro clienti.',
    productiveHoursPerFte: 'Ore al mese in cui un operatore a tempo pieno gestisce contatti (120 è il valore usuale: ferie, formazione e pause escluse). Trasforma le ore risparmiate in FTE; nessun effetto sul VAN.',
    accounting: 'Gli opex vanno a costo quando pagati. I capex sono ripartiti sulla durata dell’ammortamento ai fini fiscali; la cassa esce comunque quando si paga.',
    lifeMonths: 'Mesi su cui una voce capex è ammortizzata, a quote costanti, dal mese del pagamento (36 è usuale per il software).',
    discountedPayback: 'Il primo mese in cui il netto cumulato, attualizzato, diventa positivo: dopo il payback, perché il denaro futuro vale meno.',
    peakFunding: 'Il punto più basso sotto zero del flusso netto cumulato: il denaro che serve al case prima di ripagarsi.',
    fte: 'Ore di operatore risparmiate nell’ultimo mese (contatti deviati e risolti dall’AI al tempo medio di gestione, minuti tagliati, passaggi evitati) divise per le ore produttive per FTE.',
  },
};
