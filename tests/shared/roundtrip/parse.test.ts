import { describe, expect, it } from 'vitest';
import { coerce, parseNumberText } from '@shared/roundtrip/parse';

describe('numbers typed as text', () => {
  it.each([
    ['25%', 'en', 0.25],
    ['12,5 %', 'it', 0.125],
    ['12.5%', 'en', 0.125],
    ['1.234,5', 'it', 1234.5],
    ['1.234,5', 'en', 1234.5],
    ['1,234.5', 'en', 1234.5],
    ['1,234.5', 'it', 1234.5],
    ['1.234.567', 'it', 1234567],
    ['1,234,567', 'en', 1234567],
    ['€ 2.500', 'it', 2500],
    ['$2,500.75', 'en', 2500.75],
    ['0,35', 'it', 0.35],
    ['0.35', 'en', 0.35],
    ['-3,5', 'it', -3.5],
  ] as const)('%s (%s) is %d', (text, lang, want) => {
    expect(parseNumberText(text, lang)).toBeCloseTo(want, 12);
  });

  it('reads an ambiguous "1.234" or "1,234" by the workbook language', () => {
    expect(parseNumberText('1.234', 'it')).toBe(1234);
    expect(parseNumberText('1,234', 'it')).toBe(1.234);
    expect(parseNumberText('1.234', 'en')).toBe(1.234);
    expect(parseNumberText('1,234', 'en')).toBe(1234);
  });

  it.each(['about half', '1.23.4', '12,34,5', '', '%', '1e400', '--2', '1,2.3,4'])('refuses %j', (text) => {
    expect(parseNumberText(text, 'en')).toBeNull();
  });
});

describe('coerce', () => {
  it('reads flags from booleans, 1/0 and words in both languages', () => {
    expect(coerce('flag', true, 'en')).toEqual({ ok: true, value: true });
    expect(coerce('flag', 0, 'en')).toEqual({ ok: true, value: false });
    expect(coerce('flag', 'VERO', 'it')).toEqual({ ok: true, value: true });
    expect(coerce('flag', 'no', 'en')).toEqual({ ok: true, value: false });
    expect(coerce('flag', 'maybe', 'en')).toEqual({ ok: false, reason: '"maybe" is not true or false' });
  });

  it('refuses true/false where a number is needed, and a number where a word is', () => {
    expect(coerce('number', true, 'en').ok).toBe(false);
    expect(coerce('choice', 3, 'en').ok).toBe(false);
    expect(coerce('choice', ' recurring ', 'en')).toEqual({ ok: true, value: 'recurring' });
  });

  it('reads a choice word back as its code, in either language, and a code typed by hand', () => {
    const kind = ['scenarios', { by: 'id', value: 's1' }, 'costLines', { by: 'id', value: 'c1' }, 'kind'];
    const intent = ['scenarios', { by: 'id', value: 's1' }, 'moments', { by: 'id', value: 'm1' }, 'intent'];
    expect(coerce('choice', 'Ricorrente', 'it', kind)).toEqual({ ok: true, value: 'recurring' });
    expect(coerce('choice', ' una  TANTUM ', 'it', kind)).toEqual({ ok: true, value: 'oneOff' });
    expect(coerce('choice', 'Recurring', 'it', kind)).toEqual({ ok: true, value: 'recurring' });
    expect(coerce('choice', 'One-off', 'en', kind)).toEqual({ ok: true, value: 'oneOff' });
    expect(coerce('choice', 'Ricorrente', 'en', kind)).toEqual({ ok: true, value: 'recurring' });
    expect(coerce('choice', 'oneOff', 'it', kind)).toEqual({ ok: true, value: 'oneOff' });
    expect(coerce('choice', 'Rischio abbandono', 'it', intent)).toEqual({ ok: true, value: 'retention_risk' });
    expect(coerce('choice', 'retention_risk', 'en', intent)).toEqual({ ok: true, value: 'retention_risk' });
  });

  it('refuses an unknown word and names the allowed words in the workbook’s language', () => {
    const kind = ['scenarios', { by: 'id', value: 's1' }, 'costLines', { by: 'id', value: 'c1' }, 'kind'];
    expect(coerce('choice', 'mensile', 'it', kind)).toEqual({ ok: false, reason: '"mensile" is not one of the allowed words: Una tantum, Ricorrente' });
    expect(coerce('choice', 'monthly', 'en', kind)).toEqual({ ok: false, reason: '"monthly" is not one of the allowed words: One-off, Recurring' });
    // A word of another list is no word of this one.
    expect(coerce('choice', 'Phone', 'en', kind).ok).toBe(false);
  });
});
