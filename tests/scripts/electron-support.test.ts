import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSupportProblems, pinnedMajor, supportedMajors, type ElectronSupportTable } from '@scripts/electron-support';

const ROOT = join(__dirname, '..', '..');
const table = JSON.parse(readFileSync(join(ROOT, 'resources', 'electron-support.json'), 'utf8')) as ElectronSupportTable;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };

describe('Electron support', () => {
  it('the Electron pinned in package.json is one of the three supported majors today', () => {
    expect(electronSupportProblems(pkg, table, new Date())).toEqual([]);
  });

  it('the installed Electron (package-lock) is the pinned major', () => {
    const installed = lock.packages['node_modules/electron']?.version;
    expect(pinnedMajor(installed)).toBe(pinnedMajor(pkg.devDependencies?.['electron']));
  });

  it('the table is consistent: one entry per major, each ending when the major three later ships', () => {
    const majors = table.majors.map((m) => m.major);
    expect(new Set(majors).size).toBe(majors.length);
    for (const m of table.majors) {
      expect(m.stable < m.endOfSupport, `Electron ${m.major}`).toBe(true);
      const third = table.majors.find((n) => n.major === m.major + 3);
      if (third) expect(m.endOfSupport, `Electron ${m.major} ends when ${m.major + 3} ships`).toBe(third.stable);
    }
  });

  it('supports the latest three released majors on a given day', () => {
    expect(supportedMajors(table, new Date('2026-12-02T12:00:00Z'))).toEqual([45, 44, 43]);
    expect(supportedMajors(table, new Date('2026-05-05T12:00:00Z'))).toEqual([42, 41, 40]);
  });

  it('reads the one major a range allows, and refuses ranges that allow several', () => {
    expect(pinnedMajor('^45.5.0')).toBe(45);
    expect(pinnedMajor('~44.1.0')).toBe(44);
    expect(pinnedMajor('45.5.0')).toBe(45);
    expect(pinnedMajor('>=39')).toBeNull();
    expect(pinnedMajor('*')).toBeNull();
    expect(pinnedMajor(undefined)).toBeNull();
  });

  it('fails an Electron past its end of support, one not in the table, and one not pinned to a major', () => {
    const day = new Date('2026-12-02T12:00:00Z');
    expect(electronSupportProblems({ devDependencies: { electron: '^39.8.10' } }, table, day)[0]).toMatch(/Electron 39 is out of support.*ended on 2026-05-05/);
    expect(electronSupportProblems({ devDependencies: { electron: '^45.5.0' } }, table, new Date('2027-05-04T00:00:00Z'))[0]).toMatch(/Electron 45 is out of support/);
    expect(electronSupportProblems({ devDependencies: { electron: '^99.0.0' } }, table, day)[0]).toMatch(/not in resources\/electron-support\.json/);
    expect(electronSupportProblems({ devDependencies: { electron: 'latest' } }, table, day)[0]).toMatch(/pin one major/);
    expect(electronSupportProblems({ devDependencies: { electron: '^45.5.0' } }, table, day)).toEqual([]);
  });
});
