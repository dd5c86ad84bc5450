/**
 * A private copy of one scenario whose assumptions are set in place, trial after trial, without
 * touching the user's case; evaluating it runs the compiled trial path (shared/risk/fast-model.ts)
 * while every Model v2 setting is at its default, else the engine's own path (engine-trial.ts). The
 * choice is made at each evaluation: tax, growth and inflation are in the register, so a trial, a
 * tornado end or a break-even search can move them away from their defaults and back.
 */
import type { Case, Scenario } from '../case/schema';
import { holderOf, type Assumption } from './assumptions';
import { engineTrial, usesFinanceDepth } from './engine-trial';
import { compileScenario, type FastModel, type TrialOutcome } from './fast-model';

export class Workspace {
  readonly case: Case;
  readonly scenario: Scenario;
  private readonly holders: object[];
  private readonly fields: string[];
  private readonly likely: number[];
  private readonly fast: FastModel;

  constructor(c: Case, scenarioIndex: number, assumptions: readonly Pick<Assumption, 'group' | 'index' | 'field' | 'value'>[]) {
    const source = c.scenarios[scenarioIndex];
    if (!source) throw new Error(`No scenario at index ${scenarioIndex}`);
    // Only this scenario is copied: the others are never read by a trial.
    const copy: Case = { ...structuredClone({ ...c, scenarios: [source] }) };
    const scenario = copy.scenarios[0];
    if (!scenario) throw new Error('The copy lost its scenario');
    this.case = copy;
    this.scenario = scenario;
    this.holders = assumptions.map((a) => {
      const h = holderOf(copy, 0, a);
      if (!h) throw new Error(`No ${a.group} item at ${a.index}`);
      return h;
    });
    this.fields = assumptions.map((a) => a.field);
    this.likely = assumptions.map((a) => a.value);
    this.fast = compileScenario(copy, scenario);
  }

  set(i: number, v: number): void {
    const h = this.holders[i];
    const f = this.fields[i];
    if (h && f !== undefined) Reflect.set(h, f, v);
  }

  reset(i: number): void {
    this.set(i, this.likely[i] ?? 0);
  }

  resetAll(): void {
    for (let i = 0; i < this.likely.length; i++) this.reset(i);
  }

  evaluate(): TrialOutcome {
    return usesFinanceDepth(this.case, this.scenario) ? engineTrial(this.case, this.scenario) : this.fast.evaluate();
  }

  /** The outcome with assumption i at v and every other at its likely value. */
  withOne(i: number, v: number): TrialOutcome {
    this.set(i, v);
    const out = this.evaluate();
    this.reset(i);
    return out;
  }
}
