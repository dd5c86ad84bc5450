import type { Command } from 'commander';
import { computeScenario, headline } from '@shared/engine/compute';
import type { Case } from '@shared/case/schema';
import { readCaseFile } from '../io';
import { CliError, printProblems, type CliIo } from '../output';

/** The scenario named with --scenario (by name or id), or the first. */
export function pickScenario(c: Case, name: string | undefined) {
  const s = name === undefined ? c.scenarios[0] : c.scenarios.find((x) => x.name === name || x.id === name);
  if (!s) throw new CliError(`No scenario named "${name}". Scenarios in this case: ${c.scenarios.map((x) => `"${x.name}"`).join(', ')}`);
  return s;
}

export function registerCompute(program: Command, io: CliIo): void {
  program
    .command('compute')
    .description('compute a case and print its results as JSON')
    .argument('<file>', 'a .cxcase or .json case file')
    .option('-s, --scenario <name>', 'scenario name or id (default: the first)')
    .option('--full', 'print every computed series, not only the headline figures')
    .action((file: string, opts: { scenario?: string; full?: boolean }) => {
      const r = readCaseFile(file);
      if (!r.ok) {
        printProblems(io, file, r.problems);
        throw new CliError(null);
      }
      const s = pickScenario(r.value, opts.scenario);
      const result = computeScenario(r.value, s);
      io.out(JSON.stringify(opts.full ? result : headline(result), null, 2) + '\n');
    });
}
