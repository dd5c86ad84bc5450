import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { analyseRisk, type RiskAnalysis } from '@shared/risk/analyse';
import { MAX_SEED } from '@shared/risk/prng';
import { MAX_TRIALS, MIN_TRIALS } from '@shared/risk/schema';
import { riskOf } from '@shared/risk/stored';
import { readCaseFile } from '../io';
import { CliError, printProblems, type CliIo } from '../output';
import { pickScenario } from './compute';

function wholeNumber(min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
    return n;
  };
}

/** What `cxcase risk` prints: the issue's fields first, then the distributions' shapes. */
export function riskJson(a: RiskAnalysis) {
  return {
    seed: a.seed,
    trials: a.trials,
    npv: a.npv,
    roi: a.roi,
    paybackMonth: a.paybackMonth,
    probabilityPositive: a.probabilityPositive,
    tornado: a.tornado.map((b) => ({
      path: b.path,
      label: b.label,
      low: b.low,
      likely: b.likely,
      high: b.high,
      npvLow: b.npvLow,
      npvHigh: b.npvHigh,
      swing: b.swing,
      paybackLow: b.paybackLow,
      paybackHigh: b.paybackHigh,
    })),
    breakEven: a.breakEven.map((b) => ({ path: b.path, label: b.label, value: b.value, likely: b.likely, distance: b.distance })),
    histogram: a.histogram,
  };
}

export function registerRisk(program: Command, io: CliIo): void {
  program
    .command('risk')
    .description('ranges, tornado, break-evens and a Monte Carlo simulation of one scenario, as JSON')
    .argument('<file>', 'a .cxcase or .json case file')
    .option('-s, --scenario <name>', 'scenario name or id (default: the first)')
    .option('--trials <n>', `number of Monte Carlo trials, ${MIN_TRIALS} to ${MAX_TRIALS} (default: the case's, else 10000)`, wholeNumber(MIN_TRIALS, MAX_TRIALS))
    .option('--seed <s>', `seed of the random draws, 0 to ${MAX_SEED} (default: the case's)`, wholeNumber(0, MAX_SEED))
    .action((file: string, opts: { scenario?: string; trials?: number; seed?: number }) => {
      const r = readCaseFile(file);
      if (!r.ok) {
        printProblems(io, file, r.problems);
        throw new CliError(null);
      }
      const s = pickScenario(r.value, opts.scenario);
      const stored = riskOf(r.value);
      const a = analyseRisk(r.value, r.value.scenarios.indexOf(s), { ...stored, seed: opts.seed ?? stored.seed, trials: opts.trials ?? stored.trials });
      io.out(JSON.stringify(riskJson(a), null, 2) + '\n');
    });
}
