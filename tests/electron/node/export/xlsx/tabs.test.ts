/**
 * Cash flow tabs a reader can tell apart: Excel's 31-character limit must never turn two long,
 * alike scenario names into tabs that differ by nothing or by a bare "(2)". Adversarial names:
 * the same first 40 characters, forbidden characters, emoji, Italian.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { cashFlowTabs } from '@electron-node/export/xlsx/tabs';
import { sideCols } from '@electron-node/export/xlsx/sheets/assumptions-side';
import { richCase } from './fixtures';
import { readBook } from './read';

const FORBIDDEN = /[[\]:*?/\\']/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function valid(tabs: string[]): void {
  expect(new Set(tabs.map((t) => t.toLowerCase())).size, tabs.join(' | ')).toBe(tabs.length);
  for (const t of tabs) {
    expect(t.length, t).toBeLessThanOrEqual(31);
    expect(t, t).not.toMatch(FORBIDDEN);
    expect(t, t).not.toMatch(LONE_SURROGATE);
    expect(t.trim(), t).toBe(t);
  }
}

describe('Cash flow tabs', () => {
  it('keeps the end of names that share their first 40 characters', () => {
    const common = 'Customer service transformation rollout ';
    expect(common.length).toBe(40);
    const tabs = cashFlowTabs('Cash flow', [`${common}A (2027)`, `${common}B (2027)`, `${common}B (2028)`], new Set());
    valid(tabs);
    expect(tabs).toEqual(['Cash flow – …rollout A (2027)', 'Cash flow – …rollout B (2027)', 'Cash flow – …rollout B (2028)']);
  });

  it('cuts the end of names that differ early, and keeps short names whole', () => {
    const tabs = cashFlowTabs('Cash flow', ['Base', 'Optimistic: every region at full AI coverage', 'Pessimistic: every region at full AI coverage'], new Set());
    valid(tabs);
    expect(tabs[0]).toBe('Cash flow – Base');
    expect(tabs[1]).toBe('Cash flow – Optimistic every r…');
    expect(tabs[2]).toBe('Cash flow – Pessimistic every…');
  });

  it('shows where names differ in the middle of a long shared part', () => {
    const tail = ' with every region on board and full AI agent coverage';
    const tabs = cashFlowTabs('Flussi', [`Piano di trasformazione A${tail}`, `Piano di trasformazione B${tail}`], new Set());
    valid(tabs);
    expect(tabs[0]).toMatch(/^Flussi – …(trasformazione )?A with/);
    expect(tabs[1]).toMatch(/^Flussi – …(trasformazione )?B with/);
  });

  it('drops forbidden characters, never splits an emoji, and stays unique when names differ only by what was dropped', () => {
    const tabs = cashFlowTabs(
      'Cash flow',
      ['Q1/Q2: [draft]*?', "Q1/Q2: 'draft'", '🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀 launch A', '🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀 launch B', 'Scenario più prudente (cautelativo) – già approvato', 'Scenario più prudente (cautelativo) – da approvare'],
      new Set(['summary', 'assumptions']),
    );
    valid(tabs);
    expect(tabs[0]).toBe('Cash flow – Q1 Q2 draft');
    expect(tabs[1]).toBe('Cash flow – Q1 Q2 draft (2)');
    expect(tabs[2]).toMatch(/launch A$/);
    expect(tabs[3]).toMatch(/launch B$/);
    expect(tabs[4]).toMatch(/già approvato$/);
    expect(tabs[5]).toMatch(/da approvare$/);
  });

  it('never takes a name another sheet has', () => {
    const taken = new Set(['cash flow – base']);
    const tabs = cashFlowTabs('Cash flow', ['Base', 'base'], taken);
    valid(tabs);
    expect(tabs.map((t) => t.toLowerCase())).not.toContain('cash flow – base');
  });

  it('names the workbook tabs so, and every formula still reads its own scenario', async () => {
    const c = richCase();
    const common = 'Customer service transformation rollout ';
    c.scenarios[0]!.name = `${common}A (2027)`;
    c.scenarios[1]!.name = `${common}B (2027)`;
    const book = await readBook(await buildWorkbook(c, {}));
    const names = book.wb.worksheets.map((w) => w.name);
    expect(names).toContain('Cash flow – …rollout A (2027)');
    expect(names).toContain('Cash flow – …rollout B (2027)');
    expect(book.places('S1_CF_Net')[0]!.sheet).toBe('Cash flow – …rollout A (2027)');
    expect(book.places('S2_CF_Net')[0]!.sheet).toBe('Cash flow – …rollout B (2027)');
    // The top of the Assumptions sheet maps each defined-name prefix to its scenario and links its Cash flow sheet.
    const ws = book.wb.getWorksheet('Assumptions')!;
    const legend = sideCols(c.scenarios.length).legend;
    c.scenarios.forEach((s, k) => {
      expect(ws.getCell(8 + k, legend.sample).value).toBe(`S${k + 1}`);
      expect(ws.getCell(8 + k, legend.text).value).toBe(s.name);
      expect(ws.getCell(8 + k, legend.text + 1).formula).toBe(`HYPERLINK("#'${book.places(`S${k + 1}_CF_Net`)[0]!.sheet}'!A1","Go to the sheet →")`);
    });
    // And the Read me's table of scenarios links them too.
    const readMe = book.wb.getWorksheet('Read me')!;
    const links: string[] = [];
    readMe.eachRow((row) => row.eachCell((cell) => void (cell.formula?.startsWith('HYPERLINK') && links.push(cell.formula))));
    expect(links).toHaveLength(2);
  });
});
