/**
 * No near-empty pages: every page of the report uses at least a quarter of its printable area,
 * except the last page before a part of the report that starts on a new page (the cover, the
 * decision page, the summary, the appendices) and the last page. Measured from the rendered pixels
 * (pdftoppm), on the samples, a large case, a one-scenario case and an empty scenario.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import { blankScenario } from '@shared/case/factory';
import { readCaseFile } from '@electron-node/cli/io';
import { createChromiumPrinter, type ChromiumPrinter } from '@electron-node/export/pdf';
import type { PdfOptions } from '@electron-node/export/pdf/layout';
import { en } from '@renderer/src/i18n/en';
import { it as itDict } from '@renderer/src/i18n/it';
import { PAGE_START_SECTIONS } from '@renderer/src/views/report/sections';
import { generateLargeCase } from '../../../../support/arbitraries';
import { inkedBoxShare, PdfFile, ROOT, type Grey } from './pdf-tools';

const DICT = { en, it: itDict };
const MIN_FILL = 0.25;

function sample(name: string): Case {
  const r = readCaseFile(join(ROOT, 'resources', 'samples', `${name}.cxcase`));
  if (!r.ok) throw new Error(`sample ${name} is invalid`);
  return r.value;
}

function oneScenario(): Case {
  const c = sample('b2b-software');
  return { ...c, scenarios: c.scenarios.slice(0, 1) };
}

function withEmptyScenario(): Case {
  const c = sample('b2b-software');
  return { ...c, scenarios: [...c.scenarios, { ...blankScenario('Empty', c.currency), id: 'scn_empty' }] };
}

/** Pages under MIN_FILL that are neither the last page nor the last before a part that starts a page. */
export function nearEmptyPages(fill: number[], firstLines: string[], lang: Language): { page: number; fill: number }[] {
  const starts = PAGE_START_SECTIONS.map((s) => DICT[lang].report.sections[s]);
  const startsPart = (line: string | undefined) => line !== undefined && starts.some((t) => line.endsWith(t));
  return fill.flatMap((share, i) => (share >= MIN_FILL || i === fill.length - 1 || startsPart(firstLines[i + 1]) ? [] : [{ page: i + 1, fill: Math.round(share * 100) / 100 }]));
}

function grey(width: number, height: number, ink: { x0: number; y0: number; x1: number; y1: number } | null): Grey {
  const px = new Uint8Array(width * height).fill(255);
  if (ink) for (let y = ink.y0; y < ink.y1; y++) for (let x = ink.x0; x < ink.x1; x++) px[y * width + x] = 0;
  return { width, height, dpi: 72, px };
}

describe('the inked-area measure', () => {
  const m = { top: 10, bottom: 10, left: 10, right: 10 };
  it('is 0 for a blank page, 1 for ink reaching every edge, and ignores the margins', () => {
    expect(inkedBoxShare(grey(120, 220, null), m)).toBe(0);
    expect(inkedBoxShare(grey(120, 220, { x0: 10, y0: 10, x1: 110, y1: 210 }), m)).toBe(1);
    // Ink only in the margins (a running header, a page number) does not count.
    expect(inkedBoxShare(grey(120, 220, { x0: 0, y0: 0, x1: 120, y1: 9 }), m)).toBe(0);
    // A full-width block over the top tenth of the page: a tenth.
    expect(inkedBoxShare(grey(120, 220, { x0: 10, y0: 10, x1: 110, y1: 30 }), m)).toBeCloseTo(0.1, 5);
  });

  it('lets only the last page of a part be short', () => {
    const firsts = ['Cover', `1 ${en.report.sections.decision}`, `2 ${en.report.sections.summary}`, 'table rows', `3 ${en.report.sections.segments}`, 'more'];
    // A short decision page (before the summary's page) and a short last page are allowed…
    expect(nearEmptyPages([0.9, 0.1, 0.8, 0.5, 0.5, 0.1], firsts, 'en')).toEqual([]);
    // …a short page before a section that merely follows on is not.
    expect(nearEmptyPages([0.9, 0.5, 0.5, 0.1, 0.5, 0.5], firsts, 'en')).toEqual([{ page: 4, fill: 0.1 }]);
  });
});

let printer: ChromiumPrinter;
const files: PdfFile[] = [];
beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
  for (const f of files) f.dispose();
});

const CASES: [string, () => Case, Language, (c: Case) => PdfOptions['scenarios'], (c: Case) => string | null][] = [
  ['the B2B sample, all scenarios', () => sample('b2b-software'), 'en', () => 'all', () => null],
  ['the retail sample, all scenarios', () => sample('online-retailer'), 'it', () => 'all', () => null],
  ['the retail sample, one scenario', () => sample('online-retailer'), 'en', () => 'one', (c) => c.scenarios[1]?.id ?? null],
  ['a large case (3 scenarios, 120 months)', () => generateLargeCase({ segments: 20, moments: 30, horizon: 120, scenarios: 3 }), 'en', () => 'all', () => null],
  ['a one-scenario case', oneScenario, 'it', () => 'all', () => null],
  ['an empty scenario', withEmptyScenario, 'en', () => 'all', () => 'scn_empty'],
];

describe.each(CASES)('%s', (_name, make, lang, scope, scenarioOf) => {
  it('has no page using less than a quarter of its area except the last of a part', async () => {
    const c = make();
    const r = await printer.print(c, { scenarioId: scenarioOf(c), scenarios: scope(c), lang });
    const pdf = new PdfFile(r.bytes);
    files.push(pdf);
    const fill = pdf.fill();
    expect(fill.length).toBe(pdf.info().pages);
    // The measure sees the pages: the cover and the decision page are well filled.
    expect(fill[1] ?? 0).toBeGreaterThan(MIN_FILL);
    expect(nearEmptyPages(fill, pdf.firstLines(), lang)).toEqual([]);
  }, 90_000);
});

