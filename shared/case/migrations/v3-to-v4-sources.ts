/**
 * Case format 3 → 4: key moments and the baseline volume get a source, as lines and benchmark
 * metrics already had, so a value taken from a ticket export can say where it came from. An older
 * case gets empty sources (nothing was recorded); no figure of the model changes.
 */

/** A case document as read, before validation (migrate.ts's JsonObject; not imported, to keep the table free of cycles). */
type JsonObject = { [key: string]: unknown };

const isObject = (x: unknown): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x);

function withSource(moment: unknown): unknown {
  return isObject(moment) && !('source' in moment) ? { ...moment, source: '' } : moment;
}

function scenarioV4(s: unknown): unknown {
  if (!isObject(s)) return s;
  const out: JsonObject = { ...s };
  if (Array.isArray(s['moments'])) out['moments'] = s['moments'].map(withSource);
  const service = s['service'];
  if (isObject(service) && !('volumeSource' in service)) out['service'] = { ...service, volumeSource: '' };
  return out;
}

export function v3ToV4Sources(doc: JsonObject): JsonObject {
  const scenarios = doc['scenarios'];
  return Array.isArray(scenarios) ? { ...doc, scenarios: scenarios.map(scenarioV4) } : doc;
}
