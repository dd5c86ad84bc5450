/**
 * The schema an analysis is checked against when it reaches the print page as JSON: a real analysis
 * (with ROI, payback and break-evens that may be null) passes unchanged; a number that is not finite
 * (NaN and ±Infinity, or the null JSON makes of them), a missing field or an unknown one is refused.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '@electron-node/cli/io';
import type { Case } from '@shared/case/schema';
import { PrintRiskSchema } from '@shared/contract/report';
import { analyseRisk, type RiskAnalysis } from '@shared/risk/analyse';
import { RiskAnalysisSchema } from '@shared/risk/analysis-schema';

function sample(): Case {
  const r = readCaseFile(join(__dirname, '..', '..', '..', 'resources', 'samples', 'b2b-software.cxcase'));
  if (!r.ok) throw new Error('the sample does not read');
  return r.value;
}

const c = sample();
const analysis = analyseRisk(c, 0, { ...c.risk, trials: 400 });
const viaJson = (a: unknown): unknown => JSON.parse(JSON.stringify(a));

describe('RiskAnalysisSchema', () => {
  it('takes an analysis of a sample as it comes out of JSON, unchanged', () => {
    expect(analysis.tornado.length).toBeGreaterThan(0);
    expect(analysis.breakEven.length).toBeGreaterThan(0);
    const parsed = RiskAnalysisSchema.safeParse(viaJson(analysis));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(analysis);
    expect(PrintRiskSchema.safeParse({ scenarioId: c.scenarios[0]!.id, analysis: viaJson(analysis) }).success).toBe(true);
  });

  it('refuses a number that is not finite, whether as a number or as the null JSON writes for it', () => {
    const edits: [string, (a: RiskAnalysis, bad: number) => void][] = [
      ['npv.p10', (a, bad) => (a.npv.p10 = bad)],
      ['probabilityPositive', (a, bad) => (a.probabilityPositive = bad)],
      ['tornado.0.swing', (a, bad) => (a.tornado[0]!.swing = bad)],
      ['histogram.0.from', (a, bad) => (a.histogram[0]!.from = bad)],
      ['sCurve.50.value', (a, bad) => (a.sCurve[50]!.value = bad)],
    ];
    for (const [path, edit] of edits) {
      for (const bad of [NaN, Infinity, -Infinity]) {
        const a = structuredClone(analysis);
        edit(a, bad);
        const direct = RiskAnalysisSchema.safeParse(a);
        expect(direct.success, `${path} = ${bad}`).toBe(false);
        expect(direct.error?.issues[0]?.path.join('.')).toBe(path);
        expect(RiskAnalysisSchema.safeParse(viaJson(a)).success, `${path} = ${bad} through JSON`).toBe(false);
      }
    }
  });

  it('refuses a missing or an unknown field', () => {
    const { sCurve: _gone, ...missing } = analysis;
    expect(RiskAnalysisSchema.safeParse(missing).success).toBe(false);
    expect(RiskAnalysisSchema.safeParse({ ...analysis, extra: 1 }).success).toBe(false);
    expect(PrintRiskSchema.safeParse({ analysis }).success).toBe(false);
  });
});
