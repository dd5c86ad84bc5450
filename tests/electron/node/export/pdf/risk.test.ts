/**
 * The analysis a PDF printer sends: the printed scenario's (the first when none is named), tagged with
 * that scenario's id, computed once and then taken from the cache; none for a scenario the case does
 * not have (the print page refuses that request itself).
 */
import { describe, expect, it } from 'vitest';
import { printedScenarioIndex, startPrintRisk } from '@electron-node/export/pdf/risk';
import { AnalysisCache } from '@electron-node/risk/cache';
import { analyseRisk } from '@shared/risk/analyse';
import { sample } from './risk-tools';

// Few trials: the test is about which analysis is sent, not its precision.
const base = sample('online-retailer');
const c = { ...base, risk: { ...base.risk, trials: 200 } };

describe('the analysis a PDF printer sends', () => {
  it('is the printed scenario’s, with its id; the first scenario’s when none is named', async () => {
    const cache = new AnalysisCache();
    const second = c.scenarios[1]!;
    const sent = await startPrintRisk(c, { scenarioId: second.id }, { workerFile: null, cache })();
    expect(sent?.by).toBe('thread');
    expect(sent?.risk.scenarioId).toBe(second.id);
    expect(sent?.risk.analysis).toEqual(analyseRisk(c, 1, c.risk));
    const first = await startPrintRisk(c, { scenarioId: null }, { workerFile: null, cache })();
    expect(first?.risk.scenarioId).toBe(c.scenarios[0]!.id);
    expect(first?.risk.analysis).toEqual(analyseRisk(c, 0, c.risk));
    expect(first?.risk.analysis.npv).not.toEqual(sent?.risk.analysis.npv);
  });

  it('is computed once: the next export of the same inputs takes it from the cache', async () => {
    const cache = new AnalysisCache();
    const one = await startPrintRisk(c, { scenarioId: null }, { workerFile: null, cache })();
    const two = await startPrintRisk(structuredClone(c), { scenarioId: null }, { workerFile: null, cache })();
    expect(one?.by).toBe('thread');
    expect(two?.by).toBe('cache');
    expect(two?.risk.analysis).toBe(one?.risk.analysis);
    expect(cache.size).toBe(1);
  });

  it('is none for a scenario the case does not have, and nothing is computed', async () => {
    const cache = new AnalysisCache();
    expect(printedScenarioIndex(c, { scenarioId: 'scn_nope' })).toBe(-1);
    expect(await startPrintRisk(c, { scenarioId: 'scn_nope' }, { workerFile: null, cache })()).toBeNull();
    expect(cache.size).toBe(0);
  });
});
