/**
 * Choice cells in words: the workbook shows every choice (tier, intent, channel, volume mode, churn
 * mode, cost category and kind) as a word in its language, lists each word once on the Constants
 * sheet under a defined name, and no formula compares a choice with a code written in quotes.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { CHOICE_SETS, CHOICE_WORDS } from '@shared/case/choice-words';
import { richCase } from './fixtures';
import { readBook } from './read';

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('choice cells in words', () => {
  it.each(['en', 'it'] as const)('shows words, never codes, on the Assumptions and step sheets (%s)', async (lang) => {
    const c = richCase();
    const s = c.scenarios[0]!;
    const book = await readBook(await buildWorkbook(c, { lang }));
    const W = CHOICE_WORDS;
    const want: [string, string][] = [
      ['S1_Seg1_Tier', W.tier.words[lang][s.segments[0]!.tier]],
      ['S1_Mom1_Intent', W.intent.words[lang][s.moments[0]!.intent]],
      ['S1_Mom1_Channel', W.channel.words[lang][s.moments[0]!.channel]],
      ['S1_Mom2_Mode', W.volumeMode.words[lang][s.moments[1]!.volumeMode]],
      ['S1_Rev1_Mode', W.churnMode.words[lang][(s.revenueLines[0] as { churnReductionMode: 'entered' | 'satisfaction' }).churnReductionMode]],
      ['S1_Cost3_Category', W.category.words[lang][s.costLines[2]!.category]],
      ['S1_Cost3_Kind', W.costKind.words[lang][s.costLines[2]!.kind]],
    ];
    for (const [name, word] of want) expect(book.value(name), name).toBe(word);
    // The step sheets repeat the Assumptions cell by formula, with the word as its cached value.
    const codes = new Set(CHOICE_SETS.flatMap((x) => x.codes.filter((code) => !Object.values(x.words[lang]).includes(code))));
    const shownCodes = book.cells().filter((x) => typeof x.value === 'string' && codes.has(x.value) && x.sheet !== 'CXCase_RoundTrip' && !/^(Constants|Costanti)$/.test(x.sheet));
    expect(shownCodes.map((x) => `${x.sheet}!${x.address} ${String(x.value)}`)).toEqual([]);
  });

  it('lists every word on the Constants sheet under a defined name, each list a named range', async () => {
    for (const lang of ['en', 'it'] as const) {
      const book = await readBook(await buildWorkbook(richCase(), { lang }));
      for (const set of CHOICE_SETS) {
        expect(book.values(`C_${set.key}`), set.key).toEqual(set.codes.map((code) => set.words[lang][code]));
        for (const code of set.codes) {
          expect(book.places(`C_${set.key}_${code}`)[0]!.sheet).toBe(lang === 'it' ? 'Costanti' : 'Constants');
          expect(book.value(`C_${set.key}_${code}`)).toBe(set.words[lang][code]);
        }
      }
    }
  });

  it('compares choices with the named words, never with a code in quotes, in cell and validation formulas', async () => {
    const zip = await JSZip.loadAsync(await buildWorkbook(richCase(), { lang: 'it' }));
    const codes = new Set(CHOICE_SETS.flatMap((x) => x.codes.map((code) => code.toLowerCase())));
    const quoted: string[] = [];
    let named = 0;
    for (const file of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      const xml = await zip.file(file)!.async('string');
      for (const m of xml.matchAll(/<f(?: [^>]*)?>([^<]*)<\/f>|<formula1?>([^<]*)<\/formula1?>/g)) {
        const f = unescape(m[1] ?? m[2] ?? '');
        for (const q of f.matchAll(/"([^"]*)"/g)) if (codes.has((q[1] ?? '').toLowerCase())) quoted.push(`${file}: ${f}`);
        if (/=C_(CostKind|VolumeMode|ChurnMode)_\w+/.test(f) || /<>C_CostKind_recurring/.test(f)) named++;
      }
    }
    expect(quoted).toEqual([]);
    // Volume, churn reduction, cost months, the recurring-month check and its validation all use names.
    expect(named).toBeGreaterThan(10);
  });
});
