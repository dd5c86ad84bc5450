/**
 * `cxcase diff-xlsx <case-file> <workbook.xlsx> [--json]`: what finance changed in a workbook
 * exported from this case, with each change's NPV effect; `cxcase apply-xlsx <case-file>
 * <workbook.xlsx> --out <new-case-file>`: the case with every valid change taken, written to a new
 * file (an existing one is never replaced). The work is imported only when a command runs, so
 * exceljs does not slow every other command's start.
 */
import type { Command } from 'commander';
import type { CliIo } from '../output';

export function registerRoundTrip(program: Command, io: CliIo): void {
  program
    .command('diff-xlsx')
    .description('list what was changed in a workbook exported from this case, with each change’s NPV effect')
    .argument('<case-file>', 'the .cxcase or .json case file the workbook was exported from')
    .argument('<workbook>', 'the workbook (.xlsx) as it came back')
    .option('--json', 'print the changes as JSON')
    .action(async (caseFile: string, workbook: string, opts: { json?: boolean }) => (await import('./roundtrip-run')).diffXlsx(caseFile, workbook, opts, io));
  program
    .command('apply-xlsx')
    .description('write a new case file with every valid change of the workbook taken')
    .argument('<case-file>', 'the .cxcase or .json case file the workbook was exported from')
    .argument('<workbook>', 'the workbook (.xlsx) as it came back')
    .requiredOption('-o, --out <new-case-file>', 'the new case file (.cxcase); never an existing file')
    .action(async (caseFile: string, workbook: string, opts: { out: string }) => (await import('./roundtrip-run')).applyXlsx(caseFile, workbook, opts, io));
}
