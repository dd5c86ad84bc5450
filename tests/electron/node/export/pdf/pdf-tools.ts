/**
 * Reading PDFs the way a reviewer would, with poppler: text (pdftotext), fonts (pdffonts), word
 * boxes (pdftotext -bbox) and rendered pixels (pdftoppm, greyscale PGM parsed here).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Case } from '@shared/case/schema';
import { parseCase } from '@shared/case/validate';
import { MARGINS_MM } from '@electron-node/export/pdf/layout';
import { generateLargeCase } from '../../../../support/arbitraries';

export const ROOT = join(__dirname, '..', '..', '..', '..', '..');

export class PdfFile {
  readonly dir: string;
  readonly path: string;
  constructor(bytes: Uint8Array) {
    this.dir = mkdtempSync(join(tmpdir(), 'cxcase-pdf-'));
    this.path = join(this.dir, 'report.pdf');
    writeFileSync(this.path, bytes);
  }
  /** Text with non-breaking and narrow spaces made plain, so "1.234.567 €" compares simply. */
  text(first?: number, last?: number): string {
    const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
    return execFileSync('pdftotext', [...range, this.path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
  }
  info(): { pages: number; width: number; height: number } {
    const out = execFileSync('pdfinfo', [this.path], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
    const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
    return { pages, width: Number(m?.[1]), height: Number(m?.[2]) };
  }
  /** The document information pdfinfo reads: Title, Author, Creator, Producer… (UTF-8). */
  meta(): Record<string, string> {
    const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', this.path], { encoding: 'utf8' });
    const m: Record<string, string> = {};
    for (const line of out.split('\n')) {
      const i = line.indexOf(':');
      if (i > 0) m[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return m;
  }
  /** Every page as a PNG file in `dir`, named `${prefix}-NN.png`; returns the paths. */
  png(dir: string, prefix: string, dpi = 60): string[] {
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.startsWith(`${prefix}-`) && f.endsWith('.png')) rmSync(join(dir, f));
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), this.path, join(dir, prefix)]);
    return readdirSync(dir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png')).sort().map((f) => join(dir, f));
  }
  /** Share of the pixels in a box (points) that are clearly coloured, not grey, rendered in colour at `dpi`. */
  colourShare(page: number, box: { x0: number; y0: number; x1: number; y1: number }, dpi = 100): number {
    const base = join(this.dir, `c${page}`);
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', this.path, base]);
    const buf = readFileSync(`${base}.ppm`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('not a binary PPM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const px = buf.subarray(header[0].length);
    const k = dpi / 72;
    let n = 0;
    let coloured = 0;
    for (let y = Math.max(0, Math.floor(box.y0 * k)); y < Math.min(height, Math.ceil(box.y1 * k)); y++)
      for (let x = Math.max(0, Math.floor(box.x0 * k)); x < Math.min(width, Math.ceil(box.x1 * k)); x++) {
        const i = 3 * (y * width + x);
        const r = px[i] ?? 0;
        const g = px[i + 1] ?? 0;
        const b = px[i + 2] ?? 0;
        n++;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      }
    return n === 0 ? 0 : coloured / n;
  }
  fonts(): { name: string; type: string; embedded: boolean }[] {
    const out = execFileSync('pdffonts', [this.path], { encoding: 'utf8' });
    return out
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        // name, type (1–2 words), encoding, emb, sub, uni, object, id: emb is the 5th column from the end.
        return { name: cols[0] ?? '', type: cols.slice(1, cols.length - 6).join(' '), embedded: cols[cols.length - 5] === 'yes' };
      });
  }
  /** Every word with its box, in points from the page's top-left corner. */
  words(): { page: number; width: number; height: number; words: Word[] }[] {
    const html = execFileSync('pdftotext', ['-bbox', this.path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const pages: { page: number; width: number; height: number; words: Word[] }[] = [];
    const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
    for (let m = pageRe.exec(html); m; m = pageRe.exec(html)) {
      const words: Word[] = [];
      const wordRe = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
      for (let w = wordRe.exec(m[3] ?? ''); w; w = wordRe.exec(m[3] ?? ''))
        words.push({ x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]), text: decode(w[5] ?? '') });
      pages.push({ page: pages.length + 1, width: Number(m[1]), height: Number(m[2]), words });
    }
    return pages;
  }
  /** One page rendered in greyscale at `dpi`. */
  render(page: number, dpi = 50): Grey {
    const base = join(this.dir, `p${page}`);
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', this.path, base]);
    return parsePgm(readFileSync(`${base}.pgm`), dpi);
  }
  /**
   * Every page's used share of its printable area: the bounding box of everything inked inside the
   * margins (so the running header and the page number, which sit in the margins, never count),
   * rendered in grey at a low `dpi`, over the printable area.
   */
  fill(dpi = 24): number[] {
    const base = join(this.dir, 'fill');
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), this.path, base]);
    const files = readdirSync(this.dir).filter((f) => f.startsWith('fill-') && f.endsWith('.pgm')).sort();
    return files.map((f) => inkedBoxShare(parsePgm(readFileSync(join(this.dir, f)), dpi), PRINTABLE_MARGINS_PT));
  }
  /** The first line of text inside the margins of every page (the running header left out). */
  firstLines(): string[] {
    return this.words().map((p) => {
      const inside = p.words.filter((w) => w.y0 > PRINTABLE_MARGINS_PT.top - 1 && w.y1 < p.height - PRINTABLE_MARGINS_PT.bottom + 1);
      const top = Math.min(...inside.map((w) => w.y0));
      return inside.filter((w) => Math.abs(w.y0 - top) < 3).sort((a, b) => a.x0 - b.x0).map((w) => w.text).join(' ');
    });
  }
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export interface Grey {
  width: number;
  height: number;
  dpi: number;
  px: Uint8Array;
}

