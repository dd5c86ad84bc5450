/**
 * The Risk step's worker: register, tornado and break-evens first (one message), then the Monte
 * Carlo in chunks, yielding to the message queue between chunks so a newer run or a cancel is seen at
 * once. The page's thread never runs a trial: typing stays as fast during a run as without one.
 */
import { breakEvens } from '@shared/risk/analyse';
import { MonteCarloRun } from '@shared/risk/monte-carlo';
import { buildRegister } from '@shared/risk/register';
import { tornado } from '@shared/risk/tornado';
import { Workspace } from '@shared/risk/workspace';
import { CHUNK, type FromWorker, type ToWorker } from './protocol';

let current = 0;

const post = (m: FromWorker) => postMessage(m);
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(m: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  current = m.job;
  const register = buildRegister(m.doc, m.scenarioIndex, m.doc.risk.ranges);
  const ws = new Workspace(m.doc, m.scenarioIndex, register);
  const bars = tornado(ws, register);
  post({ type: 'sensitivity', job: m.job, register, tornado: bars, breakEvens: breakEvens(ws, register, bars) });
  const mc = new MonteCarloRun(ws, register, m.doc.risk.seed, m.doc.risk.trials);
  while (!mc.finished) {
    await breathe();
    if (current !== m.job) return post({ type: 'cancelled', job: m.job });
    post({ type: 'progress', job: m.job, done: mc.step(CHUNK), total: mc.trials });
  }
  post({ type: 'done', job: m.job, result: mc.result() });
}

onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'cancel') {
    if (current === m.job) current = 0;
    return;
  }
  run(m).catch((err: unknown) => post({ type: 'failed', job: m.job, message: err instanceof Error ? err.message : String(err) }));
};
