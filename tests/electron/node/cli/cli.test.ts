/**
 * The `cxcase` command line as a user runs it: a real process (`node bin/cxcase.js …` and
 * `npx cxcase …`), real files, exit codes and the text on stdout and stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseText } from '@shared/case/validate';
import { computeScenario } from '@shared/engine/compute';
import { generateCase } from '../../../support/arbitraries';

const root = join(__dirname, '..', '..', '..', '..');
const b2b = join(root, 'resources', 'samples', 'b2b-software.cxcase');
const retailer = join(root, 'resources', 'samples', 'online-retailer.cxcase');

function cxcase(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'cxcase.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'cxcase-cli-'));
function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+[(:]\d+/m);

describe('cxcase --help and --version', () => {
  it('prints usage with every command and an example, exit 0', () => {
    const r = cxcase('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: cxcase/);
    for (const cmd of ['compute', 'validate']) expect(r.out).toContain(cmd);
    expect(r.out).toContain('resources/samples/b2b-software.cxcase');
  });

  it('prints help for one command', () => {
    const r = cxcase('compute', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--scenario');
  });

  it('an unknown command fails with a hint and no stack trace', () => {
    const r = cxcase('frobnicate');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/unknown command 'frobnicate'/);
    noStackTrace(r.err);
  });

  // Start-up time is measured, not asserted; what is asserted is the reason it is short.
  it('loads exceljs, better-sqlite3 and playwright-core only for the commands that use them', () => {
    const hook = file(
      'trace-requires.cjs',
      `const M = require('module'); const load = M._load;
M._load = function (req, ...rest) { if (!req.startsWith('.') && !req.startsWith('node:')) process.stderr.write('REQUIRE ' + req + '\\n'); return load.call(this, req, ...rest); };`,
    );
    const heavy = ['exceljs', 'better-sqlite3', 'playwright-core'];
    const loaded = (...args: string[]) => {
      const r = spawnSync(process.execPath, ['-r', hook, join(root, 'bin', 'cxcase.js'), ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
      return heavy.filter((m) => r.stderr.split('\n').includes(`REQUIRE ${m}`));
    };
    expect(loaded('--version')).toEqual([]);
    expect(loaded('compute', b2b)).toEqual([]);
    expect(loaded('export', b2b, '--xlsx', join(tmp, 'startup.xlsx'))).toEqual(['exceljs']);
  });
});

describe('cxcase compute', () => {
  const c = (() => {
    const r = parseCaseText(readFileSync(b2b, 'utf8'));
    if (!r.ok) throw new Error('sample invalid');
    return r.value;
  })();

  it('prints the headline figures and the monthly rows as JSON, exactly what the engine computes', () => {
    const r = cxcase('compute', b2b);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const out = JSON.parse(r.out);
    for (const key of ['npv', 'pvBenefits', 'pvCosts', 'roi', 'paybackMonth', 'irr', 'months']) expect(out).toHaveProperty(key);
    const expected = computeScenario(c, c.scenarios[0]!);
    expect(out.scenario).toBe('Base');
    expect(out.npv).toBe(expected.npv);
    expect(out.pvBenefits).toBe(expected.pvBenefits);
    expect(out.pvCosts).toBe(expected.pvCosts);
    expect(out.roi).toBe(expected.roi);
    expect(out.paybackMonth).toBe(expected.paybackMonth);
    expect(out.irr).toBe(expected.irr);
    expect(out.months).toHaveLength(c.horizonMonths + 1);
    expect(Object.keys(out.months[0]).sort()).toEqual(['benefits', 'costs', 'cumulative', 'month', 'net']);
    expect(out.months[0].month).toBe(0);
    expect(out.months.at(-1).cumulative).toBe(expected.cumulative.at(-1));
    expect(out.flags).toEqual([]);
  });

  it('prints credibility flags with their sentence', () => {
    const c2 = JSON.parse(readFileSync(b2b, 'utf8'));
    c2.scenarios[0].moments[0].deflectionRate = 0.55;
    const out = JSON.parse(cxcase('compute', file('hot.cxcase', JSON.stringify(c2))).out);
    expect(out.flags).toEqual([
      expect.objectContaining({ figureId: 'deflectionRate', path: ['scenarios', 0, 'moments', 0, 'deflectionRate'], subject: { kind: 'moment', name: c2.scenarios[0].moments[0].name }, message: expect.stringMatching(/^Ticket deflection from a knowledge base, moment “[^”]+”: 55% is above the highest published figure, 40% \(source: Practitioners’ reports/) }),
    ]);
  });

  it('--scenario NAME picks the scenario by name (or id)', () => {
    const byName = JSON.parse(cxcase('compute', b2b, '--scenario', 'Conservative').out);
    expect(byName.scenario).toBe('Conservative');
    expect(byName.npv).toBe(computeScenario(c, c.scenarios[1]!).npv);
    expect(byName.npv).not.toBe(JSON.parse(cxcase('compute', b2b).out).npv);
    expect(JSON.parse(cxcase('compute', b2b, '-s', 'scn_optimistic').out).scenario).toBe('Optimistic');
    expect(JSON.parse(cxcase('compute', retailer, '--scenario', 'Prudente').out).scenario).toBe('Prudente');
  });

  it('an unknown scenario is a clear error naming the scenarios there are, exit 1, nothing on stdout', () => {
    const r = cxcase('compute', b2b, '--scenario', 'Wishful');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('cxcase: No scenario named "Wishful". Scenarios in this case: "Base", "Conservative", "Optimistic"\n');
  });

  it('--full prints every series, and nothing in it is NaN or Infinity', () => {
    const r = cxcase('compute', retailer, '--full');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/NaN|Infinity/);
    const out = JSON.parse(r.out);
    expect(out.lines.length).toBeGreaterThan(5);
    expect(out.years.columns).toEqual(['initial', 'y1', 'y2', 'y3', 'total', 'pv']);
  });

  it('reads a .cxcase file with its envelope as well as a bare case document', () => {
    const g = generateCase(3);
    const enveloped = file('enveloped.cxcase', JSON.stringify({ format: 'cxcase', formatVersion: 1, exportedAt: '2026-01-05T09:00:00Z', app: { name: 'CX Case', version: '0.1.0' }, case: g }));
    const bare = file('bare.json', JSON.stringify(g));
    const a = cxcase('compute', enveloped);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out)).toEqual(JSON.parse(cxcase('compute', bare).out));
  });

  it('a bad file: its problems, exit 1, no output, no stack trace', () => {
    const r = cxcase('compute', file('bad-compute.json', JSON.stringify({ ...generateCase(4), horizonMonths: 0 })));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('$.horizonMonths: Must be at least 12 months');
    noStackTrace(r.err);
  });
});

describe('cxcase validate', () => {
  it('a valid file: one line, exit 0', () => {
    const r = cxcase('validate', retailer);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${retailer}: valid case "Casa Mirtillo: il servizio clienti che fa vendere" (3 scenarios)\n`);
  });

  it('a bad file: every problem with its JSON path, exit 1, no stack trace', () => {
    const c = JSON.parse(readFileSync(b2b, 'utf8'));
    c.horizonMonths = 0;
    c.colour = 'red';
    c.scenarios[0].segments[0].grossMargin = 2.5;
    c.scenarios[0].segments[1].customers = -5;
    c.scenarios[1].moments[0].deflectionRate = 'lots';
    const bad = file('bad.cxcase', JSON.stringify(c, null, 2));
    const r = cxcase('validate', bad);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe(`${bad}: 5 problems`);
    expect(lines.slice(1).map((l) => l.trim()).sort()).toEqual(
      [
        '$.horizonMonths: Must be at least 12 months',
        '$.colour: Unknown field',
        '$.scenarios[0].segments[0].grossMargin: Must be at most 100%',
        '$.scenarios[0].segments[1].customers: Must be 0 or more',
        '$.scenarios[1].moments[0].deflectionRate: Must be a number',
      ].sort(),
    );
    noStackTrace(r.err);
  });

  it('not JSON, a missing file, an empty file: one clear line each, exit 1', () => {
    for (const [path, pattern] of [
      [file('not.json', '{"schemaVersion": 1,'), /not valid JSON/],
      [join(tmp, 'missing.cxcase'), /no such file/],
      [file('empty.json', ''), /not valid JSON/],
    ] as const) {
      const r = cxcase('validate', path);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(pattern);
      noStackTrace(r.err);
    }
  });

  it('lists at most 100 problems, then counts the rest', () => {
    const c = JSON.parse(readFileSync(b2b, 'utf8'));
    const seg = c.scenarios[0].segments[0];
    // 175 segments with two bad numbers each: 350 problems.
    c.scenarios[0].segments = Array.from({ length: 175 }, (_, i) => ({ ...seg, id: `s${i}`, customers: -1, arpu: -1 }));
    const r = cxcase('validate', file('many.cxcase', JSON.stringify(c)));
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split('\n');
    const total = Number(/: (\d+) problems$/.exec(lines[0] ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(350);
    expect(lines).toHaveLength(1 + 100 + 1);
    expect(lines.at(-1)).toBe(`  … and ${total - 100} more problems`);
  });

  it('a document without schemaVersion is one clear message, not a line per field', () => {
    const c = JSON.parse(readFileSync(b2b, 'utf8'));
    delete c.schemaVersion;
    const f = file('no-version.json', JSON.stringify(c));
    for (const args of [['validate', f], ['import', f, '--db', join(tmp, 'never.sqlite3')]]) {
      const r = cxcase(...args);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/missing schemaVersion: this is not a CX Case file, or it was damaged/);
      expect(r.err).not.toContain('Unknown field');
      expect(r.err.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
    }
  });

  it('prints control and text-direction characters of paths and names as \\u escapes', () => {
    const evil = file('evil\u001b[2J\u202E.json', '{"schemaVersion": 1, "name": "x\\u202Ey"}');
    const r = cxcase('validate', evil);
    expect(r.code).toBe(1);
    expect(r.err).toContain('evil\\u001b[2J\\u202e.json');
    expect(r.err).toContain('$.name: Contains an invisible text-direction character (U+202E)');
    expect(r.err).not.toContain('\u001b');
    expect(r.err).not.toContain('\u202E');
    // compute's JSON stays valid JSON: the escape is a JSON escape inside a string.
    const c = JSON.parse(readFileSync(b2b, 'utf8'));
    const ok = cxcase('compute', file('fine.json', JSON.stringify(c)), '--scenario', 'Nope\u202E');
    expect(ok.err).toContain('No scenario named "Nope\\u202e"');
  });

  it('a missing argument is a usage error, not a crash', () => {
    const r = cxcase('validate');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/missing required argument 'file'/);
    noStackTrace(r.err);
  });
});

describe('npx cxcase', () => {
  it('works from the repository root', () => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const r = spawnSync(npx, ['--no-install', 'cxcase', 'validate', 'resources/samples/b2b-software.cxcase'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('valid case "Northwind Cloud: support as a revenue engine" (3 scenarios)');
  }, 60_000);
});
