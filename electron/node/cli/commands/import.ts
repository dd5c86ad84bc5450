import type { Command } from 'commander';
import { parseCxcaseText } from '@shared/case/cxcase-file';
import { defaultDatabasePath } from '../../storage/paths';
import { readCaseText } from '../io';
import { VERSION } from '../version';
import { CliError, printProblems, type CliIo } from '../output';

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('import a .cxcase file into the case database, always as a new case')
    .argument('<file>', 'a .cxcase file')
    .option('--db <path>', "the case database (default: the app's own)")
    .action(async (file: string, opts: { db?: string }) => {
      const text = readCaseText(file, 'Nothing was imported.');
      // Everything is validated before the database is even opened.
      const parsed = parseCxcaseText(text);
      if (!parsed.ok) {
        io.err(`${file}: ${parsed.message}\n`);
        // A single problem that only repeats the message is not printed twice.
        const [only] = parsed.problems;
        if (!(parsed.problems.length === 1 && only?.path === '$' && only.message === parsed.message)) printProblems(io, file, parsed.problems);
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
