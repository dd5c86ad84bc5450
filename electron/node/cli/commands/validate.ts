import type { Command } from 'commander';
import { financeFieldNotes } from '@shared/case/finance-fields';
import { CASE_SCHEMA_VERSION } from '@shared/case/schema';
import { readCaseFile } from '../io';
import { CliError, printProblems, type CliIo } from '../output';

/**
 * A file written in an older format is valid once migrated; say so, and what the fields format 2
 * added mean, since the file does not show them (they took the values that keep its figures).
 */
function migrationNote(from: number): string {
  const notes = from < 2 ? financeFieldNotes().map((n) => `  ${n.path}: ${n.text}\n`) : [];
  return (
    `  written in case format ${from}, read as format ${CASE_SCHEMA_VERSION}; its figures are unchanged.\n` +
    (notes.length > 0 ? `  Format 2 added these fields, each at the value that keeps the figures as they were:\n${notes.join('')}` : '')
  );
}

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
      if (r.migratedFrom !== null) io.out(migrationNote(r.migratedFrom));
    });
}
