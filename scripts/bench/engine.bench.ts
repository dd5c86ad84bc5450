/**
 * Engine: one full recompute (computeCase: every scenario, every line, KPIs, flags, IRR) of the
 * large generated case — 20 segments, 30 moments, 120 months, 3 scenarios (Base / Conservative /
 * Optimistic) — as the app does on every accepted keystroke. Target (issue): median < 1 ms.
 * Also: one scenario alone, and a sample case, for scale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case } from '@shared/case/schema';
import { parseCaseText } from '@shared/case/validate';
import { computeCase, computeScenario } from '@shared/engine/compute';
import { generateLargeCase } from '@tests/support/arbitraries';
import { report, time } from './stats';

const large = generateLargeCase({ segments: 20, moments: 30, horizon: 120 });
const lines = large.scenarios.reduce((a, s) => a + s.revenueLines.length + s.savingLines.length + s.costLines.length, 0);
console.log(`large case: ${large.scenarios.length} scenarios, ${large.scenarios[0]?.segments.length} segments, ${large.scenarios[0]?.moments.length} moments, ${lines} lines, ${large.horizonMonths} months`);

// Keep results alive so the optimiser cannot drop the work.
let sink = 0;
const full = time(() => {
  sink += computeCase(large)[0]?.npv ?? 0;
}, 3000, 300);
report('computeCase, large case (3 scenarios)', full, 1);

const first = large.scenarios[0];
if (first) {
  const one = time(() => {
    sink += computeScenario(large, first, 0).npv;
  }, 3000, 300);
  report('computeScenario, one scenario of the large case', one);
}

// Model v2: every finance feature on (growth, inflation, capex depreciation, tax, year-end
// discounting, fiscal years); the target is one scenario under 1 ms median.
const v2: Case = {
  ...large,
  taxRate: 0.24,
  discounting: 'yearEnd',
  wageInflation: 0.03,
  costInflation: 0.02,
  startMonth: '2027-03',
  fiscalYearStartMonth: 4,
  scenarios: large.scenarios.map((s) => ({
    ...s,
    segments: s.segments.map((g, k) => ({ ...g, customerGrowth: 0.01 * (k % 6) })),
    costLines: s.costLines.map((l, k) => (k % 2 === 0 ? { ...l, accounting: 'capex' as const, lifeMonths: 36 + 12 * (k % 3) } : l)),
  })),
};
const v2First = v2.scenarios[0];
if (v2First) {
  const one = time(() => {
    sink += computeScenario(v2, v2First, 0).npv;
  }, 3000, 300);
  report('computeScenario, one scenario of the large case, every Model v2 feature on', one, 1);
}

const sampleText = readFileSync(join(__dirname, '..', '..', 'resources', 'samples', 'b2b-software.cxcase'), 'utf8');
const parsed = parseCaseText(sampleText);
if (parsed.ok) {
  const sample = parsed.value;
  report('computeCase, b2b-software sample (3 scenarios, 36 months)', time(() => {
    sink += computeCase(sample)[0]?.npv ?? 0;
  }, 3000, 300));
  report('parseCaseText + computeCase, b2b-software sample (a file opened)', time(() => {
    const r = parseCaseText(sampleText);
    if (r.ok) sink += computeCase(r.value)[0]?.npv ?? 0;
  }, 500, 50));
}
if (!Number.isFinite(sink)) console.log('(non-finite sink)');
