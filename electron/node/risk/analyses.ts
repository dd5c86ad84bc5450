/**
 * The risk analyses a workbook stamps, one per exported scenario, started before the other sheets
 * are written so they are computed while those are built:
 * - an analysis of the same inputs, seed and trials already in this process's cache is taken as is;
 * - otherwise each missing scenario runs in its own worker thread (out/node/risk-worker.cjs, built
 *   with the CLI) while the main thread builds the workbook, or in this thread where no worker file is
 *   at hand (running from the TypeScript sources) or a worker fails.
 * Every path runs shared/risk's analyseRisk with the case's seed and trials: the numbers are the same.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Case } from '@shared/case/schema';
import { analyseRisk, type RiskAnalysis } from '@shared/risk/analyse';
import { riskOf } from '@shared/risk/stored';
import { analysisCache, analysisKey, type AnalysisCache, type CachedAnalysis } from './cache';
import type { RiskJob, RiskReply } from './protocol';

export const WORKER_FILE = 'risk-worker.cjs';

/** Where an analysis on the Risk sheet came from: an earlier run in this process, or this export (in a worker thread or this one). */
export interface StampedAnalysis extends CachedAnalysis {
  by: 'cache' | 'worker' | 'thread';
}

export interface AnalysisOptions {
  /** The bundled worker; undefined = look next to this bundle; null = compute in this thread. */
  workerFile?: string | null;
  cache?: AnalysisCache;
}

/** The worker next to the running bundle (out/node for the CLI and the server, out/main for Electron). */
export function defaultWorkerFile(): string | null {
  return typeof __dirname === 'string' ? workerNextTo(__dirname) : null;
}

/** The worker a bundle in `dir` runs: beside it (a packaged app ships out/main only), else in ../node. */
export function workerNextTo(dir: string): string | null {
  for (const f of [join(dir, WORKER_FILE), join(dir, '..', 'node', WORKER_FILE)]) if (existsSync(f)) return f;
  return null;
}

function isReply(x: unknown): x is RiskReply {
  return typeof x === 'object' && x !== null && 'ok' in x && (x.ok === false ? 'message' in x : 'analysis' in x);
}

function inThread(c: Case, index: number): RiskAnalysis {
  return analyseRisk(c, index, riskOf(c));
}

function inWorker(file: string, c: Case, index: number): Promise<RiskAnalysis> {
  const job: RiskJob = { doc: c, scenarioIndex: index };
  return new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData: job });
    let settled = false;
    w.once('message', (m: unknown) => {
      settled = true;
      if (isReply(m) && m.ok) resolve(m.analysis);
      else reject(new Error(isReply(m) && !m.ok ? m.message : 'The risk worker sent an unreadable reply'));
    });
    w.once('error', (e) => {
      settled = true;
      reject(e);
    });
    w.once('exit', (code) => {
      if (!settled) reject(new Error(`The risk worker stopped (exit code ${code}) before replying`));
    });
  });
}

/**
 * Starts the analyses of `indices`; the promise resolves once all are ready. The caller builds the
 * other sheets meanwhile (worker threads run beside it; the in-thread fallback runs when awaited).
 */
export function startAnalyses(c: Case, indices: readonly number[], opts: AnalysisOptions = {}): () => Promise<Map<number, StampedAnalysis>> {
  const cache = opts.cache ?? analysisCache;
  const file = opts.workerFile === undefined ? defaultWorkerFile() : opts.workerFile;
  const out = new Map<number, StampedAnalysis>();
  const missing: { index: number; key: string | null }[] = [];
  for (const index of indices) {
    const key = analysisKey(c, index);
    const hit = key ? cache.get(key) : undefined;
    if (hit) out.set(index, { ...hit, by: 'cache' });
    else missing.push({ index, key });
  }
  // A small pool: one worker per core (the OS shares them with the thread building the workbook); a
  // scenario waits for a free worker; a failed worker's scenario is computed in this thread instead.
  const limit = Math.max(1, availableParallelism());
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = async (): Promise<void> => {
    if (active >= limit) await new Promise<void>((wake) => waiting.push(wake));
    active++;
  };
  const release = (): void => {
    active--;
    waiting.shift()?.();
  };
  const pooled = async (w: string, index: number): Promise<RiskAnalysis> => {
    await acquire();
    try {
      return await inWorker(w, c, index);
    } finally {
      release();
    }
  };
  const results = new Map(file ? missing.map((m) => [m.index, pooled(file, m.index)] as const) : []);
  // A rejection is handled when awaited below; this keeps Node from reporting it as unhandled meanwhile.
  for (const w of results.values()) w.catch(() => undefined);
  return async () => {
    for (const m of missing) {
      let analysis: RiskAnalysis | null = null;
      const work = results.get(m.index);
      try {
        if (work) analysis = await work;
      } catch {
        analysis = null;
      }
      const by = analysis ? 'worker' : 'thread';
      analysis ??= inThread(c, m.index);
      const entry = { analysis, computedAt: new Date() };
      if (m.key) cache.set(m.key, entry);
      out.set(m.index, { ...entry, by });
    }
    return out;
  };
}
