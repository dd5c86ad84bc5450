import type { Command } from 'commander';
import { readFileSync, statSync } from 'node:fs';
import { MAX_CXCASE_BYTES, parseCxcaseText } from '../../../../shared/case/cxcase-file';
import { defaultDatabasePath } from '../../storage/paths';
import { VERSION } from '../version';
import { CliError, printProblems, type CliIo } from '../output';

/** The file's text, refusing anything too large to be a case before reading it. */
export function readCxcaseText(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliError(`Cannot read ${file}: no such file`);
  }
  if (size > MAX_CXCASE_BYTES)
    throw new CliError(`${file} is ${(size / 1048576).toFixed(1)} MB; a .cxcase file is at most ${MAX_CXCASE_BYTES / 1048576} MB. Nothing was imported.`);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('import a .cxcase file into the case database, always as a new case')
    .argument('<file>', 'a .cxcase file')
    .option('--db <path>', "the case database (default: the app's own)")
    .action(async (file: string, opts: { db?: string }) => {
      const text = readCxcaseText(file);
      // Everything is validated before the database is even opened.
      const parsed = parseCxcaseText(text);
      if (!parsed.ok) {
        io.err(`${file}: ${parsed.message}\n`);
        printProblems(io, file, parsed.problems);
        throw new CliError(null);
      }
      // Loaded here, not at start-up: better-sqlite3 is needed by this command only.
      const { openStore } = await import('../../storage/open');
      const opened = await openStore({ path: opts.db ?? defaultDatabasePath(), app: { name: 'CX Case', version: VERSION } });
      if (!opened.ok) throw new CliError(opened.error.message);
      try {
        const r = opened.store.importCxcaseText(text);
        if (!r.ok) {
          io.err(`${file}: ${r.error.message}\n`);
          if (r.error.problems) printProblems(io, file, r.error.problems);
          throw new CliError(null);
        }
        const { summary, renamed } = r.data;
        io.out(`Imported "${summary.name}" as case ${summary.id}${renamed ? ' (a case with that name already existed, so the name was changed)' : ''}\n`);
      } finally {
        opened.store.close();
      }
    });
}
