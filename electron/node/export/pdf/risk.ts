/**
 * The risk analysis both PDF printers send the print page: the printed scenario's, from the same
 * startAnalyses the workbook's Risk sheet uses, so it comes from this process's analysis cache when
 * an export of the same inputs, seed and trials already computed it (a second PDF, an Excel export
 * then a PDF), and otherwise from a worker thread (or this thread where there is no worker file).
 * The page then draws it instead of rerunning the Monte Carlo on every export.
 */
import type { Case } from '@shared/case/schema';
import type { PrintRisk } from '@shared/contract/report';
import { startAnalyses, type AnalysisOptions, type StampedAnalysis } from '../../risk/analyses';
import type { PdfOptions } from './layout';

export interface SentRisk {
  risk: PrintRisk;
  /** Where the Node side got it: the cache, a worker thread, or this thread. */
  by: StampedAnalysis['by'];
}

/** The index of the scenario printed, as the print page resolves it (null: the first); -1 when absent. */
export function printedScenarioIndex(c: Case, o: Pick<PdfOptions, 'scenarioId'>): number {
  return o.scenarioId === null ? 0 : c.scenarios.findIndex((s) => s.id === o.scenarioId);
}

/**
 * Starts the printed scenario's analysis now (a worker runs it while the caller opens its page) and
 * returns a function that waits for it. Null when the scenario is not in the case (the page refuses
 * that request with its own message) or the analysis failed.
 */
export function startPrintRisk(c: Case, o: Pick<PdfOptions, 'scenarioId'>, opts: AnalysisOptions = {}): () => Promise<SentRisk | null> {
  const index = printedScenarioIndex(c, o);
  const scenario = c.scenarios[index];
  if (!scenario) return () => Promise.resolve(null);
  const ready = startAnalyses(c, [index], opts);
  return async () => {
    let got: StampedAnalysis | undefined;
    try {
      got = (await ready()).get(index);
    } catch {
      // Only analyseRisk itself failing gets here (a failed worker already fell back to this thread): send
      // none, so the page runs it and the export fails with the page's own message, as it did before.
      return null;
    }
    return got ? { risk: { scenarioId: scenario.id, analysis: got.analysis }, by: got.by } : null;
  };
}
