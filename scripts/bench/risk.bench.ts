/**
 * Risk: a 10,000-trial Monte Carlo (PERT draws for every ranged assumption, the fast trial path per
 * trial) of one scenario. Targets (issue): one b2b-software sample scenario, median < 300 ms; one
 * scenario of the large generated case (20 segments, 30 moments, 120 months), median < 3 s.
 * Also: the tornado and break-evens of the same scenarios (run once per analysis in the app).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Case } from '@shared/case/schema';
import { parseCaseText } from '@shared/case/validate';
import { breakEvens } from '@shared/risk/analyse';
import { monteCarlo } from '@shared/risk/monte-carlo';
import { buildRegister } from '@shared/risk/register';
import { tornado } from '@shared/risk/tornado';
import { Workspace } from '@shared/risk/workspace';
import { generateLargeCase } from '@tests/support/arbitraries';
import { report, time } from './stats';

const parsed = parseCaseText(readFileSync(join(__dirname, '..', '..', 'resources', 'samples', 'b2b-software.cxcase'), 'utf8'));
if (!parsed.ok) throw new Error('the b2b-software sample is invalid');
const large = generateLargeCase({ segments: 20, moments: 30, horizon: 120 });

// Timings scale with contention: say how busy the machine was, so a reader can judge the figures.
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);

let sink = 0;
function bench(name: string, c: Case, runs: number, target: number): void {
  const reg = buildRegister(c, 0, []);
  console.log(`${name}: ${reg.length} ranged assumptions, ${c.horizonMonths} months`);
  report(`Monte Carlo, 10,000 trials, ${name}`, time(() => {
    sink += monteCarlo(new Workspace(c, 0, reg), reg, 42, 10_000).npv.p50;
  }, runs, 1), target);
  report(`tornado + 10 break-evens, ${name}`, time(() => {
    const ws = new Workspace(c, 0, reg);
    sink += breakEvens(ws, reg, tornado(ws, reg)).length;
  }, runs, 1));
}

bench('b2b-software sample, first scenario', parsed.value, 15, 300);
bench('large case (20 segments, 30 moments, 120 months), first scenario', large, 5, 3000);
if (!Number.isFinite(sink)) console.log('(non-finite sink)');
