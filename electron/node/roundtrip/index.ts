/**
 * The round trip: a workbook exported from a case comes back from finance; this reads it (by
 * defined names only), checks it belongs to the case, and reports what changed with each change's
 * NPV effect, what the schema refuses, and what cannot come back. Pure apart from building bytes:
 * the app's handler and the CLI share it, and neither writes anything here.
 */
import type { Case } from '@shared/case/schema';
import { diffInputs } from '@shared/roundtrip/diff';
import { checkIdentity } from '@shared/roundtrip/identity';
import type { ReadInput, RoundTripReport } from '@shared/roundtrip/schema';
import { buildWorkbook } from '../export/xlsx/index';
import { labels } from '../export/xlsx/labels';
import { inputMap } from '../export/xlsx/input-map';
import { readStoredMap } from './identity';
import { compareRiskRegister } from './risk-register';
import { compareStructure } from './structure';
import { address, cellAt, openWorkbook, readCell, WorkbookReadError } from './workbook';

export { WorkbookReadError } from './workbook';

/** A workbook this case cannot take changes from (another case's, an unknown format): the reason. */
export class RoundTripRefused extends WorkbookReadError {}

export async function readRoundTrip(c: Case, bytes: Uint8Array): Promise<RoundTripReport> {
  const book = await openWorkbook(bytes);
  const stored = readStoredMap(book);
  const check = checkIdentity(c, stored?.identity ?? null);
  if (!check.ok || !stored) throw new RoundTripRefused(check.ok ? 'Internal: no identity' : check.reason);
  const { identity } = stored;

  const inputs: ReadInput[] = stored.inputs.map((e) => {
    const place = book.names.get(e.name);
    return { name: e.name, path: e.path, type: e.type, exported: e.value, cell: place ? address(place) : '', read: place ? readCell(cellAt(book, place)) : { kind: 'missing' } };
  });
  const diff = diffInputs(c, identity, inputs);

  // The calculation cells and rows can only be compared with an export of the same shape.
  const indices = identity.scenarioIds.map((id) => c.scenarios.findIndex((s) => s.id === id));
  const sameShape =
    indices.every((i) => i >= 0) &&
    JSON.stringify(inputMap(c, indices).map((e) => [e.name, e.path])) === JSON.stringify(stored.inputs.map((e) => [e.name, e.path]));
  let structure: Pick<RoundTripReport, 'notImportable' | 'overwrittenFormulas'> = { notImportable: [], overwrittenFormulas: [] };
  if (sameShape) {
    const ref = await openWorkbook(await buildWorkbook(c, { scenarioIds: identity.scenarioIds, lang: identity.lang }));
    const L = labels(identity.lang);
    structure = compareStructure(ref, book, new Set(stored.inputs.map((e) => e.name)), new Set([L.sheets.cover, L.sheets.risk]));
    structure.notImportable.push(...compareRiskRegister(ref, book, identity.lang));
  } else
    structure.notImportable.push({
      where: 'workbook',
      what: 'Items were added to or removed from the case since this export, so overwritten calculation cells and added rows could not be checked',
    });
  return {
    identity,
    changes: diff.changes,
    refused: diff.refused,
    notImportable: [...diff.notImportable, ...structure.notImportable],
    overwrittenFormulas: structure.overwrittenFormulas,
    together: diff.together,
  };
}
