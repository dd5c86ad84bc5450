/**
 * Credibility flags: assumptions outside the published range of a benchmark figure, named with
 * the figure and its source, so a reviewer sees at once which numbers need a justification.
 */
import type { Case, Scenario } from '../case/schema';
import { citation, figure, type Figure, type FigureId } from '../benchmarks/library';
import { churnReduction } from './segments';
import { inAutomationScope } from './volume';

export type FlagPath = (string | number)[];

/** What a flag concerns, by kind and name, so every view can say it in its own language. */
export interface FlagSubject {
  kind: 'case' | 'moment' | 'revenueLine' | 'savingLine' | 'scenario';
  /** The moment's or line's name; '' for the case setting and the scenario's result. */
  name: string;
}

export interface CredibilityFlag {
  figureId: FigureId;
  /** JSON path of the assumption, from the case root. */
  path: FlagPath;
  /** The moment, line or setting the flag concerns. */
  subject: FlagSubject;
  value: number;
  /**
   * 'above' the high end (a benefit rate that flatters the case), 'below' the low end (a haircut,
   * discount rate or payback month that flatters it), or 'inconsistent' with another input.
   */
  direction: 'above' | 'below' | 'inconsistent';
  /** The published end that was crossed (or, for 'inconsistent', the input it contradicts). */
  limit: number;
  /** The published range, [low, high]; null where an end is not published. */
  range: [number | null, number | null];
}

/**
 * Only the direction that flatters the case is ever flagged: a benefit rate above the published
 * range; a haircut, a discount rate or a payback month below it. A more cautious value never is.
 */
const FLATTERING: Partial<Record<FigureId, 'above' | 'below'>> = {
  deflectionRate: 'above',
  aiResolutionRate: 'above',
  churnReduction12m: 'above',
  expansionUplift: 'above',
  haircut: 'below',
  discountRate: 'below',
  paybackMonth: 'below',
};

export function flatteringDirection(id: FigureId): 'above' | 'below' | null {
  return FLATTERING[id] ?? null;
}

class Flags {
  readonly out: CredibilityFlag[] = [];
  private readonly seen = new Set<string>();

  /** Once each: one flag per assumption (path), whatever asks twice. */
  push(flag: CredibilityFlag): void {
    const key = flag.path.join('\u0000');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push(flag);
  }

  range(id: FigureId, path: FlagPath, subject: FlagSubject, value: number): void {
    const f = figure(id);
    const range: [number | null, number | null] = [f.low, f.high];
    const dir = flatteringDirection(id);
    if (dir === 'above' && f.high !== null && value > f.high + 1e-12) this.push({ figureId: id, path, subject, value, direction: 'above', limit: f.high, range });
    if (dir === 'below' && f.low !== null && value < f.low - 1e-12) this.push({ figureId: id, path, subject, value, direction: 'below', limit: f.low, range });
  }
}

export function credibilityFlags(c: Case, s: Scenario, scenarioIndex: number, paybackMonth: number | null): CredibilityFlag[] {
  const flags = new Flags();
  const base: FlagPath = ['scenarios', scenarioIndex];
  flags.range('discountRate', ['discountRate'], { kind: 'case', name: '' }, c.discountRate);
  s.moments.forEach((m, i) => {
    if (!inAutomationScope(m)) return;
    const subject: FlagSubject = { kind: 'moment', name: m.name };
    flags.range('deflectionRate', [...base, 'moments', i, 'deflectionRate'], subject, m.deflectionRate);
    flags.range('aiResolutionRate', [...base, 'moments', i, 'aiResolutionRate'], subject, m.aiResolutionRate);
  });
  s.revenueLines.forEach((l, i) => {
    if (!l.enabled) return;
    const subject: FlagSubject = { kind: 'revenueLine', name: l.label };
    flags.range('haircut', [...base, 'revenueLines', i, 'haircut'], subject, l.haircut);
    if (l.kind === 'retention') {
      const key = l.churnReductionMode === 'entered' ? 'churnReduction' : 'dissatisfiedTarget';
      flags.range('churnReduction12m', [...base, 'revenueLines', i, key], subject, churnReduction(l));
    }
    if (l.kind === 'expansion') flags.range('expansionUplift', [...base, 'revenueLines', i, 'uplift'], subject, l.uplift);
  });
  s.savingLines.forEach((l, i) => {
    if (l.enabled) flags.range('haircut', [...base, 'savingLines', i, 'haircut'], { kind: 'savingLine', name: l.label }, l.haircut);
  });
  // A cheaper channel dearer than an assisted contact turns the saving into a cost: flagged on the
  // saving line that uses it, and only when that line counts.
  const svc = s.service;
  const lineOf = (kind: 'deflection' | 'ai') => {
    const i = s.savingLines.findIndex((l) => l.kind === kind && l.enabled);
    return i < 0 ? null : { i, subject: { kind: 'savingLine', name: s.savingLines[i]?.label ?? '' } satisfies FlagSubject };
  };
  const defl = lineOf('deflection');
  if (defl && svc.selfServiceCostPerContact > svc.assistedCostPerContact)
    flags.push({
      figureId: 'costPerContactSelfService',
      path: [...base, 'service', 'selfServiceCostPerContact'],
      subject: defl.subject,
      value: svc.selfServiceCostPerContact,
      direction: 'inconsistent',
      limit: svc.assistedCostPerContact,
      range: [null, null],
    });
  const ai = lineOf('ai');
  if (ai && svc.aiCostPerResolution > svc.assistedCostPerContact)
    flags.push({
      figureId: 'costPerContactAssisted',
      path: [...base, 'service', 'aiCostPerResolution'],
      subject: ai.subject,
      value: svc.aiCostPerResolution,
      direction: 'inconsistent',
      limit: svc.assistedCostPerContact,
      range: [null, null],
    });
  if (paybackMonth !== null) flags.range('paybackMonth', [...base, 'result', 'paybackMonth'], { kind: 'scenario', name: '' }, paybackMonth);
  return flags.out;
}

