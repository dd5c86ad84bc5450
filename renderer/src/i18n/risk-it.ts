/** The Risk step's texts (Italian), kept apart from it.ts so each dictionary file stays short. */
import type { Dictionary } from './en';

export const riskIt: Dictionary['risk'] = {
  settings: { seed: 'Seme', seedHelp: 'Il punto di partenza delle estrazioni casuali. Lo stesso seme dà la stessa simulazione su ogni computer; cambialo per verificare che le cifre non dipendano da una sola esecuzione.', trials: 'Prove', trialsHelp: 'Quante volte la simulazione estrae ogni ipotesi con intervallo e ricalcola il caso (da {{min}} a {{max}}).' },
  register: {
    title: 'Registro delle ipotesi', intro: "Ogni ipotesi che muove il VAN, con l'intervallo in cui può cadere. Gli intervalli non impostati qui sono quello pubblicato dove esiste, altrimenti ±20% per tassi e volumi e −10%/+25% per i costi.",
    assumption: 'Ipotesi', likely: 'Probabile', low: 'Minimo', high: 'Massimo', swing: 'Escursione del VAN', owner: 'Responsabile', confidence: 'Fiducia', sourceUrl: 'Fonte (URL)', sourceDate: 'Data della fonte',
    sortSwing: 'Ordina per escursione', sortCase: 'Ordina come nel caso', published: 'intervallo pubblicato', default: 'intervallo predefinito',
  },
  confidence: { low: 'Bassa', medium: 'Media', high: 'Alta' },
  tornado: {
    titleNpv: 'Tornado: VAN con ogni ipotesi al minimo e al massimo', titlePayback: 'Tornado: mese di rientro con ogni ipotesi al minimo e al massimo',
    description: "Un'ipotesi alla volta, tutte le altre al valore probabile; le {{n}} barre più ampie, dalla più ampia. Le altre sono nel registro.",
    measure: 'Misura', byNpv: 'VAN', byPayback: 'Rientro', atLow: 'Al minimo', atHigh: 'Al massimo',
    npvLow: 'VAN al minimo', npvHigh: 'VAN al massimo', paybackLow: 'Rientro al minimo', paybackHigh: 'Rientro al massimo', noPayback: "oltre l'orizzonte",
  },
  breakEven: {
    title: 'Pareggio dei fattori principali', intro: 'Il valore a cui il VAN è zero, con tutte le altre ipotesi al valore probabile, e quanto dista dal valore probabile.',
    value: 'VAN = 0 a', distance: 'Distanza dal probabile', none: "nessuno nell'intervallo possibile",
  },
  mc: {
    title: 'Simulazione Monte Carlo: {{trials}} prove, seme {{seed}}', progress: 'Avanzamento della simulazione', running: '{{done}} di {{total}} prove', cancel: 'Annulla', rerun: 'Esegui di nuovo',
    status: { waiting: 'Avvio…', running: 'In corso', done: 'Completata', cancelled: "Annullata: le cifre qui sotto sono dell'ultima esecuzione completa", failed: 'La simulazione non è riuscita' },
    probability: 'Probabilità che il VAN sia positivo: {{p}}. Scenario sfavorevole (P10): {{p10}}.',
    percentiles: 'Percentili di VAN, ROI e mese di rientro', mean: 'Media', npv: 'VAN', roi: 'ROI', payback: 'Mese di rientro',
    histogram: 'Distribuzione del VAN', sCurve: 'Curva a S: quota di prove con un VAN fino a ciascun valore', trials: 'Prove', from: 'Da', to: 'A', share: 'Quota di prove',
  },
  report: {
    simulating: 'Simulazione del rischio in corso per la pagina sul rischio…',
    intro: "Ogni ipotesi con un intervallo (registro nel passo Rischio) estratta da una PERT(minimo, probabile, massimo), in modo indipendente, {{trials}} volte con seme {{seed}}; il VAN ricalcolato ogni volta dallo stesso motore del resto di questo rapporto.",
    percentiles: 'VAN su {{trials}} esiti simulati', probability: 'Probabilità di un VAN positivo: {{p}}.',
    tornado: 'VAN con ciascuna ipotesi al minimo e al massimo, le altre al valore probabile: le {{n}} barre più ampie',
    histogram: 'Distribuzione del VAN su {{trials}} prove (in rosso: VAN negativo)', restsOn: 'Le tre ipotesi su cui poggia il caso',
    value: 'Probabile', breakEven: 'VAN = 0 a', none: "nessuno nell'intervallo possibile",
    downside: 'VAN di base {{npv}}; scenario sfavorevole (P10 di {{trials}} esiti simulati) {{p10}}. Il VAN è positivo nel {{p}} degli esiti.',
  },
  field: {
    discountRate: 'Tasso di sconto', customers: 'Clienti', arpu: 'Ricavo annuo per cliente', grossMargin: 'Margine lordo', annualChurn: 'Abbandono annuo',
    contactsPerCustomerYear: "Contatti per cliente all'anno", volume: 'Volume', deflectionRate: 'Tasso di deflessione', aiResolutionRate: 'Tasso di risoluzione AI',
    churnReduction: "Riduzione dell'abbandono", dissatisfiedNow: 'Clienti insoddisfatti oggi', dissatisfiedTarget: 'Clienti insoddisfatti al traguardo', uplift: 'Aumento dei ricavi',
    opportunitiesPerMonth: 'Opportunità al mese', conversionUplift: 'Aumento della conversione', firstYearValue: 'Valore del primo anno', haircut: 'Rettifica per il rischio',
    assistedCostPerContact: 'Costo per contatto assistito', selfServiceCostPerContact: 'Costo per contatto self-service', aiCostPerResolution: 'Costo per risoluzione AI',
    agentHourCost: "Costo dell'ora agente", volumeOverride: 'Contatti assistiti al mese', ahtReductionMinutes: 'Tempo di gestione risparmiato (minuti)', escalationsPerMonth: 'Escalation al mese',
    handoffsAvoided: 'Quota di passaggi evitati', minutesPerHandoff: 'Minuti per passaggio', amount: 'Importo', contingency: 'Margine di contingenza',
    taxRate: 'Aliquota fiscale', wageInflation: 'Inflazione salariale annua', costInflation: 'Inflazione dei costi annua', customerGrowth: 'Crescita annua dei clienti', volumeGrowth: 'Crescita annua dei volumi',
  },
};
