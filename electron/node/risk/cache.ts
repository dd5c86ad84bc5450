/**
 * Risk analyses already computed in this process, keyed by a hash of exactly what an analysis reads:
 * the case without its other scenarios (discount rate, horizon, finance settings…), the scenario
 * itself, its stored ranges, the seed and the trial count. The workbook's Risk sheet takes an entry
 * when the key matches (a second export, the round trip's reference export) instead of rerunning
 * the Monte Carlo: the same inputs and seed give the same numbers, so a hit cannot differ from a
 * fresh run. `updatedAt` is left out of the key: saving a case unchanged does not change a figure.
 */
import { createHash } from 'node:crypto';
import type { Case } from '@shared/case/schema';
import type { RiskAnalysis } from '@shared/risk/analyse';
import { riskOf } from '@shared/risk/stored';

export interface CachedAnalysis {
  analysis: RiskAnalysis;
  /** When the analysis was computed (the stamp on the Risk sheet says so). */
  computedAt: Date;
}

/** The key of scenario `index`'s analysis; null when there is no such scenario. */
export function analysisKey(c: Case, index: number): string | null {
  const s = c.scenarios[index];
  if (!s) return null;
  const risk = riskOf(c);
  // Everything at case level except the other scenarios, the ranges of other scenarios and the save time.
  const { scenarios: _all, risk: _risk, updatedAt: _at, ...rest } = c;
  const input = { rest, scenario: s, seed: risk.seed, trials: risk.trials, ranges: risk.ranges.filter((r) => r.scenarioId === s.id) };
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

/** Least recently used entries go first: a handful of scenarios is what an export session touches. */
export class AnalysisCache {
  private readonly entries = new Map<string, CachedAnalysis>();
  constructor(private readonly capacity = 24) {}

  get(key: string): CachedAnalysis | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: CachedAnalysis): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The process's cache (the app's main process, the browser-mode server, one CLI run). */
export const analysisCache = new AnalysisCache();
