import { describe, expect, it } from 'vitest';
import { editText, formatMoney, formatPercent, MISSING, parseLocaleNumber } from '@renderer/src/format/numbers';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('number formats follow the case locale', () => {
  it('formats money in Italian and US English', () => {
    expect(nbsp(formatMoney(1234.56, 'EUR', 'it-IT', 2))).toBe('1.234,56 €');
    expect(formatMoney(1234.56, 'EUR', 'en-US', 2)).toBe('€1,234.56');
    expect(nbsp(formatMoney(1234567, 'EUR', 'it-IT'))).toBe('1.234.567 €');
  });

  it('never prints NaN or Infinity', () => {
    for (const x of [NaN, Infinity, -Infinity, null, undefined]) {
      expect(formatMoney(x, 'USD', 'en-US')).toBe(MISSING);
      expect(formatPercent(x, 'it-IT')).toBe(MISSING);
    }
  });
});

describe('parsing what people type', () => {
  it('accepts the locale decimal separator', () => {
    expect(parseLocaleNumber('12,5', 'it-IT')).toBe(12.5);
    expect(parseLocaleNumber('12.5', 'en-US')).toBe(12.5);
    expect(parseLocaleNumber('1.234,5', 'it-IT')).toBe(1234.5);
    expect(parseLocaleNumber('1,234.5', 'en-GB')).toBe(1234.5);
    expect(parseLocaleNumber('1.234', 'it-IT')).toBe(1234);
    expect(parseLocaleNumber('1,234', 'en-US')).toBe(1234);
    expect(parseLocaleNumber(' 25 % ', 'en-US')).toBe(25);
    expect(parseLocaleNumber('-3', 'en-US')).toBe(-3);
  });

  it('never reads a leading 0 as a thousands group', () => {
    expect(parseLocaleNumber('0.125', 'it-IT')).toBe(0.125);
    expect(parseLocaleNumber('0.125', 'de-DE')).toBe(0.125);
    expect(parseLocaleNumber('0,125', 'en-GB')).toBeNull();
    expect(parseLocaleNumber('0,125', 'it-IT')).toBe(0.125);
    expect(parseLocaleNumber('10.125', 'it-IT')).toBe(10125);
  });

  it('rejects letters, empty text and ambiguous separators', () => {
    for (const s of ['', 'abc', '12a', '1,2,3', '--1', '1e5', '.', '-', '1.2.3']) expect(parseLocaleNumber(s, 'en-US')).toBeNull();
    expect(parseLocaleNumber('1,2.3', 'it-IT')).toBeNull();
  });

  it('shows stored fractions as percentages for editing, in the locale', () => {
    expect(editText(0.255, 'it-IT', true)).toBe('25,5');
    expect(editText(0.07, 'en-US', true)).toBe('7');
    expect(editText(1234.5, 'en-US', false)).toBe('1234.5');
    expect(editText(null, 'en-US', false)).toBe('');
  });
});
