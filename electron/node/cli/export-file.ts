/**
 * What every `cxcase export` format shares: reading the case file and choosing the language
 * (--xlsx, --pdf), refusing to overwrite without --force, and writing under a temporary name.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Case } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import { readCaseFile } from './io';
import { CliError, printProblems, type CliIo } from './output';

function isLang(x: string): x is Language {
  return x === 'en' || x === 'it';
}

/** The file a case is exported to, as the user named it, and how messages call it. */
export interface ExportTarget {
  /** The output path as given on the command line. */
  path: string;
  /** Lower-case extension without the dot, e.g. 'pdf'. */
  extension: string;
  /** What the file is, for messages: 'report', 'workbook'. */
  noun: string;
}

export interface CaseFileExport {
  /** The output path, absolute. */
  out: string;
  case: Case;
  lang: Language;
}

/**
 * Checks the output name and --lang before anything is read, then reads the case file (its
 * problems are printed) and picks the language: --lang, else the case's locale.
 */
export function readCaseForExport(file: string, target: ExportTarget, lang: string | undefined, io: CliIo): CaseFileExport {
  const out = resolve(target.path);
  if (!out.toLowerCase().endsWith(`.${target.extension}`))
    throw new CliError(`The ${target.noun}'s name must end in .${target.extension} (got ${target.path}).`);
  if (out === resolve(file)) throw new CliError(`The ${target.noun} cannot replace the case file it is exported from.`);
  if (lang !== undefined && !isLang(lang)) throw new CliError(`--lang must be "en" or "it" (got "${lang}").`);
  const r = readCaseFile(file);
  if (!r.ok) {
    printProblems(io, file, r.problems);
    throw new CliError(null);
  }
  const c = r.value;
  return { out, case: c, lang: lang !== undefined && isLang(lang) ? lang : c.locale === 'it-IT' ? 'it' : 'en' };
}

/** An existing file is replaced only with --force. */
export function refuseOverwrite(out: string, force: boolean | undefined): void {
  if (existsSync(out) && !force) throw new CliError(`${out} already exists; it was not overwritten (use --force to replace it).`);
}

/** Temporary name, then rename: an interrupted export never leaves half a file under the real name. */
export function writeAtomically(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(tmp, data, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(`Cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
