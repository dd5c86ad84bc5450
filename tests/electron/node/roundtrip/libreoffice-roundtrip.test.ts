/**
 * The round trip with the workbook edited by LibreOffice itself (headless, Python-UNO), as finance
 * would edit it by hand: the edits come back exactly, the case with them taken computes the NPV
 * LibreOffice recalculates, and moved rows, an inserted column, a renamed sheet, text percentages,
 * a formula, a deleted input, an added row, an overwritten formula and another case's workbook are
 * each read or reported as they should be. All workbooks go through one soffice launch.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { readRoundTrip } from '@electron-node/roundtrip/index';
import { openWorkbook } from '@electron-node/roundtrip/workbook';
import { parseCxcaseText, serializeCxcase } from '@shared/case/cxcase-file';
import type { Case } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { applyChanges } from '@shared/roundtrip/diff';
import { editWithLibreOffice, type LoJob, type LoOp, type LoValue } from '../../../support/libreoffice-uno';
import { richCase } from '../export/xlsx/fixtures';
import { relDiff } from '../export/xlsx/read';

const root = join(__dirname, '../../../..');
const rich = richCase();
const italian: Case = { ...richCase(), locale: 'it-IT' };
const other = (() => {
  const r = parseCxcaseText(readFileSync(join(root, 'resources/samples/b2b-software.cxcase'), 'utf8'));
  if (!r.ok) throw new Error('sample does not parse');
  return r.value.case;
})();

let dir = '';
const out = (id: string) => join(dir, `${id}-edited.xlsx`);
let lo: Record<string, Record<string, LoValue>> = {};

interface Plan {
  id: string;
  c: Case;
  lang?: 'en' | 'it';
  ops: (rows: (name: string) => number) => LoOp[];
  read?: string[];
}

const PLANS: Plan[] = [
  {
    // The three: a lower deflection rate, a higher contingency, a later start.
    id: 'three',
    c: rich,
    ops: () => [
      { op: 'setValue', name: 'S1_Mom1_Deflection', value: 0.25 },
      { op: 'setValue', name: 'S2_Cost1_Contingency', value: 0.3 },
      { op: 'setValue', name: 'S1_Rev1_Start', value: 5 },
    ],
    read: ['S1_NPV', 'S2_NPV'],
  },
  {
    // The first segment's eight rows cut and pasted below the table, then one of them edited.
    id: 'moved',
    c: rich,
    ops: (row) => [
      { op: 'moveRowsToEnd', sheet: 'Assumptions', first: row('S1_Seg1_Tier') - 1, count: 8 },
      { op: 'setValue', name: 'S1_Seg1_Customers', value: 450 },
    ],
  },
  {
    id: 'column',
    c: rich,
    ops: () => [
      { op: 'insertColumn', sheet: 'Assumptions', index: 0 },
      { op: 'setValue', name: 'S2_Seg2_ARPU', value: 2_000 },
    ],
  },
  {
    id: 'renamed',
    c: rich,
    ops: () => [
      { op: 'renameSheet', from: 'Assumptions', to: 'Inputs (finance)' },
      { op: 'renameSheet', from: 'Segments', to: 'Segs' },
      { op: 'setValue', name: 'S1_Cost2_Amount', value: 12_345 },
    ],
  },
  {
    id: 'text-en',
    c: rich,
    ops: () => [
      { op: 'setString', name: 'S1_Seg1_Churn', text: '12.5%' },
      { op: 'setString', name: 'S1_Seg2_Customers', text: '5,234.5' },
      { op: 'setString', name: 'S1_Seg1_Margin', text: 'about half' },
    ],
  },
  {
    id: 'text-it',
    c: italian,
    lang: 'it',
    ops: () => [
      { op: 'setString', name: 'S1_Seg1_Churn', text: '12,5 %' },
      { op: 'setString', name: 'S1_Seg2_Customers', text: '5.234,5' },
    ],
  },
  {
    id: 'formula-deleted',
    c: rich,
    ops: () => [
      { op: 'setFormula', name: 'Case_DiscountRate', formula: '=0.1+0.05' },
      { op: 'clear', name: 'S1_Seg1_ARPU' },
      { op: 'clear', name: 'S1_Mom2_Satisfaction' },
    ],
  },
  {
    id: 'structure',
    c: rich,
    ops: () => [
      { op: 'appendRow', sheet: 'Segments', texts: ['Base', 'Public sector', 'strategic'] },
      { op: 'overwrite', sheet: 'Segments', cell: 'L2', value: 100_000 },
    ],
  },
  { id: 'other', c: other, ops: () => [{ op: 'setValue', name: 'S1_Seg1_Customers', value: 1 }] },
  {
    // Choices typed as words of the workbook's language (what its drop-downs offer), and one unknown word.
    id: 'words-it',
    c: italian,
    lang: 'it',
    ops: () => [
      { op: 'setString', name: 'S1_Cost2_Kind', text: 'Ricorrente' },
      { op: 'setString', name: 'S1_Mom2_Mode', text: 'Contatti al mese' },
      { op: 'setString', name: 'S1_Seg1_Tier', text: 'Strategico' },
      { op: 'setString', name: 'S2_Cost1_Kind', text: 'mensile' },
    ],
    read: ['S1_NPV'],
  },
  {
    // English words, a code typed by hand, and an unknown word.
    id: 'words-en',
    c: rich,
    ops: () => [
      { op: 'setString', name: 'S1_Cost3_Kind', text: 'One-off' },
      { op: 'setString', name: 'S1_Rev1_Mode', text: 'Satisfaction target (5× rule)' },
      { op: 'setString', name: 'S1_Mom1_Intent', text: 'retention_risk' },
      { op: 'setString', name: 'S2_Cost2_Kind', text: 'Monthly' },
    ],
    read: ['S1_NPV'],
  },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cxcase-roundtrip-'));
  const jobs: LoJob[] = [];
  for (const p of PLANS) {
    const bytes = await buildWorkbook(p.c, { lang: p.lang ?? 'en' });
    const book = await openWorkbook(bytes);
    const row = (name: string) => book.names.get(name)?.row ?? NaN;
    const input = join(dir, `${p.id}.xlsx`);
    writeFileSync(input, bytes);
    jobs.push({ in: input, out: out(p.id), ops: p.ops(row), read: p.read });
  }
  lo = await editWithLibreOffice(jobs);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const report = (id: string, c: Case = rich) => readRoundTrip(c, new Uint8Array(readFileSync(out(id))));
const byName = (r: Awaited<ReturnType<typeof readRoundTrip>>) => Object.fromEntries(r.changes.map((ch) => [ch.name, ch]));

describe('round trip through LibreOffice', () => {
  it('three edits come back exactly, and nothing else', async () => {
    const r = await report('three');
    expect(r.changes.map((ch) => [ch.path, ch.from, ch.to])).toEqual([
      ['$.scenarios[0].moments[0].deflectionRate', 0.35, 0.25],
      ['$.scenarios[0].revenueLines[0].startMonth', 2, 5],
      ['$.scenarios[1].costLines[0].contingency', rich.scenarios[1]!.costLines[0]!.contingency, 0.3],
    ]);
    expect(r.refused).toEqual([]);
    expect(r.notImportable).toEqual([]);
    expect(r.overwrittenFormulas).toEqual([]);
    for (const ch of r.changes) expect(Number.isFinite(ch.npvEffect) && ch.npvEffect !== 0, ch.path).toBe(true);
  });

  it("after apply-xlsx the case's NPV equals LibreOffice's recalculated NPV to 1e-9", () => {
    const caseFile = join(dir, 'rich.cxcase');
    const newFile = join(dir, 'rich-edited.cxcase');
    writeFileSync(caseFile, serializeCxcase(rich, { name: 'CX Case', version: 'test' }, rich.updatedAt));
    const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'cxcase.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    const r = run(['apply-xlsx', caseFile, out('three'), '--out', newFile]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const parsed = parseCxcaseText(readFileSync(newFile, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    const c = parsed.value.case;
    expect(c.scenarios[0]!.moments[0]!.deflectionRate).toBe(0.25);
    c.scenarios.forEach((s, i) => {
      const theirs = lo[out('three')]?.[`S${i + 1}_NPV`];
      expect(typeof theirs).toBe('number');
      expect(relDiff(computeScenario(c, s, i).npv, theirs as number)).toBeLessThanOrEqual(1e-9);
    });
    // Never over an existing file.
    const again = run(['apply-xlsx', caseFile, out('three'), '--out', newFile]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  }, 180_000);

  it('reads inputs by name after finance moved rows', async () => {
    const r = await report('moved');
    expect(r.changes.map((ch) => [ch.path, ch.to])).toEqual([['$.scenarios[0].segments[0].customers', 450]]);
    expect(r.notImportable).toEqual([]);
    expect(r.overwrittenFormulas).toEqual([]);
  });

  it('reads inputs by name after finance inserted a column', async () => {
    const r = await report('column');
    expect(r.changes.map((ch) => [ch.path, ch.to])).toEqual([['$.scenarios[1].segments[1].arpu', 2_000]]);
    expect(r.notImportable).toEqual([]);
    expect(r.overwrittenFormulas).toEqual([]);
  });

  it('reads inputs by name after finance renamed sheets', async () => {
    const r = await report('renamed');
    const [ch] = r.changes;
    expect(r.changes).toHaveLength(1);
    expect(ch?.path).toBe('$.scenarios[0].costLines[1].amount');
    expect(ch?.to).toBe(12_345);
    expect(ch?.cell).toMatch(/^Inputs \(finance\)!D\d+$/); // the first scenario's value column
    expect(r.notImportable).toEqual([]);
  });

  it('takes text-typed numbers in English formats, refuses words with the reason', async () => {
    const r = await report('text-en');
    const ch = byName(r);
    expect(ch.S1_Seg1_Churn?.to).toBe(0.125);
    expect(ch.S1_Seg2_Customers?.to).toBe(5234.5);
    expect(r.refused.map((x) => [x.path, x.name, x.value, x.reason])).toEqual([['$.scenarios[0].segments[0].grossMargin', 'S1_Seg1_Margin', 'about half', '"about half" is not a number']]);
  });

  it('takes text-typed numbers in Italian formats', async () => {
    const r = await report('text-it', italian);
    const ch = byName(r);
    expect(ch.S1_Seg1_Churn?.to).toBe(0.125);
    expect(ch.S1_Seg2_Customers?.to).toBe(5234.5);
    expect(r.refused).toEqual([]);
  });

  it('takes a formula’s computed value and reports the formula; a deleted input is refused unless it may be empty', async () => {
    const r = await report('formula-deleted');
    const ch = byName(r);
    expect(ch.Case_DiscountRate?.to).toBeCloseTo(0.15, 15);
    expect(ch.Case_DiscountRate?.formula).toMatch(/0\.1\+0\.05/);
    expect(ch.S1_Mom2_Satisfaction?.to).toBeNull();
    expect(r.refused.map((x) => [x.path, x.reason])).toEqual([['$.scenarios[0].segments[0].arpu', expect.stringMatching(/deleted in the workbook/)]]);
  });

  it('lists an added row and an overwritten calculation cell as not importable', async () => {
    const r = await report('structure');
    expect(r.changes).toEqual([]);
    expect(r.notImportable).toEqual([{ where: 'Segments, row 6', what: expect.stringContaining('"Public sector"') }]);
    expect(r.overwrittenFormulas).toEqual([{ sheet: 'Segments', cell: 'L2', formula: expect.stringContaining('S1_Seg1_ARPU') }]);
  });

  it.each([
    ['words-it', italian, [
      ['$.scenarios[0].segments[0].tier', 'midMarket', 'strategic'],
      ['$.scenarios[0].moments[1].volumeMode', 'share', 'absolute'],
      ['$.scenarios[0].costLines[1].kind', 'oneOff', 'recurring'],
    ], ['$.scenarios[1].costLines[0].kind', 'S2_Cost1_Kind', 'mensile', '"mensile" is not one of the allowed words: Una tantum, Ricorrente']],
    ['words-en', rich, [
      ['$.scenarios[0].moments[0].intent', 'support', 'retention_risk'],
      ['$.scenarios[0].revenueLines[0].churnReductionMode', 'entered', 'satisfaction'],
      ['$.scenarios[0].costLines[2].kind', 'recurring', 'oneOff'],
    ], ['$.scenarios[1].costLines[1].kind', 'S2_Cost2_Kind', 'Monthly', '"Monthly" is not one of the allowed words: One-off, Recurring']],
  ] as const)('reads choices typed as words back as codes, and refuses an unknown word with the allowed ones (%s)', async (id, c, want, refused) => {
    const r = await report(id, c);
    expect(r.changes.map((ch) => [ch.path, ch.from, ch.to])).toEqual(want);
    expect(r.refused.map((x) => [x.path, x.name, x.value, x.reason])).toEqual([refused]);
    // LibreOffice's formulas read the typed words as the app reads the codes: the same NPV.
    const applied = applyChanges(c, r.changes);
    if (!applied.ok) throw new Error(applied.reason);
    const theirs = lo[out(id)]?.S1_NPV;
    expect(typeof theirs).toBe('number');
    expect(relDiff(computeScenario(applied.value, applied.value.scenarios[0]!, 0).npv, theirs as number)).toBeLessThanOrEqual(1e-9);
    expect(relDiff(computeScenario(c, c.scenarios[0]!, 0).npv, theirs as number)).toBeGreaterThan(1e-6);
  });

  it('refuses another case’s workbook, naming both cases', async () => {
    await expect(report('other')).rejects.toThrow(`This workbook belongs to the case "${other.name}", not to "${rich.name}"`);
  });
});
