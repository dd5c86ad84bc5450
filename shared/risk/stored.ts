/** The risk settings a case carries (seed, trials, ranges): the one place that reads them from a case. */
import type { Case } from '../case/schema';
import type { Risk } from './schema';

export function riskOf(c: Case): Risk {
  return c.risk;
}
