/**
 * Runs the risk analysis of the scenario shown in a Web Worker: after an edit it waits for a pause in
 * typing (debounce), then starts a new run, which supersedes the one before. Cancel stops the
 * simulation; the tornado and break-evens already shown stay.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case } from '@shared/case/schema';
import type { BreakEven } from '@shared/risk/analyse';
import type { MonteCarloResult } from '@shared/risk/monte-carlo';
import type { RangedAssumption } from '@shared/risk/register';
import type { TornadoBar } from '@shared/risk/tornado';
import type { FromWorker, ToWorker } from './protocol';

/** Quiet time after the last edit before a rerun. */
export const RERUN_DEBOUNCE_MS = 400;

export interface RiskState {
  register: RangedAssumption[] | null;
  tornado: TornadoBar[] | null;
  breakEvens: BreakEven[] | null;
  progress: { done: number; total: number } | null;
  result: MonteCarloResult | null;
  status: 'waiting' | 'running' | 'done' | 'cancelled' | 'failed';
  error: string | null;
}

const EMPTY: RiskState = { register: null, tornado: null, breakEvens: null, progress: null, result: null, status: 'waiting', error: null };

export function useRisk(doc: Case, scenarioIndex: number): RiskState & { cancel: () => void; rerun: () => void } {
  const [state, setState] = useState<RiskState>(EMPTY);
  const worker = useRef<Worker | null>(null);
  const job = useRef(0);

  useEffect(() => {
    const w = new Worker(new URL('./risk.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.job !== job.current) return;
      if (m.type === 'sensitivity') setState((s) => ({ ...s, register: m.register, tornado: m.tornado, breakEvens: m.breakEvens }));
      else if (m.type === 'progress') setState((s) => ({ ...s, progress: { done: m.done, total: m.total } }));
      else if (m.type === 'done') setState((s) => ({ ...s, result: m.result, status: 'done', progress: { done: m.result.trials, total: m.result.trials } }));
      else if (m.type === 'cancelled') setState((s) => ({ ...s, status: 'cancelled' }));
      else setState((s) => ({ ...s, status: 'failed', error: m.message }));
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const start = useCallback(() => {
    job.current += 1;
    setState((s) => ({ ...s, status: 'running', progress: { done: 0, total: doc.risk.trials }, error: null }));
    const m: ToWorker = { type: 'run', job: job.current, doc, scenarioIndex };
    worker.current?.postMessage(m);
  }, [doc, scenarioIndex]);

  useEffect(() => {
    const timer = setTimeout(start, RERUN_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [start]);

  const cancel = useCallback(() => {
    const m: ToWorker = { type: 'cancel', job: job.current };
    worker.current?.postMessage(m);
  }, []);

  return { ...state, cancel, rerun: start };
}
