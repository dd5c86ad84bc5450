/** Editing the stored range of one assumption: the first edit stores the range it had (default or not). */
import type { Case } from '@shared/case/schema';
import type { RangedAssumption } from '@shared/risk/register';
import type { RiskRange } from '@shared/risk/schema';

export function withRange(doc: Case, scenarioId: string, a: RangedAssumption, patch: Partial<RiskRange>): RiskRange[] {
  const ranges = doc.risk.ranges;
  const i = ranges.findIndex((r) => r.scenarioId === scenarioId && r.key === a.key);
  const base: RiskRange = ranges[i] ?? { scenarioId, key: a.key, low: a.low, high: a.high, owner: a.owner, confidence: a.confidence, sourceUrl: a.sourceUrl, sourceDate: a.sourceDate };
  const next = { ...base, ...patch };
  return i >= 0 ? ranges.map((r, j) => (j === i ? next : r)) : [...ranges, next];
}
