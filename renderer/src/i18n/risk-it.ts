/**
 * The Risk step's texts (Italian), kept apart from it.ts so each dictionary file stays short. The
 * words the workbook's Risk sheet shows too are shared/risk/words.ts's, so both say the same.
 */
import { RISK_WORDS } from '@shared/risk/words';
import type { Dictionary } from './en';

const W = RISK_WORDS.it;

export const riskIt: Dictionary['risk'] = {
  settings: { seed: W.seed, seedHelp: 'Il punto di partenza delle estrazioni casuali. Lo stesso seme dà la stessa simulazione su ogni computer; cambialo per verificare che le cifre non dipendano da una sola esecuzione.', trials: W.trials, trialsHelp: 'Quante volte la simulazione estrae ogni ipotesi con intervallo e ricalcola il caso (da {{min}} a {{max}}).' },
  register: {
    title: 'Registro delle ipotesi', intro: "Ogni ipotesi che muove il VAN, con l'intervallo in cui può cadere. Gli intervalli non impostati qui sono quello pubblicato dove esiste, altrimenti ±20% per tassi e volumi e −10%/+25% per i costi.",
    assumption: W.assumption, likely: W.likely, low: W.low, high: W.high, swing: 'Escursione del VAN', owner: W.owner, confidence: 'Fiducia', sourceUrl: 'Fonte (URL)', sourceDate: W.sourceDate,
    sortSwing: 'Ordina per escursione', sortCase: 'Ordina come nel caso', published: 'intervallo pubblicato', default: 'intervallo predefinito',
  },
  confidence: { low: 'Bassa', medium: 'Media', high: 'Alta' },
  tornado: {
    titleNpv: 'Tornado: VAN con ogni ipotesi al minimo e al massimo', titlePayback: 'Tornado: mese di rientro con ogni ipotesi al minimo e al massimo',
    description: "Un'ipotesi alla volta, tutte le altre al valore probabile; le {{n}} barre più ampie, dalla più ampia. Le altre sono nel registro.",
    measure: W.measure, byNpv: W.npv, byPayback: 'Rientro', atLow: 'Al minimo', atHigh: 'Al massimo',
    npvLow: W.npvLow, npvHigh: W.npvHigh, paybackLow: 'Rientro al minimo', paybackHigh: 'Rientro al massimo', noPayback: W.beyond,
  },
  breakEven: {
    title: 'Pareggio dei fattori principali', intro: 'Il valore a cui il VAN è zero, con tutte le altre ipotesi al valore probabile, e quanto dista dal valore probabile.',
    value: 'VAN = 0 a', distance: W.distance, none: W.none,
  },
  mc: {
    title: 'Simulazione Monte Carlo: {{trials}} prove, seme {{seed}}', progress: 'Avanzamento della simulazione', running: '{{done}} di {{total}} prove', cancel: 'Annulla', rerun: 'Esegui di nuovo',
    status: { waiting: 'Avvio…', running: 'In corso', done: 'Completata', cancelled: "Annullata: le cifre qui sotto sono dell'ultima esecuzione completa", failed: 'La simulazione non è riuscita' },
    probability: 'Probabilità che il VAN sia positivo: {{p}}. Scenario sfavorevole (P10): {{p10}}.',
    percentiles: 'Percentili di VAN, ROI e mese di rientro', mean: W.mean, npv: W.npv, roi: W.roi, payback: W.payback,
    histogram: 'Distribuzione del VAN', sCurve: 'Curva a S: quota di prove con un VAN fino a ciascun valore', trials: W.trials, from: 'Da', to: 'A', share: 'Quota di prove',
  },
  report: {
    simulating: 'Simulazione del rischio in corso per la pagina sul rischio…',
    intro: "Ogni ipotesi con un intervallo (registro nel passo Rischio) estratta da una PERT(minimo, probabile, massimo), in modo indipendente, {{trials}} volte con seme {{seed}}; il VAN ricalcolato ogni volta dallo stesso motore del resto di questo rapporto.",
    percentiles: 'VAN su {{trials}} esiti simulati', probability: 'Probabilità di un VAN positivo: {{p}}.',
    tornado: 'VAN con ciascuna ipotesi al minimo e al massimo, le altre al valore probabile: le {{n}} barre più ampie',
    histogram: 'Distribuzione del VAN su {{trials}} prove (in rosso: VAN negativo)', restsOn: 'Le tre ipotesi su cui poggia il caso',
    value: W.likely, breakEven: 'VAN = 0 a', none: W.none,
    downside: 'VAN di base {{npv}}; scenario sfavorevole (P10 di {{trials}} esiti simulati) {{p10}}. Il VAN è positivo nel {{p}} degli esiti.',
  },
  field: RISK_WORDS.it.fields,
};
