/**
 * The risk worker thread (bundled by scripts/build.mjs as out/node/risk-worker.cjs): analyses one
 * scenario with shared/risk's analyseRisk — the very function the in-thread path runs — and exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseRisk } from '@shared/risk/analyse';
import { riskOf } from '@shared/risk/stored';
import type { RiskJob, RiskReply } from './protocol';

function run(job: RiskJob): RiskReply {
  try {
    return { ok: true, analysis: analyseRisk(job.doc, job.scenarioIndex, riskOf(job.doc)) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.postMessage(run(workerData as RiskJob));
