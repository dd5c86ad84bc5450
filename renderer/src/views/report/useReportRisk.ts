/**
 * The Report step's risk page on screen: the Risk step's worker (useRisk) runs the analysis off the
 * page's thread, and its pieces are joined by shared/risk's assembleAnalysis — the function the
 * printed report's analyseRisk ends with — so the preview shows the page the PDF prints, with the
 * case's seed and trials. Null until a complete run is in (a cancelled or failed run shows none).
 */
import { useMemo } from 'react';
import type { Case } from '@shared/case/schema';
import { assembleAnalysis } from '@shared/risk/analyse';
import { useRisk } from '../risk/useRisk';
import type { ReportRisk } from './risk';

export function useReportRisk(doc: Case, scenarioIndex: number): { risk: ReportRisk | null; running: boolean } {
  const r = useRisk(doc, scenarioIndex);
  const { register, tornado, breakEvens, result, status } = r;
  const risk = useMemo(
    () => (status === 'done' && register && tornado && breakEvens && result ? { analysis: assembleAnalysis(register, tornado, breakEvens, result), register } : null),
    [status, register, tornado, breakEvens, result],
  );
  return { risk, running: status === 'running' || status === 'waiting' };
}