function shown(f: Figure, x: number, lang: 'en' | 'it'): string {
  const n = (v: number) => (lang === 'it' ? String(v).replace('.', ',') : String(v));
  if (f.unit === 'fraction') return `${n(+(x * 100).toFixed(2))}%`;
  if (f.unit === 'month') return `${lang === 'it' ? 'mese' : 'month'} ${n(+x.toFixed(1))}`;
  return n(+x.toFixed(2));
}

/** "moment “Password reset”", "line “Retention saves”", "the service baseline"… */
export function describeSubject(subject: FlagSubject, lang: 'en' | 'it' = 'en'): string {
  const q = (s: string) => `“${s}”`;
  const words = {
    en: { case: 'case setting', moment: 'moment', revenueLine: 'revenue line', savingLine: 'saving line', scenario: 'this scenario' },
    it: { case: 'impostazione del caso', moment: 'momento', revenueLine: 'voce di ricavo', savingLine: 'voce di risparmio', scenario: 'questo scenario' },
  }[lang];
  return subject.name ? `${words[subject.kind]} ${q(subject.name)}` : words[subject.kind];
}

/**
 * A flag in words, naming the figure, what it concerns, the value, the published limit and the
 * source, e.g. "Ticket deflection from a knowledge base, moment “Password reset”: 55% is above the
 * highest published figure, 40% (source: …)". For the CLI and logs; the app and the report word
 * flags through their dictionaries, from the flag's fields.
 */
export function describeFlag(flag: CredibilityFlag, lang: 'en' | 'it' = 'en'): string {
  const f = figure(flag.figureId);
  const v = shown(f, flag.value, lang);
  const lim = shown(f, flag.limit, lang);
  const src = citation(f, lang);
  const about = `, ${describeSubject(flag.subject, lang)}`;
  if (flag.direction === 'inconsistent') {
    // Both consistency checks compare a cheaper channel's cost with the assisted cost per contact.
    const ai = flag.path[flag.path.length - 1] === 'aiCostPerResolution';
    return lang === 'it'
      ? `${ai ? 'Costo per risoluzione AI' : f.label.it}${about}: ${v} supera il costo per contatto assistito, ${lim}`
      : `${ai ? 'Cost per AI resolution' : f.label.en}${about}: ${v} is above the assisted cost per contact, ${lim}`;
  }
  if (lang === 'it') {
    const rel =
      flag.direction === 'above'
        ? `è sopra il valore più alto pubblicato, ${lim}`
        : `è sotto il valore più basso pubblicato, ${lim}`;
    return `${f.label.it}${about}: ${v} ${rel} (fonte: ${src})`;
  }
  const rel =
    flag.direction === 'above'
      ? `is above the highest published figure, ${lim}`
      : `is below the lowest published figure, ${lim}`;
  return `${f.label.en}${about}: ${v} ${rel} (source: ${src})`;
}
