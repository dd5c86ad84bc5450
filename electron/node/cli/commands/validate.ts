import type { Command } from 'commander';
import { readCaseFile } from '../io';
import { CliError, printProblems, type CliIo } from '../output';

export function registerValidate(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check a case file; list every problem with its JSON path')
    .argument('<file>', 'a .cxcase or .json case file')
    .action((file: string) => {
      const r = readCaseFile(file);
      if (!r.ok) {
        printProblems(io, file, r.problems);
        throw new CliError(null);
      }
      const c = r.value;
      io.out(`${file}: valid case "${c.name}" (${c.scenarios.length} scenario${c.scenarios.length === 1 ? '' : 's'})\n`);
    });
}
