/**
 * The workbook's risk analyses: the cache key moves with every input an analysis reads and with
 * nothing else; the cache forgets its oldest entry; a worker thread (the bundled worker, built here
 * from the sources as scripts/build.mjs builds it) gives exactly the in-thread analysis; a worker that
 * fails falls back to the thread; a second export of the same inputs reuses the first's analysis and
 * says so, and a changed seed is computed afresh.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { riskLabels } from '@electron-node/export/xlsx/labels-risk';
import { startAnalyses } from '@electron-node/risk/analyses';
import { AnalysisCache, analysisCache, analysisKey } from '@electron-node/risk/cache';
import type { Case } from '@shared/case/schema';
import { analyseRisk } from '@shared/risk/analyse';
import { monteCarlo } from '@shared/risk/monte-carlo';
import { buildRegister } from '@shared/risk/register';
import { Workspace } from '@shared/risk/workspace';
import { richCase } from '../export/xlsx/fixtures';
import { readBook } from '../export/xlsx/read';

function small(): Case {
  const c = richCase();
  c.risk = { ...c.risk, seed: 77, trials: 300 };
  return c;
}

const dir = mkdtempSync(join(tmpdir(), 'cxcase-risk-worker-'));
const workerFile = join(dir, 'risk-worker.cjs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await build({ entryPoints: [join(__dirname, '..', '..', '..', '..', 'electron', 'node', 'risk', 'worker-entry.ts')], outfile: workerFile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
});

describe('analysisKey', () => {
  it('changes with the scenario, the case-level model inputs, the seed, the trials and this scenario’s ranges only', () => {
    const c = small();
    const k0 = analysisKey(c, 0);
    expect(k0).toMatch(/^[0-9a-f]{64}$/);
    expect(analysisKey(structuredClone(c), 0)).toBe(k0);
    // Not: the save time, another scenario, another scenario's range.
    const other = structuredClone(c);
    other.updatedAt = '2030-01-01T00:00:00.000Z';
    other.scenarios[1]!.moments[0]!.deflectionRate = 0.01;
    other.risk.ranges = [{ scenarioId: c.scenarios[1]!.id, key: 'discountRate', low: 0.05, high: 0.2, owner: '', confidence: null, sourceUrl: '', sourceDate: '' }];
    expect(analysisKey(other, 0)).toBe(k0);
    // Yes: each of these.
    const edits: ((x: Case) => void)[] = [
      (x) => (x.scenarios[0]!.moments[0]!.deflectionRate = 0.36),
      (x) => (x.discountRate = 0.11),
      (x) => (x.taxRate = 0.2),
      (x) => (x.risk.seed = 78),
      (x) => (x.risk.trials = 301),
      (x) => (x.risk.ranges = [{ scenarioId: c.scenarios[0]!.id, key: 'discountRate', low: 0.05, high: 0.2, owner: '', confidence: null, sourceUrl: '', sourceDate: '' }]),
    ];
    for (const edit of edits) {
      const x = structuredClone(c);
      edit(x);
      expect(analysisKey(x, 0), edit.toString()).not.toBe(k0);
    }
    expect(analysisKey(c, 9)).toBeNull();
  });

  it('keeps the most recently used entries', () => {
    const cache = new AnalysisCache(2);
    const e = { analysis: analyseRisk(small(), 0, { ...small().risk, trials: 100 }), computedAt: new Date(0) };
    cache.set('a', e);
    cache.set('b', e);
    expect(cache.get('a')).toBe(e);
    cache.set('c', e);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(e);
    expect(cache.size).toBe(2);
  });
});

describe('startAnalyses', () => {
  it('gives in worker threads exactly the analysis computed in this thread', async () => {
    const c = small();
    const cache = new AnalysisCache();
    const got = await startAnalyses(c, [0, 1], { workerFile, cache })();
    for (const i of [0, 1]) {
      expect(got.get(i)?.by).toBe('worker');
      expect(got.get(i)?.analysis).toEqual(analyseRisk(c, i, c.risk));
    }
    expect(cache.size).toBe(2);
    // Asked again: the cache answers, with the first computation's time.
    const again = await startAnalyses(c, [1], { workerFile, cache })();
    expect(again.get(1)?.by).toBe('cache');
    expect(again.get(1)?.computedAt).toEqual(got.get(1)?.computedAt);
  });

  it('falls back to this thread when a worker fails', async () => {
    const broken = join(dir, 'broken-worker.cjs');
    writeFileSync(broken, 'throw new Error("no")\n');
    const c = small();
    const got = await startAnalyses(c, [0], { workerFile: broken, cache: new AnalysisCache() })();
    expect(got.get(0)?.by).toBe('thread');
    expect(got.get(0)?.analysis).toEqual(analyseRisk(c, 0, c.risk));
  });
});

describe('the Risk sheet across exports', () => {
  it('reuses the analysis of the same inputs on a second export, and recomputes after a seed change', async () => {
    analysisCache.clear();
    const c = small();
    const R = riskLabels('en');
    const first = await readBook(await buildWorkbook(c, { riskWorker: workerFile }));
    const second = await readBook(await buildWorkbook(structuredClone(c), { riskWorker: null }));
    expect(first.value('S1_Risk_By')).toBe(R.byThisExport);
    expect(second.value('S1_Risk_By')).toBe(R.byEarlier);
    expect(second.value('S1_Risk_At')).toEqual(first.value('S1_Risk_At'));
    for (const n of ['S1_Risk_NPV_P10', 'S1_Risk_NPV_P50', 'S2_Risk_NPV_P90', 'S2_Risk_PPositive']) expect(second.value(n)).toBe(first.value(n));

    const moved = structuredClone(c);
    moved.risk.seed = 78;
    const third = await readBook(await buildWorkbook(moved, { riskWorker: workerFile }));
    expect(third.value('S1_Risk_By')).toBe(R.byThisExport);
    const register = buildRegister(moved, 0, moved.risk.ranges);
    const mc = monteCarlo(new Workspace(moved, 0, register), register, 78, 300);
    expect(third.value('S1_Risk_NPV_P50')).toBe(mc.npv.p50);
    expect(third.value('S1_Risk_NPV_P50')).not.toBe(first.value('S1_Risk_NPV_P50'));
  }, 180_000);
});
