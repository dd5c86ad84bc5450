/**
 * No constant hides inside a formula: every number a formula needs (12 months, 60 minutes, the 5×
 * churn rule, the automation threshold, IRR guesses, published range ends) is a named cell on the
 * Constants sheet, with its source. The test reads every cell formula and every conditional-format
 * formula of the workbook's XML and finds no numeric literal other than 0 and 1.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { constants } from '@electron-node/export/xlsx/constants';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import type { Case } from '@shared/case/schema';
import { generateCase } from '../../../../support/arbitraries';
import { richCase } from './fixtures';
import { readBook } from './read';

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every cell formula and conditional-format formula, by sheet file. */
async function formulas(bytes: Uint8Array): Promise<{ file: string; f: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: { file: string; f: string }[] = [];
  for (const file of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    const xml = await zip.file(file)!.async('string');
    for (const m of xml.matchAll(/<f(?: [^>]*)?>([^<]*)<\/f>/g)) out.push({ file, f: unescape(m[1] ?? '') });
    for (const m of xml.matchAll(/<formula>([^<]*)<\/formula>/g)) out.push({ file, f: unescape(m[1] ?? '') });
  }
  return out;
}

/** Numbers written into a formula: outside text in quotes, sheet names, cell references and names. */
export function numericLiterals(f: string): string[] {
  const bare = f
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/'(?:[^']|'')*'!/g, 'S!')
    .replace(/\$?[A-Z]{1,3}\$?\d+/g, 'R')
    .replace(/[A-Za-z_][A-Za-z0-9_.]*/g, 'N');
  return [...bare.matchAll(/\d+(?:\.\d+)?(?:E[+-]?\d+)?/gi)].map((m) => m[0]);
}

describe('Constants: no number hides inside a formula', () => {
  it('finds a literal where there is one (the check itself can fail)', () => {
    expect(numericLiterals('A1/12')).toEqual(['12']);
    expect(numericLiterals('IF(S1_Seg1_Churn>0.5,1,0)')).toEqual(['0.5', '1', '0']);
    expect(numericLiterals(`'Cash flow – 2026'!$C$5*K_MonthsPerYear`)).toEqual([]);
    expect(numericLiterals('IF(X="recurring 12",1,0)')).toEqual(['1', '0']);
  });

  it('holds no numeric literal other than 0 and 1 in any cell or conditional-format formula', async () => {
    const cases: [string, Case, 'en' | 'it'][] = [
      ['rich', richCase(), 'en'],
      ['rich-it', richCase(), 'it'],
      ['generated', generateCase(5, { scenarios: [2, 2] }), 'en'],
      ['extreme', generateCase(103, { extremes: true }), 'en'],
    ];
    let seen = 0;
    for (const [id, c, lang] of cases) {
      const all = await formulas(await buildWorkbook(c, { lang }));
      seen += all.length;
      const bad = all.flatMap(({ file, f }) => numericLiterals(f).filter((x) => x !== '0' && x !== '1').map((x) => `${id} ${file}: ${x} in ${f}`));
      expect(bad).toEqual([]);
    }
    expect(seen).toBeGreaterThan(1000);
  });

  it('names every constant on the Constants sheet with its value, unit and a source', async () => {
    const book = await readBook(await buildWorkbook(richCase(), {}));
    const ws = book.wb.getWorksheet('Constants')!;
    for (const k of constants()) {
      const [place] = book.places(k.name);
      expect(place?.sheet, k.name).toBe('Constants');
      expect(book.value(k.name), k.name).toBe(k.value);
      const row = ws.getRow(place!.row);
      expect(String(row.getCell(3).value), `${k.name} unit`).not.toBe('');
      expect(String(row.getCell(5).value ?? ''), `${k.name} source`).not.toMatch(/^$|\bseed\b|article 0|DOMAIN/i);
    }
    expect(book.value('K_MonthsPerYear')).toBe(12);
    expect(book.value('K_DissatisfiedChurnMultiple')).toBe(5);
    expect(book.value('K_AutomationThreshold')).toBe(20);
  });
});
