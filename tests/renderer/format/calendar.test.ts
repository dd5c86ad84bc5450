/** Calendar month and fiscal-year labels in English and Italian ("Mar 2027", "mar 2027"). */
import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, monthLabel } from '@renderer/src/format/calendar';
import { dictionaryT } from '@renderer/src/views/report/narrative';

const make = async (lng: 'en' | 'it') => Promise.resolve(dictionaryT(lng));

describe('calendar labels', () => {
  it('month 1 is the start month; later months roll over the year; month 0 is up front', async () => {
    const en = await make('en');
    const it_ = await make('it');
    expect(monthLabel(en, '2027-03', 1)).toBe('Mar 2027');
    expect(monthLabel(it_, '2027-03', 1)).toBe('mar 2027');
    expect(monthLabel(en, '2027-03', 11)).toBe('Jan 2028');
    expect(monthLabel(it_, '2027-03', 22)).toBe('dic 2028');
    expect(monthLabel(en, '2027-03', 0)).toBe('Up front');
    expect(monthLabel(it_, '2027-03', 0)).toBe('Iniziale');
  });

  it('fiscal years are named by their end year, partial ones marked', async () => {
    const en = await make('en');
    const it_ = await make('it');
    expect(fiscalYearLabel(en, { fiscalYear: 2028, firstMonth: 2, lastMonth: 13, partial: false })).toBe('FY2028');
    expect(fiscalYearLabel(en, { fiscalYear: 2027, firstMonth: 1, lastMonth: 1, partial: true })).toBe('FY2027 (partial)');
    expect(fiscalYearLabel(it_, { fiscalYear: 2027, firstMonth: 1, lastMonth: 1, partial: true })).toBe('Es. 2027 (parziale)');
  });
});
