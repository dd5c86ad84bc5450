/** Messages between the export and its risk worker thread (worker-entry.ts). */
import type { Case } from '@shared/case/schema';
import type { RiskAnalysis } from '@shared/risk/analyse';

export interface RiskJob {
  doc: Case;
  scenarioIndex: number;
}

export type RiskReply = { ok: true; analysis: RiskAnalysis } | { ok: false; message: string };
