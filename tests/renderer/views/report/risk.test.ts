/**
 * The printed report's risk analysis: the one the printer sent is drawn as is when it is this
 * scenario's with the case's seed and trial count; one for another scenario, seed or trial count
 * (or none) is not drawn — the page runs analyseRisk itself, so it never shows another run's numbers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '@electron-node/cli/io';
import type { Case } from '@shared/case/schema';
import { analyseRisk } from '@shared/risk/analyse';
import { buildRegister } from '@shared/risk/register';
import { fitsCase, reportRisk } from '@renderer/src/views/report/risk';

function sample(): Case {
  const r = readCaseFile(join(__dirname, '..', '..', '..', '..', 'resources', 'samples', 'online-retailer.cxcase'));
  if (!r.ok) throw new Error('the sample does not read');
  // Few trials: the test compares analyses, it does not need a precise one.
  return { ...r.value, risk: { ...r.value.risk, trials: 300 } };
}

const c = sample();
const first = analyseRisk(c, 0, c.risk);
const second = analyseRisk(c, 1, c.risk);

describe('the printed report’s risk analysis', () => {
  it('draws the sent analysis of this scenario, with the register built in the page', () => {
    expect(second.npv).not.toEqual(first.npv);
    const sent = { scenarioId: c.scenarios[1]!.id, analysis: second };
    const r = reportRisk(c, 1, sent);
    expect(r.source).toBe('request');
    expect(r.analysis).toBe(second);
    expect(r.register).toEqual(buildRegister(c, 1, c.risk.ranges));
  });

  it('runs analyseRisk itself when the sent one is for another scenario, seed or trial count', () => {
    const wrong = [
      { scenarioId: c.scenarios[1]!.id, analysis: second },
      { scenarioId: c.scenarios[0]!.id, analysis: { ...first, seed: c.risk.seed + 1 } },
      { scenarioId: c.scenarios[0]!.id, analysis: { ...first, trials: c.risk.trials + 1 } },
    ];
    for (const sent of wrong) {
      expect(fitsCase(c, 0, sent)).toBe(false);
      const r = reportRisk(c, 0, sent);
      expect(r.source).toBe('page');
      expect(r.analysis).toEqual(first);
    }
    expect(reportRisk(c, 0, null)).toMatchObject({ source: 'page', analysis: first });
    expect(fitsCase(c, 0, { scenarioId: c.scenarios[0]!.id, analysis: first })).toBe(true);
  });
});
