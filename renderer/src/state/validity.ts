/**
 * Is an edited document still a valid case? The store asks on every keystroke, so an edit inside
 * one scenario is checked on that scenario in its case (same verdict, a fraction of the cost).
 */
import { CaseSchema, type Case } from '@shared/case/schema';
import { checkScenarioInCase, problemsFromIssues, type Problem } from '@shared/case/validate';

/** Validates with the shared schema; collects the problems when it is not a valid case. */
export function isValidCase(x: unknown, problems: Problem[]): x is Case {
  const r = CaseSchema.safeParse(x);
  if (!r.success) problems.push(...problemsFromIssues(r.error.issues));
  return r.success;
}

/**
 * After an edit inside one scenario (not its name): when everything else is still the valid case
 * it was, checking that scenario in its case proves the whole — at a fraction of the cost, which
 * matters on every keystroke of a large case. Anything else gets the whole case checked.
 */
export function isValidAfterScenarioEdit(x: unknown, before: Case, i: number, problems: Problem[]): x is Case {
  const old = before.scenarios[i];
  if (typeof x !== 'object' || x === null || !('scenarios' in x) || !Array.isArray(x.scenarios) || !old) return isValidCase(x, problems);
  const scenarios: unknown[] = x.scenarios;
  const edited = scenarios[i];
  const restSame =
    scenarios.length === before.scenarios.length &&
    before.scenarios.every((s, k) => k === i || scenarios[k] === s) &&
    typeof edited === 'object' &&
    edited !== null &&
    'name' in edited &&
    edited.name === old.name;
  if (!restSame) return isValidCase(x, problems);
  const r = checkScenarioInCase(x, edited, i);
  if (!r.ok) problems.push(...r.problems);
  return r.ok;
}
