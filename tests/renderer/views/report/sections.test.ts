/** Which sections a report has, how they are numbered, and what each scenario choice prints. */
import { describe, expect, it } from 'vitest';
import { computeCase } from '@shared/engine/compute';
import { distinctFlags } from '@renderer/src/views/report/Decision';
import { generateLargeCase } from '../../../support/arbitraries';
import { PAGE_START_SECTIONS, REPORT_SECTIONS, reportSections, sectionNumbers } from '@renderer/src/views/report/sections';

describe('the report’s sections', () => {
  it('have a comparison only when two or more scenarios are compared', () => {
    expect(reportSections(1)).not.toContain('compare');
    expect(reportSections(2)).toContain('compare');
    expect(reportSections(3, true)).toEqual([...REPORT_SECTIONS]);
  });

  it('have a risk page only when the report was given a risk analysis (the printers run one, the preview does not)', () => {
    expect(reportSections(3)).not.toContain('risk');
    expect(reportSections(1, true)).toContain('risk');
    expect(reportSections(3, true).indexOf('risk')).toBe(reportSections(3, true).indexOf('kpis') + 1);
  });

  it('are numbered from the decision page on, with the appendices by letter', () => {
    const one = sectionNumbers(reportSections(1));
    expect(one.get('decision')).toEqual({ n: '1', appendix: false });
    expect(one.get('kpis')).toEqual({ n: '9', appendix: false });
    expect(one.get('assumptions')).toEqual({ n: 'A', appendix: true });
    expect(one.get('method')).toEqual({ n: 'B', appendix: true });
    expect(sectionNumbers(reportSections(3)).get('kpis')).toEqual({ n: '10', appendix: false });
    expect(sectionNumbers(reportSections(3, true)).get('risk')).toEqual({ n: '11', appendix: false });
    expect(sectionNumbers(reportSections(3, true)).get('assumptions')).toEqual({ n: 'A', appendix: true });
  });

  it('start a new page only for the decision page, the summary, the risk page and the appendices', () => {
    expect(PAGE_START_SECTIONS).toEqual(['decision', 'summary', 'risk', 'assumptions']);
  });
});

describe('the decision page’s flags', () => {
  // The large generated case: many flags of each kind, in every scenario.
  const results = computeCase(generateLargeCase({ segments: 6, moments: 12, horizon: 60, scenarios: 3 }));

  it('lists each flagged figure once, however many assumptions and scenarios carry it', () => {
    const all = results.flatMap((x) => x.flags);
    expect(all.length).toBeGreaterThan(1);
    const groups = distinctFlags(results);
    const kinds = new Set(all.map((f) => `${f.figureId}|${f.direction}`));
    expect(groups).toHaveLength(kinds.size);
    // Every flag is counted once: the group's named one plus its "more".
    const items = new Set(all.map((f) => `${f.figureId}|${f.direction}|${f.path.join('.')}`));
    expect(groups.reduce((n, g) => n + 1 + g.more, 0)).toBe(items.size);
  });

  it('names the assumption that departs furthest from its range', () => {
    for (const g of distinctFlags(results)) {
      const same = results.flatMap((x) => x.flags).filter((f) => f.figureId === g.worst.figureId && f.direction === g.worst.direction);
      const values = same.map((f) => f.value);
      expect(g.worst.value).toBe(g.worst.direction === 'below' ? Math.min(...values) : Math.max(...values));
    }
  });

  it('merges repeated flags into one line naming their scenarios', () => {
    const fake = results.slice(0, 1).map((x) => ({ ...x, flags: [...x.flags, ...x.flags] }));
    const twice = [fake[0]!, { ...fake[0]!, scenarioName: 'Copy' }];
    const groups = distinctFlags(twice);
    expect(groups).toHaveLength(distinctFlags(results.slice(0, 1)).length);
    for (const g of groups) expect(g.scenarios).toEqual([results[0]!.scenarioName, 'Copy']);
  });
});
