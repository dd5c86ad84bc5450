/** What every step view receives from the workspace (kept apart from the registry, which imports the views). */
import type { Case } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';

export interface StepProps {
  doc: Case;
  /** Index of the scenario shown. */
  si: number;
  result: ScenarioResult;
  /** Results of every scenario (Compare, Report). */
  results: ScenarioResult[];
}
