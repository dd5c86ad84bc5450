/**
 * The Assumptions sheet with three scenarios side by side, printed by LibreOffice (ONE headless
 * launch converts an English and an Italian workbook to PDF), read back word by word with poppler:
 * at two pages wide nothing is cut at the page's edge and no text runs over another: every word lies
 * inside the printed width, no two words overlap, and every word of the long texts (source,
 * published range, notes) is on the pages.
 * The pages are saved as PNG in test-artifacts/xlsx-print for a person to look at.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { labels, type Lang } from '@electron-node/export/xlsx/labels';
import { sideCols } from '@electron-node/export/xlsx/sheets/assumptions-side';
import type { Case } from '@shared/case/schema';
import { PdfFile, ROOT, type Word } from '@tests/electron/node/export/pdf/pdf-tools';
import { convertWithLibreOffice } from '@tests/support/libreoffice';
import { samples } from '../fixtures';

interface Printed {
  lang: Lang;
  c: Case;
  book: ExcelJS.Workbook;
  pdf: PdfFile;
  /** The Assumptions sheet's pages: the footer names the sheet. */
  pages: { page: number; height: number; words: Word[] }[];
}

const dir = mkdtempSync(join(tmpdir(), 'cxcase-xlsx-print-'));
const printed: Printed[] = [];
const ARTIFACTS = join(ROOT, 'test-artifacts', 'xlsx-print');

beforeAll(async () => {
  const chosen: { lang: Lang; name: string }[] = [
    { lang: 'en', name: 'b2b-software' },
    { lang: 'it', name: 'online-retailer' },
  ];
  const all = samples();
  const files: { lang: Lang; c: Case; path: string; bytes: Uint8Array }[] = [];
  for (const { lang, name } of chosen) {
    const c = all.find((s) => s.name === name)?.c;
    if (!c) throw new Error(`no sample ${name}`);
    expect(c.scenarios.length).toBe(3);
    const bytes = await buildWorkbook(c, { lang, riskWorker: null });
    const path = join(dir, `${name}-${lang}.xlsx`);
    writeFileSync(path, bytes);
    files.push({ lang, c, path, bytes });
  }
  const out = await convertWithLibreOffice(
    files.map((f) => f.path),
    { to: 'pdf', outDir: dir, recalc: false },
  );
  for (const f of files) {
    const pdfPath = out.outputs.get(f.path);
    if (!pdfPath) throw new Error(`LibreOffice left no PDF for ${f.path}`);
    const pdf = new PdfFile(readFileSync(pdfPath));
    const sheet = labels(f.lang).sheets.assumptions;
    const pages = pdf.words().filter((p) => p.words.some((w) => w.y0 > p.height - 60 && w.text === sheet));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(f.path);
    printed.push({ lang: f.lang, c: f.c, book, pdf, pages });
  }
}, 240_000);

afterAll(() => {
  for (const p of printed) p.pdf.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the side-by-side Assumptions sheet printed by LibreOffice', () => {
  it('saves the Assumptions pages as PNG in test-artifacts/xlsx-print', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const p of printed) {
      expect(p.pages.length, p.lang).toBeGreaterThan(1);
      const prefix = `assumptions-${p.lang}`;
      for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`${prefix}-`)) rmSync(join(ARTIFACTS, f));
      const first = p.pages[0]!.page;
      const last = p.pages[p.pages.length - 1]!.page;
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), p.pdf.path, join(ARTIFACTS, prefix)]);
      expect(readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${prefix}-`)).length).toBe(p.pages.length);
    }
  });

  it('at two pages wide cuts no text at the page edge and runs no text over another', () => {
    for (const p of printed) {
      for (const page of p.pages) {
        // The footer's "page x of y" ends at the printed area's right edge.
        const right = Math.max(...page.words.filter((w) => w.y0 > page.height - 60).map((w) => w.x1));
        const beyond = page.words.filter((w) => w.x1 > right + 1).map((w) => w.text);
        expect(beyond, `${p.lang} page ${page.page}`).toEqual([]);
        const over: string[] = [];
        page.words.forEach((a, i) => {
          for (const b of page.words.slice(i + 1)) {
            const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
            const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
            if (dx > 1 && dy > 1) over.push(`${a.text} / ${b.text}`);
          }
        });
        expect(over, `${p.lang} page ${page.page}`).toEqual([]);
      }
    }
  });

  it('prints every word of the long texts (source, published range, notes)', () => {
    const bare = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
    for (const p of printed) {
      const ws = p.book.getWorksheet(labels(p.lang).sheets.assumptions);
      if (!ws) throw new Error('no Assumptions sheet');
      const cols = sideCols(p.c.scenarios.length);
      const printedWords = new Set(p.pages.flatMap((page) => page.words.map((w) => bare(w.text))));
      const missing = new Set<string>();
      let long = 0;
      ws.eachRow((row) => {
        for (const col of [cols.source, cols.range, cols.notes]) {
          const v = row.getCell(col).value;
          if (typeof v !== 'string') continue;
          if (v.length > 60) long++;
          // A line may break after a hyphen or a slash: such a word is printed as its parts.
          const shown = (w: string) => printedWords.has(bare(w)) || w.split(/(?<=[-–/])/).every((part) => bare(part) === '' || printedWords.has(bare(part)));
          for (const w of v.split(/\s+/)) if (bare(w) !== '' && !shown(w)) missing.add(w);
        }
      });
      expect(long, p.lang).toBeGreaterThan(5);
      expect([...missing], p.lang).toEqual([]);
    }
  });
});
