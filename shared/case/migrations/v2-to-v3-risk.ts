/**
 * Case format 2 → 3: the risk register (shared/risk/schema.ts). A case without one gets a seed
 * derived from its id, the default trial count and no stored ranges: every assumption then takes its
 * default range, and no figure of the model changes.
 */
import { emptyRisk } from '../../risk/schema';

/** A case document as read, before validation (migrate.ts's JsonObject; not imported, to keep the table free of cycles). */
type JsonObject = { [key: string]: unknown };

export function v2ToV3Risk(doc: JsonObject): JsonObject {
  if ('risk' in doc) return doc;
  const id = typeof doc['id'] === 'string' ? doc['id'] : '';
  return { ...doc, risk: emptyRisk(id) };
}
