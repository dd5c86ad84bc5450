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

/** The job analyses.ts sends; the case was validated before the export began. */
function isJob(x: unknown): x is RiskJob {
  return typeof x === 'object' && x !== null && 'doc' in x && typeof x.doc === 'object' && x.doc !== null && 'scenarioIndex' in x && typeof x.scenarioIndex === 'number';
}

const data: unknown = workerData;
parentPort?.postMessage(isJob(data) ? run(data) : { ok: false, message: 'The risk worker was started without a job' });
