/**
 * The risk analysis a printed report shows: the same `analyseRisk` the CLI (`cxcase risk`) runs, with
 * the case's stored seed and trials, so the page and the CLI print the same numbers. The printers
 * compute it on the Node side (or take it from that side's cache) and send it with the case; the
 * page runs analyseRisk itself only when none came, or when the one that came is not for this
 * scenario, seed and trial count (computing gives the right numbers, slower; refusing would turn a
 * printer that sends none into a failed export). Run by the printers only (renderer/src/print).
 */
import type { Case } from '@shared/case/schema';
import type { PrintRisk } from '@shared/contract/report';
import { analyseRisk, type RiskAnalysis } from '@shared/risk/analyse';
import { buildRegister, type RangedAssumption } from '@shared/risk/register';
import { riskOf } from '@shared/risk/stored';

export interface ReportRisk {
  analysis: RiskAnalysis;
  /** The ranged assumptions, for their names in the report's language and their kind (rate or not). */
  register: RangedAssumption[];
}

/** Where the analysis on the page came from: the printer's request, or a run in the page. */
export type RiskSource = 'request' | 'page';

/** Whether a sent analysis is the one this scenario's page shows: same scenario, seed and trial count. */
export function fitsCase(doc: Case, scenarioIndex: number, sent: PrintRisk): boolean {
  const stored = riskOf(doc);
  return doc.scenarios[scenarioIndex]?.id === sent.scenarioId && sent.analysis.seed === stored.seed && sent.analysis.trials === stored.trials;
}

export function reportRisk(doc: Case, scenarioIndex: number, sent: PrintRisk | null = null): ReportRisk & { source: RiskSource } {
  const stored = riskOf(doc);
  // The register is cheap (no engine run) and carries the names in the report's language.
  const register = buildRegister(doc, scenarioIndex, stored.ranges);
  if (sent && fitsCase(doc, scenarioIndex, sent)) return { analysis: sent.analysis, register, source: 'request' };
  return { analysis: analyseRisk(doc, scenarioIndex, stored), register, source: 'page' };
}
