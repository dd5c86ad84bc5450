/**
 * A case as case format 1 wrote it: the format-2 document without the fields format 2 added, at
 * schemaVersion 1. For fixtures that stand for files and databases written before format 2.
 */
import { caseFinanceFields, costLineFinanceFields, segmentFinanceFields, serviceFinanceFields } from '@shared/case/finance-fields';
import type { Case } from '@shared/case/schema';

type Doc = Record<string, unknown>;

function without(x: object, fields: object): Doc {
  const out: Doc = { ...x };
  for (const k of Object.keys(fields)) delete out[k];
  return out;
}

export function asFormat1(c: Case): Doc {
  return {
    // Format 1 had neither the finance fields nor the risk register (format 3).
    ...without(c, { ...caseFinanceFields, risk: null }),
    schemaVersion: 1,
    scenarios: c.scenarios.map((s) => ({
      ...s,
      segments: s.segments.map((g) => without(g, segmentFinanceFields)),
      service: without(s.service, serviceFinanceFields),
      costLines: s.costLines.map((l) => without(l, costLineFinanceFields)),
    })),
  };
}
