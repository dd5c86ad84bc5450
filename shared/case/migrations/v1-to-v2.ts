/**
 * Case format 1 → 2 (Model v2, DOMAIN.md): every finance field format 2 added, at the value that
 * computes the format-1 figures unchanged. The start month is the month the case was created.
 * A value already present is kept (and validated), so nothing the file says is overwritten.
 * Runs before validation: anything that is not the shape it expects is passed through untouched,
 * for the schema to report.
 */
import { FINANCE_DEFAULTS, startMonthOf } from '../finance-fields';

type JsonObject = { [key: string]: unknown };

const isObject = (x: unknown): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x);

function withDefaults(x: unknown, defaults: Readonly<JsonObject>): unknown {
  return isObject(x) ? { ...defaults, ...x } : x;
}

function eachWithDefaults(list: unknown, defaults: Readonly<JsonObject>): unknown {
  return Array.isArray(list) ? list.map((x) => withDefaults(x, defaults)) : list;
}

function scenarioV2(s: unknown): unknown {
  if (!isObject(s)) return s;
  return {
    ...s,
    segments: eachWithDefaults(s['segments'], FINANCE_DEFAULTS.segment),
    service: withDefaults(s['service'], FINANCE_DEFAULTS.service),
    costLines: eachWithDefaults(s['costLines'], FINANCE_DEFAULTS.costLine),
  };
}

export function v1ToV2(doc: JsonObject): JsonObject {
  const start = startMonthOf(doc['createdAt']);
  return {
    ...FINANCE_DEFAULTS.case,
    ...(start === null ? {} : { startMonth: start }),
    ...doc,
    scenarios: Array.isArray(doc['scenarios']) ? doc['scenarios'].map(scenarioV2) : doc['scenarios'],
  };
}
