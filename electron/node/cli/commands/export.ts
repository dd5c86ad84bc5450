/**
 * `cxcase export`: one command, one flag per format, each format in its own module.
 *   cxcase export <case> --cxcase [--db PATH] [-o FILE] [--force]        (a case from the database)
 *   cxcase export <file> --xlsx OUT.xlsx [--scenario NAME] [--lang en|it] [--force]   (a case file)
 *   cxcase export <file> --pdf OUT.pdf [--scenario NAME] [--lang en|it] [--force]     (a case file)
 * Each format's module is imported only when that format is asked for: exceljs, better-sqlite3
 * and the PDF printer take most of the CLI's start-up time, and other commands never need them.
 */
import type { Command } from 'commander';
import { CliError, type CliIo } from '../output';

interface ExportOptions {
  cxcase?: boolean;
  xlsx?: string;
  pdf?: string;
  scenario?: string;
  lang?: string;
  db?: string;
  out?: string;
  force?: boolean;
}

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('export a case: from the case database to a .cxcase file, or from a case file to a live-formula Excel workbook')
    .argument('<case>', 'with --cxcase: the case id or name in the database; with --xlsx or --pdf: a .cxcase or .json case file')
    .option('--cxcase', 'as a portable .cxcase file')
    .option('--xlsx <file>', 'as an Excel workbook written to <file>')
    .option('--pdf <file>', 'as the PDF report written to <file> (default: every scenario, the first in detail, with their comparison)')
    .option('-s, --scenario <name>', 'with --xlsx or --pdf: only this scenario (name or id; default: every scenario)')
    .option('--lang <lang>', 'with --xlsx or --pdf: language of the workbook or report, en or it (default: from the case locale)')
    .option('--db <path>', "with --cxcase: the case database (default: the app's own)")
    .option('-o, --out <file>', 'with --cxcase: the file to write (default: "<case name>.cxcase" in the current folder)')
    .option('--force', 'overwrite the output file if it exists')
    .action(async (ref: string, opts: ExportOptions) => {
      if (opts.cxcase && opts.xlsx !== undefined) throw new CliError('Export one format at a time: --cxcase or --xlsx <file>');
      if ([opts.cxcase, opts.xlsx !== undefined, opts.pdf !== undefined].filter(Boolean).length > 1) throw new CliError('Export one format at a time: --cxcase, --xlsx <file> or --pdf <file>');
      if (opts.pdf !== undefined) return (await import('./export-pdf')).exportPdf(ref, { pdf: opts.pdf, scenario: opts.scenario, lang: opts.lang, force: opts.force }, io);
      if (opts.xlsx !== undefined) return (await import('./export-xlsx')).exportXlsx(ref, { xlsx: opts.xlsx, scenario: opts.scenario, lang: opts.lang, force: opts.force }, io);
      if (opts.cxcase) return (await import('./export-cxcase')).exportCxcase(ref, { db: opts.db, out: opts.out, force: opts.force }, io);
      throw new CliError('Choose the format to export: --cxcase or --xlsx <file> (or --pdf <file>)');
    });
}
