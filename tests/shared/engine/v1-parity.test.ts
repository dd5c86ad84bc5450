/**
 * Model v2 at its defaults computes format 1's figures (DOMAIN.md, "Model v2"): the samples as
 * format 1 wrote them, migrated, and generated cases give the frozen format-1 engine's cash flow
 * (tests/support/engine-v1) to 1e-9, month by month and in every headline figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case, Scenario } from '@shared/case/schema';
import { parseCaseText } from '@shared/case/validate';
import { computeScenario } from '@shared/engine/compute';
import { arbCaseWithScenario, generateCases } from '../../support/arbitraries';
import { expectAllClose, expectClose } from '../../support/close';
import { computeV1 } from '../../support/engine-v1';

function expectSameAsV1(c: Case, s: Scenario, label: string): void {
  const v2 = computeScenario(c, s);
  const v1 = computeV1(c, s);
  expectAllClose(v2.benefits, v1.benefits, 1e-9, `${label} benefits`);
  expectAllClose(v2.costs, v1.costs, 1e-9, `${label} costs`);
  expectAllClose(v2.net, v1.net, 1e-9, `${label} net`);
  expectAllClose(v2.cumulative, v1.cumulative, 1e-9, `${label} cumulative`);
  expectAllClose(v2.years.net, v1.yearNet, 1e-9, `${label} year table`);
  v1.lineValues.forEach((values, i) => expectAllClose(v2.lines[i]?.value ?? [], values, 1e-9, `${label} line ${i}`));
  expectClose(v2.npv, v1.npv, 1e-9, `${label} npv`);
  expectClose(v2.pvBenefits, v1.pvBenefits, 1e-9, `${label} pvBenefits`);
  expectClose(v2.pvCosts, v1.pvCosts, 1e-9, `${label} pvCosts`);
  if (v1.roi === null) expect(v2.roi, `${label} roi`).toBeNull();
  else expectClose(v2.roi, v1.roi, 1e-9, `${label} roi`);
  expect(v2.paybackMonth, `${label} payback`).toBe(v1.paybackMonth);
  if (v1.irr === null) expect(v2.irr, `${label} irr`).toBeNull();
  else expectClose(v2.irr, v1.irr, 1e-9, `${label} irr`);
  // Nothing a format-1 case did not have: no tax, no depreciation.
  expect(v2.taxFlows.tax.every((x) => Object.is(x, 0))).toBe(true);
  expect(v2.months.every((row) => !('tax' in row))).toBe(true);
}

describe('a format-1 case read as format 2 computes the same figures', () => {
  for (const file of ['b2b-software.cxcase', 'online-retailer.cxcase']) {
    it(`the ${file} sample as format 1 wrote it: migrated, every scenario matches format 1's engine to 1e-9`, () => {
      const text = readFileSync(join(__dirname, '..', '..', 'support', 'engine-v1', 'samples', file), 'utf8');
      expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1 });
      const r = parseCaseText(text);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.migratedFrom).toBe(1);
      expect(r.value.scenarios).toHaveLength(3);
      for (const s of r.value.scenarios) expectSameAsV1(r.value, s, `${file} ${s.name}`);
    });
  }

  it('the shipped samples (format 2, every new field at its default) match format 1 to 1e-9', () => {
    for (const file of ['b2b-software.cxcase', 'online-retailer.cxcase']) {
      const r = parseCaseText(readFileSync(join(__dirname, '..', '..', '..', 'resources', 'samples', file), 'utf8'));
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.migratedFrom).toBeNull();
      for (const s of r.value.scenarios) expectSameAsV1(r.value, s, `${file} ${s.name}`);
    }
  });

  it('40 generated cases (every scenario), and at the schema bounds, match format 1 to 1e-9', () => {
    for (const c of [...generateCases(30), ...generateCases(10, { extremes: true })]) c.scenarios.forEach((s, i) => expectSameAsV1(c, s, `${c.id} scenario ${i}`));
  }, 120_000);

  it('property: for any valid case with the v2 fields at their defaults, the figures are format 1 figures', () => {
    fc.assert(
      fc.property(arbCaseWithScenario(), ({ c, index }) => {
        const s = c.scenarios[index];
        if (s) expectSameAsV1(c, s, 'arbitrary');
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
