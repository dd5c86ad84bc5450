/**
 * `cxcase export <file> --pdf out.pdf [--scenario NAME] [--lang en|it] [--force]`: a case file
 * (.cxcase or bare JSON) to the PDF report, printed by headless Chromium from the same report view
 * the app shows (electron/node/export/pdf). As with --xlsx: without --scenario the report covers
 * every scenario (the first in detail, with the comparison and the downside case); with it, only
 * that scenario.
 */
import { createChromiumPrinter, PdfExportError } from '../../export/pdf';
import { readCaseForExport, refuseOverwrite, writeAtomically } from '../export-file';
import { CliError, type CliIo } from '../output';
import { pickScenario } from './compute';

export interface ExportPdfOptions {
  pdf: string;
  scenario?: string;
  lang?: string;
  force?: boolean;
}

export async function exportPdf(file: string, opts: ExportPdfOptions, io: CliIo): Promise<void> {
  const { out, case: c, lang } = readCaseForExport(file, { path: opts.pdf, extension: 'pdf', noun: 'report' }, opts.lang, io);
  const scenario = pickScenario(c, opts.scenario);
  const scenarios = opts.scenario === undefined ? 'all' : 'one';
  refuseOverwrite(out, opts.force);
  // One browser for this command, closed afterwards so the process can exit.
  const printer = createChromiumPrinter();
  let bytes: Uint8Array;
  try {
    bytes = await printer.printPdf(c, { scenarioId: scenario.id, scenarios, lang });
  } catch (e) {
    if (e instanceof PdfExportError) throw new CliError(e.message);
    throw e;
  } finally {
    await printer.close();
  }
  writeAtomically(out, bytes);
  const what = scenarios === 'all' && c.scenarios.length > 1 ? `report of all ${c.scenarios.length} scenarios ("${scenario.name}" in detail)` : `"${scenario.name}" report`;
  io.out(`Exported the ${what} of "${c.name}" to ${out} (${Math.ceil(bytes.length / 1024)} KB)\n`);
}
