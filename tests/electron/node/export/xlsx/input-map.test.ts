/**
 * The input map and the Assumptions sheet agree by construction: every name the map lists is a
 * defined name of the export pointing at a cell that holds the map's value, and every value cell
 * the Assumptions sheet names is in the map (only the derived monthly rate is not an input).
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { inputMap } from '@electron-node/export/xlsx/input-map';
import { labels } from '@electron-node/export/xlsx/labels';
import { cellAt, openWorkbook, readCell } from '@electron-node/roundtrip/workbook';
import { choiceSetAt, choiceWord } from '@shared/case/choice-words';
import { coerce } from '@shared/roundtrip/parse';
import { generateCase } from '../../../../support/arbitraries';
import { richCase } from './fixtures';

// The derived monthly rate, and the round trip's own sheet anchor (CXCase_Tab3) on A1.
const notInput = (name: string) => name === 'Case_MonthlyRate' || name.startsWith('CXCase_');

describe('inputMap', () => {
  it.each([
    ['rich case, every scenario', richCase(), null],
    ['rich case, second scenario only', richCase(), 1],
    ['generated case 7', generateCase(7), null],
    ['generated case 21', generateCase(21), null],
  ] as const)('matches the names and values of the export: %s', async (_, c, only) => {
    const ids = only === null ? null : [c.scenarios[only]!.id];
    const indices = only === null ? c.scenarios.map((_s, i) => i) : [only];
    const book = await openWorkbook(await buildWorkbook(c, { scenarioIds: ids }));
    const map = inputMap(c, indices);
    const assumptions = labels('en').sheets.assumptions;
    const named = [...book.names].filter(([n, p]) => p.sheet === assumptions && !notInput(n)).map(([n]) => n);
    expect(new Set(map.map((e) => e.name))).toEqual(new Set(named));
    for (const e of map) {
      const read = readCell(cellAt(book, book.names.get(e.name)!));
      if (e.value === null) expect(read, e.name).toEqual({ kind: 'empty' });
      else if (e.type === 'choice') {
        // The cell shows the code's word; the round trip reads that word back as the code.
        const set = choiceSetAt(e.path)!;
        expect(set, e.name).toBeDefined();
        expect(read, e.name).toEqual({ kind: 'value', value: choiceWord(set, String(e.value), 'en') });
        expect(coerce('choice', read.kind === 'value' ? read.value : '', 'en', e.path), e.name).toEqual({ ok: true, value: e.value });
      } else expect(read, e.name).toEqual({ kind: 'value', value: e.value });
    }
  }, 60_000);
});
