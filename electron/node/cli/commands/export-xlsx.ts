/**
 * `cxcase export <file> --xlsx out.xlsx [--scenario NAME] [--lang en|it] [--force]`: a case file
 * (.cxcase or bare JSON) to a live-formula Excel workbook, through the same builder as the app.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildWorkbook, ExportError, type Lang } from '../../export/xlsx/index';
import { readCaseFile } from '../io';
import { CliError, printProblems, type CliIo } from '../output';
import { pickScenario } from './compute';

export interface ExportXlsxOptions {
  xlsx: string;
  scenario?: string;
  lang?: string;
  force?: boolean;
}

function isLang(x: string): x is Lang {
  return x === 'en' || x === 'it';
}

/** Temporary name, then rename: an interrupted export never leaves half a workbook under the real name. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(`Cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function exportXlsx(file: string, opts: ExportXlsxOptions, io: CliIo): Promise<void> {
  const out = resolve(opts.xlsx);
  if (!/\.xlsx$/i.test(out)) throw new CliError(`The workbook's name must end in .xlsx (got ${opts.xlsx}).`);
  if (out === resolve(file)) throw new CliError('The workbook cannot replace the case file it is exported from.');
  if (opts.lang !== undefined && !isLang(opts.lang)) throw new CliError(`--lang must be "en" or "it" (got "${opts.lang}").`);
  const r = readCaseFile(file);
  if (!r.ok) {
    printProblems(io, file, r.problems);
    throw new CliError(null);
  }
  const c = r.value;
  const scenarioIds = opts.scenario === undefined ? null : [pickScenario(c, opts.scenario).id];
  const lang: Lang = opts.lang !== undefined && isLang(opts.lang) ? opts.lang : c.locale === 'it-IT' ? 'it' : 'en';
  if (existsSync(out) && !opts.force) throw new CliError(`${out} already exists; it was not overwritten (use --force to replace it).`);
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
