/**
 * A private copy of one scenario whose assumptions are set in place, trial after trial, without
 * touching the user's case; evaluating it runs the fast trial path (shared/risk/fast-model.ts).
 */
import type { Case, Scenario } from '../case/schema';
import { holderOf, type Assumption } from './assumptions';
import { compileScenario, type FastModel, type TrialOutcome } from './fast-model';

export class Workspace {
  readonly case: Case;
  readonly scenario: Scenario;
  private readonly holders: Record<string, unknown>[];
  private readonly fields: string[];
  private readonly likely: number[];
  private readonly model: FastModel;

  constructor(c: Case, scenarioIndex: number, assumptions: readonly Pick<Assumption, 'group' | 'index' | 'field' | 'value'>[]) {
    const source = c.scenarios[scenarioIndex];
    if (!source) throw new Error(`No scenario at index ${scenarioIndex}`);
    // JSON round trip: a case is plain JSON data, and numbers survive it exactly.
    const copy = JSON.parse(JSON.stringify({ ...c, scenarios: c.scenarios.map((x, i) => (i === scenarioIndex ? x : null)) })) as Case;
    this.case = copy;
    this.scenario = copy.scenarios[scenarioIndex] as Scenario;
    this.holders = assumptions.map((a) => {
      const h = holderOf(copy, scenarioIndex, a);
      if (!h) throw new Error(`No ${a.group} item at ${a.index}`);
      return h;
    });
    this.fields = assumptions.map((a) => a.field);
    this.likely = assumptions.map((a) => a.value);
    this.model = compileScenario(copy, this.scenario);
  }

  set(i: number, v: number): void {
    const h = this.holders[i];
    const f = this.fields[i];
    if (h && f !== undefined) h[f] = v;
  }

  reset(i: number): void {
    this.set(i, this.likely[i] ?? 0);
  }

  resetAll(): void {
    for (let i = 0; i < this.likely.length; i++) this.reset(i);
  }

  evaluate(): TrialOutcome {
    return this.model.evaluate();
  }

  /** The outcome with assumption i at v and every other at its likely value. */
  withOne(i: number, v: number): TrialOutcome {
    this.set(i, v);
    const out = this.evaluate();
    this.reset(i);
    return out;
  }
}
