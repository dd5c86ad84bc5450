/** Messages between the Risk step and its Web Worker (renderer/src/views/risk/risk.worker.ts). */
import type { Case } from '@shared/case/schema';
import type { BreakEven } from '@shared/risk/analyse';
import type { MonteCarloResult } from '@shared/risk/monte-carlo';
import type { RangedAssumption } from '@shared/risk/register';
import type { TornadoBar } from '@shared/risk/tornado';

export type ToWorker = { type: 'run'; job: number; doc: Case; scenarioIndex: number } | { type: 'cancel'; job: number };

export type FromWorker =
  | { type: 'sensitivity'; job: number; register: RangedAssumption[]; tornado: TornadoBar[]; breakEvens: BreakEven[] }
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'done'; job: number; result: MonteCarloResult }
  | { type: 'cancelled'; job: number }
  | { type: 'failed'; job: number; message: string };

/** Trials between two looks at the message queue (cancel) and two progress messages. */
export const CHUNK = 250;
