/**
 * `cxcase`: the command line over the same engine, storage and exporters as the app.
 * Commands register themselves; every expected failure is a message and a non-zero exit.
 */
import { Command, CommanderError } from 'commander';
import { registerCompute } from './commands/compute';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerTickets } from './commands/tickets';
import { registerRisk } from './commands/risk';
import { registerRoundTrip } from './commands/roundtrip';
import { registerValidate } from './commands/validate';
import { CliError, escapingIo, type CliIo } from './output';
import { VERSION } from './version';

export { VERSION };

export function buildProgram(io: CliIo): Command {
  const program = new Command();
  program
    .name('cxcase')
    .description('CX Case: business cases for customer-service investment, from the command line.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  registerCompute(program, io);
  registerValidate(program, io);
  registerImport(program, io);
  registerExport(program, io);
  registerTickets(program, io);
  registerRisk(program, io);
  registerRoundTrip(program, io);
  program.addHelpText(
    'after',
    `
Examples:
  cxcase validate resources/samples/b2b-software.cxcase
  cxcase compute resources/samples/online-retailer.cxcase --scenario Prudente
  cxcase risk resources/samples/b2b-software.cxcase --scenario Base --trials 20000
  cxcase export resources/samples/b2b-software.cxcase --xlsx b2b-software.xlsx
  cxcase export resources/samples/online-retailer.cxcase --pdf online-retailer.pdf --lang it
  cxcase tickets zendesk-export.csv --json
  cxcase diff-xlsx my-case.cxcase back-from-finance.xlsx
  cxcase apply-xlsx my-case.cxcase back-from-finance.xlsx --out my-case-edited.cxcase
`,
  );
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = escapingIo(rawIo);
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      if (e.userMessage) io.err(`cxcase: ${e.userMessage}\n`);
      return e.exitCode;
    }
    if (e instanceof CommanderError) return e.exitCode;
    io.err(`cxcase: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
  process.exitCode = code;
}
