/**
 * The risk analysis a printed report shows: the same `analyseRisk` the CLI (`cxcase risk`) runs, with
 * the case's stored seed and trials, so the page and the CLI print the same numbers. Run by the
 * printers only (renderer/src/print), never on an interactive path.
 */
import type { Case } from '@shared/case/schema';
import { analyseRisk, type RiskAnalysis } from '@shared/risk/analyse';
import { buildRegister, type RangedAssumption } from '@shared/risk/register';
import { riskOf } from '@shared/risk/stored';

export interface ReportRisk {
  analysis: RiskAnalysis;
  /** The ranged assumptions, for their names in the report's language and their kind (rate or not). */
  register: RangedAssumption[];
}

export function reportRisk(doc: Case, scenarioIndex: number): ReportRisk {
  const stored = riskOf(doc);
  return { analysis: analyseRisk(doc, scenarioIndex, stored), register: buildRegister(doc, scenarioIndex, stored.ranges) };
}
