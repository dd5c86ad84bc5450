/**
 * The register: every assumption of a scenario with its range — the stored one where the user set it
 * (clipped so the likely value stays inside it), else the default — and its owner, confidence, source.
 */
import type { Case } from '../case/schema';
import { listAssumptions, type Assumption } from './assumptions';
import { defaultRange } from './defaults';
import type { Confidence, RiskRange } from './schema';

export interface RangedAssumption extends Assumption {
  low: number;
  high: number;
  /** True when no range is stored: the default (published or rule-of-thumb) applies. */
  isDefault: boolean;
  /** Where a default range comes from: a benchmark figure id; null for a stored or rule-of-thumb range. */
  publishedFigure: Assumption['figure'];
  owner: string;
  confidence: Confidence | null;
  sourceUrl: string;
  sourceDate: string;
}

export function buildRegister(c: Case, scenarioIndex: number, stored: readonly RiskRange[]): RangedAssumption[] {
  const s = c.scenarios[scenarioIndex];
  if (!s) return [];
  const mine = new Map(stored.filter((r) => r.scenarioId === s.id).map((r) => [r.key, r]));
  return listAssumptions(c, scenarioIndex).map((a) => {
    const r = mine.get(a.key);
    if (!r) {
      const d = defaultRange(a);
      return { ...a, low: d.low, high: d.high, isDefault: true, publishedFigure: d.figure, owner: '', confidence: null, sourceUrl: '', sourceDate: '' };
    }
    // A range that no longer holds the likely value (the value was edited since) is widened to it,
    // and kept inside the field's valid range: PERT needs low ≤ likely ≤ high.
    const low = Math.max(a.min, Math.min(r.low, a.value));
    const high = Math.min(a.max, Math.max(r.high, a.value));
    return { ...a, low, high, isDefault: false, publishedFigure: null, owner: r.owner, confidence: r.confidence, sourceUrl: r.sourceUrl, sourceDate: r.sourceDate };
  });
}
