/**
 * The one table of choice words: every code of every choice the schema has gets a word in both
 * languages, words are unique within their list (so a word reads back as one code), and the word
 * read back in any language, any case, or the code itself, gives the code.
 */
import { describe, expect, it } from 'vitest';
import { CHOICE_SETS, choiceCode, choiceSetAt, choiceSetOf, choiceWord } from '@shared/case/choice-words';
import { COST_ACCOUNTING, DISCOUNTING, YEAR_BASES } from '@shared/case/finance-fields';
import { CHANNELS, CostLineSchema, INTENTS, MomentSchema, RetentionLineSchema, SERVICE_TIERS } from '@shared/case/schema';

describe('choice words', () => {
  it('has a set for every choice a person edits, found by its codes', () => {
    for (const codes of [SERVICE_TIERS, INTENTS, CHANNELS, DISCOUNTING, YEAR_BASES, COST_ACCOUNTING, CostLineSchema.shape.kind.options, CostLineSchema.shape.category.options, MomentSchema.shape.volumeMode.options, RetentionLineSchema.shape.churnReductionMode.options])
      expect(choiceSetOf(codes)?.codes, codes.join()).toEqual(codes);
    expect(choiceSetOf(['a', 'b'])).toBeUndefined();
  });

  it('gives every code a word in English and Italian, unique within its list, with no code shown as a word', () => {
    for (const s of CHOICE_SETS)
      for (const lang of ['en', 'it'] as const) {
        const words = s.codes.map((c) => s.words[lang][c]);
        expect(words.every((w) => typeof w === 'string' && w.trim() !== ''), `${s.key} ${lang}`).toBe(true);
        expect(new Set(words.map((w) => w!.toLowerCase())).size, `${s.key} ${lang}`).toBe(s.codes.length);
        // A word that is some other code of its list would read back as that code.
        for (const w of words) expect(s.codes.filter((c) => c.toLowerCase() === w!.toLowerCase() && s.words[lang][c] !== w).length, w).toBe(0);
      }
  });

  it('reads back each word, in either language and any case, and each code, as the code', () => {
    for (const s of CHOICE_SETS)
      for (const c of s.codes)
        for (const lang of ['en', 'it'] as const) {
          expect(choiceCode(s, choiceWord(s, c, lang), lang), `${s.key} ${c}`).toBe(c);
          expect(choiceCode(s, choiceWord(s, c, lang === 'en' ? 'it' : 'en').toUpperCase(), lang), `${s.key} ${c}`).toBe(c);
          expect(choiceCode(s, ` ${c} `, lang)).toBe(c);
        }
    const kind = choiceSetOf(['oneOff', 'recurring'])!;
    expect(choiceCode(kind, 'monthly', 'en')).toBeNull();
    expect(choiceCode(kind, '', 'en')).toBeNull();
  });

  it('finds a list from an input’s place in the case, telling a cost’s kind from other fields', () => {
    expect(choiceSetAt(['scenarios', { by: 'id', value: 's' }, 'costLines', { by: 'id', value: 'c' }, 'kind'])?.key).toBe('CostKind');
    expect(choiceSetAt(['scenarios', { by: 'id', value: 's' }, 'revenueLines', { by: 'id', value: 'r' }, 'kind'])).toBeUndefined();
    expect(choiceSetAt(['scenarios', { by: 'id', value: 's' }, 'segments', { by: 'id', value: 'g' }, 'tier'])?.key).toBe('Tier');
    expect(choiceSetAt(['discounting'])?.key).toBe('Discounting');
  });
});