function parsePgm(buf: Buffer, dpi: number): Grey {
  // "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, dpi, px: new Uint8Array(buf.subarray(header[0].length, header[0].length + width * height)) };
}

/** Standard deviation and share of non-white pixels in a box given in points. */
export function boxStats(g: Grey, box: { x0: number; y0: number; x1: number; y1: number }): { sd: number; inked: number } {
  const k = g.dpi / 72;
  const x0 = Math.max(0, Math.floor(box.x0 * k));
  const x1 = Math.min(g.width, Math.ceil(box.x1 * k));
  const y0 = Math.max(0, Math.floor(box.y0 * k));
  const y1 = Math.min(g.height, Math.ceil(box.y1 * k));
  let n = 0;
  let sum = 0;
  let sq = 0;
  let inked = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const v = g.px[y * g.width + x] ?? 255;
      n++;
      sum += v;
      sq += v * v;
      if (v < 230) inked++;
    }
  if (n === 0) return { sd: 0, inked: 0 };
  const mean = sum / n;
  return { sd: Math.sqrt(Math.max(0, sq / n - mean * mean)), inked: inked / n };
}

const PT_PER_MM = 72 / 25.4;

/** The report's page margins in points (electron/node/export/pdf/layout.ts MARGINS_MM). */
export const PRINTABLE_MARGINS_PT = {
  top: MARGINS_MM.top * PT_PER_MM,
  bottom: MARGINS_MM.bottom * PT_PER_MM,
  left: MARGINS_MM.left * PT_PER_MM,
  right: MARGINS_MM.right * PT_PER_MM,
};

/**
 * The bounding box of the pixels darker than near-white inside the margins, as a share of the area
 * inside the margins (0 for a blank page, 1 when ink reaches all four edges).
 */
export function inkedBoxShare(g: Grey, m: { top: number; bottom: number; left: number; right: number }): number {
  const k = g.dpi / 72;
  const x0 = Math.ceil(m.left * k);
  const x1 = Math.floor(g.width - m.right * k);
  const y0 = Math.ceil(m.top * k);
  const y1 = Math.floor(g.height - m.bottom * k);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++)
      if ((g.px[y * g.width + x] ?? 255) < 235) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
  if (maxX < minX) return 0;
  return ((maxX - minX + 1) * (maxY - minY + 1)) / ((x1 - x0) * (y1 - y0));
}

const WORDS = 'customer experience programme segment journey escalation onboarding renewal'.split(' ');

/** A 200-character name made of words (it wraps at spaces). */
export function longName(prefix: string, i: number): string {
  let s = `${prefix} ${i} —`;
  for (let k = i; s.length < 200; k++) s += ` ${WORDS[k % WORDS.length]}`;
  return s.slice(0, 200);
}

/** A name with no space at all: it can only wrap by breaking the word. */
export const NO_SPACES = 'X'.repeat(200);

/** The pagination case of the issue: 20 segments, 30 moments, 120 months, every name 200 characters long. */
export function largeCaseWithLongNames(): Case {
  const g = generateLargeCase({ segments: 20, moments: 30, horizon: 120, scenarios: 3 });
  g.name = longName('Large case', 0);
  g.client = longName('Client', 1);
  for (const s of g.scenarios) {
    s.segments.forEach((x, i) => (x.name = i === 0 ? NO_SPACES : longName('Segment', i)));
    s.moments.forEach((x, i) => (x.name = longName('Moment', i)));
    s.revenueLines.forEach((x, i) => (x.label = longName('Revenue line', i)));
    s.costLines.forEach((x, i) => (x.label = longName('Cost line', i)));
  }
  const v = parseCase(g);
  if (!v.ok) throw new Error(JSON.stringify(v.problems.slice(0, 3)));
  return v.value;
}
