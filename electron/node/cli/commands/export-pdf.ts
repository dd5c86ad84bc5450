/**
 * `cxcase export <file> --pdf out.pdf [--scenario NAME] [--lang en|it] [--force]`: a case file
 * (.cxcase or bare JSON) to the PDF report, printed by headless Chromium from the same report view
 * the app shows (electron/node/export/pdf).
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from '../../../../shared/contract/api';
import { createChromiumPrinter, PdfExportError } from '../../export/pdf';
import { readCaseFile } from '../io';
import { CliError, printProblems, type CliIo } from '../output';
import { pickScenario } from './compute';

export interface ExportPdfOptions {
  pdf: string;
  scenario?: string;
  lang?: string;
  force?: boolean;
}

function isLang(x: string): x is Language {
  return x === 'en' || x === 'it';
}

/** Temporary name, then rename: an interrupted export never leaves half a PDF under the real name. */
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

export async function exportPdf(file: string, opts: ExportPdfOptions, io: CliIo): Promise<void> {
  const out = resolve(opts.pdf);
  if (!/\.pdf$/i.test(out)) throw new CliError(`The report's name must end in .pdf (got ${opts.pdf}).`);
  if (out === resolve(file)) throw new CliError('The report cannot replace the case file it is exported from.');
  if (opts.lang !== undefined && !isLang(opts.lang)) throw new CliError(`--lang must be "en" or "it" (got "${opts.lang}").`);
  const r = readCaseFile(file);
  if (!r.ok) {
    printProblems(io, file, r.problems);
    throw new CliError(null);
  }
  const c = r.value;
  const scenario = pickScenario(c, opts.scenario);
  const lang: Language = opts.lang !== undefined && isLang(opts.lang) ? opts.lang : c.locale === 'it-IT' ? 'it' : 'en';
  if (existsSync(out) && !opts.force) throw new CliError(`${out} already exists; it was not overwritten (use --force to replace it).`);
  // One browser for this command, closed afterwards so the process can exit.
  const printer = createChromiumPrinter();
  let bytes: Uint8Array;
  try {
    bytes = await printer.printPdf(c, { scenarioId: scenario.id, lang });
  } catch (e) {
    if (e instanceof PdfExportError) throw new CliError(e.message);
    throw e;
  } finally {
    await printer.close();
  }
  writeAtomically(out, bytes);
  io.out(`Exported the "${scenario.name}" report of "${c.name}" to ${out} (${Math.ceil(bytes.length / 1024)} KB)\n`);
}
