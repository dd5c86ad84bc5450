/**
 * Credibility flags: assumptions outside the published range of a benchmark figure, named with
 * the figure and its source, so a reviewer sees at once which numbers need a justification.
 */
import type { Case, Scenario } from '../case/schema';
import { citation, figure, type Figure, type FigureId } from '../benchmarks/library';
import { churnReduction } from './segments';
import { inAutomationScope } from './volume';

export type FlagPath = (string | number)[];

export interface CredibilityFlag {
  figureId: FigureId;
  /** JSON path of the assumption, from the case root. */
  path: FlagPath;
  value: number;
  /** 'above' the high end, 'below' the low end, or 'inconsistent' with another input. */
  direction: 'above' | 'below' | 'inconsistent';
  limit: number;
}

function range(out: CredibilityFlag[], id: FigureId, path: FlagPath, value: number): void {
  const f = figure(id);
  if (f.high !== null && value > f.high + 1e-12) out.push({ figureId: id, path, value, direction: 'above', limit: f.high });
  else if (f.low !== null && value < f.low - 1e-12) out.push({ figureId: id, path, value, direction: 'below', limit: f.low });
}

export function credibilityFlags(c: Case, s: Scenario, scenarioIndex: number, paybackMonth: number | null): CredibilityFlag[] {
  const out: CredibilityFlag[] = [];
  const base: FlagPath = ['scenarios', scenarioIndex];
  range(out, 'discountRate', ['discountRate'], c.discountRate);
  s.moments.forEach((m, i) => {
    if (!inAutomationScope(m)) return;
    range(out, 'deflectionRate', [...base, 'moments', i, 'deflectionRate'], m.deflectionRate);
    range(out, 'aiResolutionRate', [...base, 'moments', i, 'aiResolutionRate'], m.aiResolutionRate);
  });
  s.revenueLines.forEach((l, i) => {
    if (!l.enabled) return;
    range(out, 'haircut', [...base, 'revenueLines', i, 'haircut'], l.haircut);
    if (l.kind === 'retention') {
      const key = l.churnReductionMode === 'entered' ? 'churnReduction' : 'dissatisfiedTarget';
      const rho = churnReduction(l);
      const f = figure('churnReduction12m');
      if (f.high !== null && rho > f.high + 1e-12)
        out.push({ figureId: 'churnReduction12m', path: [...base, 'revenueLines', i, key], value: rho, direction: 'above', limit: f.high });
    }
    if (l.kind === 'expansion') range(out, 'expansionUplift', [...base, 'revenueLines', i, 'uplift'], l.uplift);
  });
  s.savingLines.forEach((l, i) => {
    if (l.enabled) range(out, 'haircut', [...base, 'savingLines', i, 'haircut'], l.haircut);
  });
  const svc = s.service;
  if (svc.selfServiceCostPerContact > svc.assistedCostPerContact)
    out.push({
      figureId: 'costPerContactSelfService',
      path: [...base, 'service', 'selfServiceCostPerContact'],
      value: svc.selfServiceCostPerContact,
      direction: 'inconsistent',
      limit: svc.assistedCostPerContact,
    });
  if (svc.aiCostPerResolution > svc.assistedCostPerContact)
    out.push({
      figureId: 'costPerContactAssisted',
      path: [...base, 'service', 'aiCostPerResolution'],
      value: svc.aiCostPerResolution,
      direction: 'inconsistent',
      limit: svc.assistedCostPerContact,
    });
  if (paybackMonth !== null) {
    const f = figure('paybackMonth');
    if (f.low !== null && paybackMonth < f.low)
      out.push({ figureId: 'paybackMonth', path: [...base, 'result', 'paybackMonth'], value: paybackMonth, direction: 'below', limit: f.low });
  }
  return out;
}

function shown(f: Figure, x: number): string {
  if (f.unit === 'fraction') return `${+(x * 100).toFixed(2)}%`;
  if (f.unit === 'month') return `month ${+x.toFixed(1)}`;
  return `${+x.toFixed(2)}`;
}

/**
 * A flag in words, naming the figure, the value, the published limit and the source, e.g.
 * "Ticket deflection from a knowledge base: 55% is above the highest published figure, 40% (source: …)".
 * For the CLI, logs and reports; the app translates from the flag's fields.
 */
export function describeFlag(flag: CredibilityFlag, lang: 'en' | 'it' = 'en'): string {
  const f = figure(flag.figureId);
  const v = shown(f, flag.value);
  const lim = shown(f, flag.limit);
  const src = citation(f, lang);
  if (flag.direction === 'inconsistent') {
    // Both consistency checks compare a cheaper channel's cost with the assisted cost per contact.
    const ai = flag.path[flag.path.length - 1] === 'aiCostPerResolution';
    return lang === 'it'
      ? `${ai ? 'Costo per risoluzione AI' : f.label.it}: ${v} supera il costo per contatto assistito, ${lim}`
      : `${ai ? 'Cost per AI resolution' : f.label.en}: ${v} is above the assisted cost per contact, ${lim}`;
  }
  if (lang === 'it') {
    const rel =
      flag.direction === 'above'
        ? `è sopra il valore più alto pubblicato, ${lim}`
        : `è sotto il valore più basso pubblicato, ${lim}`;
    return `${f.label.it}: ${v} ${rel} (fonte: ${src})`;
  }
  const rel =
    flag.direction === 'above'
      ? `is above the highest published figure, ${lim}`
      : `is below the lowest published figure, ${lim}`;
  return `${f.label.en}: ${v} ${rel} (source: ${src})`;
}
