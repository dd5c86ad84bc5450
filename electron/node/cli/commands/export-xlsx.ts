/**
 * `cxcase export <file> --xlsx out.xlsx [--scenario NAME] [--lang en|it] [--force]`: a case file
 * (.cxcase or bare JSON) to a live-formula Excel workbook, through the same builder as the app.
 */
import { buildWorkbook, ExportError } from '../../export/xlsx/index';
import { readCaseForExport, refuseOverwrite, writeAtomically } from '../export-file';
import { CliError, type CliIo } from '../output';
import { pickScenario } from './compute';

export interface ExportXlsxOptions {
  xlsx: string;
  scenario?: string;
  lang?: string;
  force?: boolean;
}

export async function exportXlsx(file: string, opts: ExportXlsxOptions, io: CliIo): Promise<void> {
  const { out, case: c, lang } = readCaseForExport(file, { path: opts.xlsx, extension: 'xlsx', noun: 'workbook' }, opts.lang, io);
  const scenarioIds = opts.scenario === undefined ? null : [pickScenario(c, opts.scenario).id];
  refuseOverwrite(out, opts.force);
  let bytes: Uint8Array;
  try {
    bytes = await buildWorkbook(c, { scenarioIds, lang });
  } catch (e) {
    if (e instanceof ExportError) throw new CliError(e.message);
    throw e;
  }
  writeAtomically(out, bytes);
  const n = scenarioIds ? 1 : c.scenarios.length;
  io.out(`Exported ${n} scenario${n === 1 ? '' : 's'} of "${c.name}" to ${out} (${Math.ceil(bytes.length / 1024)} KB)\n`);
}
