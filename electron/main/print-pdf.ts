/** TEMPORARY until the PDF issue lands: prints the report view from a hidden window. */
import type { Case } from '../../shared/case/schema';
import type { Language } from '../../shared/contract/api';

export async function printPdfInElectron(_c: Case, _o: { scenarioId: string | null; lang: Language }, _origin: string): Promise<Uint8Array> {
  throw new Error('PDF export is not built yet');
}
