/**
 * The arithmetic that replaced Date objects and Maps in the hot loop gives what they gave: the
 * month of a day as Date says, percentiles over whole and fractional values mixed (the stores
 * merged, runs merged again and again) as a sort by hand, and the ISO dates read from bytes as
 * parseDate reads their text.
 */
import { describe, expect, it } from 'vitest';
import { monthKeyOfDay, parseDate, parseIsoBytes } from '@shared/tickets/dates';
import { Values } from '@shared/tickets/stats';
import { percentileByHand as byHand } from '@tests/support/percentile';
import { rng } from '../../support/tickets/model';

describe('monthKeyOfDay', () => {
  it('is the UTC year and month of new Date(day) from 1900 to 2200', () => {
    for (let day = -25_567; day <= 84_000; day++) {
      const d = new Date(day * 86_400_000);
      if (monthKeyOfDay(day) !== d.getUTCFullYear() * 12 + d.getUTCMonth()) expect.fail(`day ${day}`);
    }
  });
});

describe('Values with whole and fractional values', () => {
  it.each([
    ['a few fractional among whole ones', 40_000, (r: () => number) => (r() < 0.9 ? Math.floor(r() * 3000) : r() * 3000)],
    ['above 65,535, negative and fractional', 40_000, (r: () => number) => (r() < 0.5 ? Math.floor(r() * 100_000) : (r() - 0.2) * 1000)],
    ['past 100,000 distinct fractional values (array) and whole ones', 260_000, (r: () => number) => (r() < 0.4 ? Math.floor(r() * 500) : r() * 1e6)],
  ])('%s: percentiles equal a sort by hand', (_name, n, draw) => {
    const r = rng(9);
    const all: number[] = [];
    const v = new Values();
    for (let i = 0; i < n; i++) {
      const x = draw(r);
      all.push(x);
      v.add(x);
    }
    for (const p of [0, 0.1, 0.5, 0.9, 1]) expect(v.percentile(p)).toBe(byHand(all, p));
  });

  it('past 100,000 distinct values, merged into runs many times over (a small buffer), as a sort by hand', () => {
    const r = rng(12);
    const all: number[] = [];
    const v = new Values(1000);
    for (let i = 0; i < 250_000; i++) {
      // Seconds as minutes (many repeats), fractions (few repeats) and whole minutes.
      const x = r() < 0.5 ? Math.floor(r() * 400_000) / 60 : r() < 0.8 ? r() * 1e5 : Math.floor(r() * 900);
      all.push(x);
      v.add(x);
      if (i === 180_000) expect(v.percentile(0.5)).toBe(byHand(all, 0.5));
    }
    for (const p of [0, 0.1, 0.5, 0.9, 1]) expect(v.percentile(p)).toBe(byHand(all, p));
  });

  it('a value added after a percentile is counted', () => {
    const v = new Values();
    v.add(1.5);
    v.add(2.5);
    expect(v.percentile(1)).toBe(2.5);
    v.add(7.5);
    expect(v.percentile(1)).toBe(7.5);
  });
});

describe('parseIsoBytes', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it.each(['2025-03-04 05:06:07', '2025-03-04T05:06:07', '2025-03-04T05:06:07Z', '2025-03-04', '2024-02-29 23:59:59', '2025-02-29 10:00:00', '2025-13-01 00:00:00', '2025-01-01 24:00:00', '1969-12-31 23:00:00'])(
    '%s: as parseDate, in any zone',
    (s) => {
      for (const zone of [0, 60, -330]) expect(parseIsoBytes(bytes(s), 0, s.length, zone)).toBe(parseDate(s, 'dmy', zone));
    },
  );
  it.each(['2025-03-04T05:06:07+01:00', '2025-3-4 05:06:07', ' 2025-03-04', '2025-03-04 05:06', '2025/03/04', '2025-03-04t05:06:07z', 'abcd-ef-gh'])('%s: left to parseDate', (s) => {
    expect(parseIsoBytes(bytes(s), 0, s.length, 0)).toBeUndefined();
  });
});
