/**
 * The Risk step's texts (English), kept apart from en.ts so each dictionary file stays short. The
 * words the workbook's Risk sheet shows too are shared/risk/words.ts's, so both say the same.
 */
import { RISK_WORDS } from '@shared/risk/words';

const W = RISK_WORDS.en;

export const riskEn = {
  settings: { seed: W.seed, seedHelp: 'The starting point of the random draws. The same seed gives the same simulation on every computer; change it to check the figures do not hang on one run.', trials: W.trials, trialsHelp: 'How many times the simulation draws every ranged assumption and recomputes the case ({{min}} to {{max}}).' },
  register: {
    title: 'Assumption register', intro: 'Every assumption that moves the NPV, with the range it may fall in. Ranges not set here are the published range where one exists, otherwise ±20% for rates and volumes and −10%/+25% for costs.',
    assumption: W.assumption, likely: W.likely, low: W.low, high: W.high, swing: 'NPV swing', owner: W.owner, confidence: 'Confidence', sourceUrl: 'Source (URL)', sourceDate: W.sourceDate,
    sortSwing: 'Sort by swing', sortCase: 'Sort in case order', published: 'published range', default: 'default range',
  },
  confidence: { low: 'Low', medium: 'Medium', high: 'High' },
  tornado: {
    titleNpv: 'Tornado: NPV with each assumption at its low and high', titlePayback: 'Tornado: payback month with each assumption at its low and high',
    description: 'One assumption at a time, all others at their likely value; the {{n}} widest bars, widest first. The rest are in the register.',
    measure: W.measure, byNpv: W.npv, byPayback: 'Payback', atLow: 'At low', atHigh: 'At high',
    npvLow: W.npvLow, npvHigh: W.npvHigh, paybackLow: 'Payback at low', paybackHigh: 'Payback at high', noPayback: W.beyond,
  },
  breakEven: {
    title: 'Break-even of the main drivers', intro: 'The value at which the NPV is zero, all other assumptions at their likely value, and how far it is from the likely value.',
    value: 'NPV = 0 at', distance: W.distance, none: W.none,
  },
  mc: {
    title: 'Monte Carlo simulation: {{trials}} trials, seed {{seed}}', progress: 'Simulation progress', running: '{{done}} of {{total}} trials', cancel: 'Cancel', rerun: 'Run again',
    status: { waiting: 'Starting…', running: 'Running', done: 'Done', cancelled: 'Cancelled: the figures below are from the last complete run', failed: 'The simulation failed' },
    probability: 'Probability that the NPV is positive: {{p}}. Downside (P10): {{p10}}.',
    percentiles: 'Percentiles of NPV, ROI and payback month', mean: W.mean, npv: W.npv, roi: W.roi, payback: W.payback,
    histogram: 'NPV distribution', sCurve: 'S-curve: share of trials with an NPV up to each value', trials: W.trials, from: 'From', to: 'To', share: 'Share of trials',
  },
  report: {
    simulating: 'Running the risk simulation for the risk page…',
    intro: 'Each ranged assumption (register in the Risk step) drawn from PERT(low, likely, high), independently, {{trials}} times with seed {{seed}}; the NPV recomputed each time by the same engine as the rest of this report.',
    percentiles: 'NPV across {{trials}} simulated outcomes', probability: 'Probability of a positive NPV: {{p}}.',
    tornado: 'NPV with each assumption at its low and high, all others at likely: the {{n}} widest bars',
    histogram: 'NPV distribution over {{trials}} trials (red: negative NPV)', restsOn: 'The three assumptions the case rests on',
    value: W.likely, breakEven: 'NPV = 0 at', none: W.none,
    downside: 'Base NPV {{npv}}; downside (P10 of {{trials}} simulated outcomes) {{p10}}. The NPV is positive in {{p}} of outcomes.',
  },
  field: RISK_WORDS.en.fields,
} as const;
