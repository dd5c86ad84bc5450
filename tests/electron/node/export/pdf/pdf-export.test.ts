/**
 * The PDF report end to end: both samples in English and Italian through the Chromium printer (the
 * browser mode and CLI path), read back with poppler like a reviewer would; a large case with long
 * names for pagination; and the CLI command. One browser serves the whole file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import { computeCase } from '@shared/engine/compute';
import { createAppServices } from '@electron-node/app-services';
import { runCli } from '@electron-node/cli/main';
import { readCaseFile } from '@electron-node/cli/io';
import { createChromiumPrinter, type ChromiumPrinter, type PrintResult } from '@electron-node/export/pdf';
import { MARGINS_MM } from '@electron-node/export/pdf/layout';
import { formatMoney } from '@renderer/src/format/numbers';
import { en } from '@renderer/src/i18n/en';
import { it as itDict } from '@renderer/src/i18n/it';
import { dictionaryT } from '@renderer/src/views/report/narrative';
import { momentsChart } from '@renderer/src/views/report/StepSections';
import { boxStats, largeCaseWithLongNames, longName, NO_SPACES, PdfFile, ROOT, type Word } from './pdf-tools';

const SAMPLES = { b2b: join(ROOT, 'resources', 'samples', 'b2b-software.cxcase'), retail: join(ROOT, 'resources', 'samples', 'online-retailer.cxcase') };
const DICT = { en, it: itDict };
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const MM = 72 / 25.4;

function loadSample(path: string): Case {
  const r = readCaseFile(path);
  if (!r.ok) throw new Error(`sample ${path} is invalid`);
  return r.value;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The word boxes of "Figure n" / "Figura n" captions: a chart sits right under each. */
function figureCaptions(pdf: PdfFile, lang: Language): { page: number; width: number; n: number; caption: Word }[] {
  const label = lang === 'it' ? 'Figura' : 'Figure';
  const out: { page: number; width: number; n: number; caption: Word }[] = [];
  for (const p of pdf.words())
    p.words.forEach((w, i) => {
      const next = p.words[i + 1];
      if (w.text === label && next && /^\d+$/.test(next.text) && Math.abs(next.y0 - w.y0) < 1) out.push({ page: p.page, width: p.width, n: Number(next.text), caption: w });
    });
  return out;
}

let printer: ChromiumPrinter;
const files: PdfFile[] = [];

beforeAll(() => {
  printer = createChromiumPrinter();
});

afterAll(async () => {
  await printer.close();
  for (const f of files) f.dispose();
});

async function printed(c: Case, lang: Language, scenarioId: string | null = null): Promise<{ pdf: PdfFile; result: PrintResult }> {
  const result = await printer.print(c, { scenarioId, scenarios: 'all', lang });
  const pdf = new PdfFile(result.bytes);
  files.push(pdf);
  return { pdf, result };
}

describe.each([
  ['b2b', 'en'],
  ['b2b', 'it'],
  ['retail', 'en'],
  ['retail', 'it'],
] as const)('the %s sample printed in %s', (sample, lang) => {
  const c = loadSample(SAMPLES[sample]);
  let pdf: PdfFile;
  let result: PrintResult;

  beforeAll(async () => {
    ({ pdf, result } = await printed(c, lang));
  }, 60_000);

  it('names the case and every section after the cover', () => {
    const all = squash(pdf.text());
    expect(all).toContain(squash(c.name));
    const pages = pdf.info().pages;
    const afterCover = squash(pdf.text(2, pages));
    for (const title of Object.values(DICT[lang].report.sections)) expect(afterCover, title).toContain(title);
    expect(afterCover).toContain(DICT[lang].report.appendix.replace('{{n}}', 'B'));
  });

  it('writes every number in the report’s language, in the case’s currency', () => {
    const npv = computeCase(c)[0]?.npv ?? NaN;
    const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    const shown = nb(formatMoney(npv, c.currency, lang === 'it' ? 'it-IT' : 'en-US'));
    // b2b (USD, en-US) in Italian: 1.086.268 USD; retail (EUR, it-IT) in English: €1,721,370.
    if (lang === 'it') expect(shown).toMatch(/^-?\d{1,3}(\.\d{3})+ (€|USD)$/);
    else expect(shown).toMatch(/^-?[€$]\d{1,3}(,\d{3})+$/);
    expect(pdf.text(2)).toContain(shown);
    // The whole report — tiles, tables, narrative, appendix, running header and footer — in that convention only.
    const text = pdf.text();
    const caseFormat = nb(formatMoney(npv, c.currency, c.locale));
    if (caseFormat !== shown) expect(text).not.toContain(caseFormat);
    if (lang === 'it') {
      expect(text).not.toMatch(/\d,\d{3}(?!\d)/);
      expect(text).not.toMatch(/[$€]\s?\d/);
    } else {
      expect(text).not.toMatch(/\d\.\d{3}(?!\d)/);
      expect(text).not.toMatch(/\d\s?(€|USD)/);
    }
  });

  it('names CX Case and its version, the case and the scenario in the PDF’s information', () => {
    const info = pdf.meta();
    expect(info['Title']).toBe(`${c.name} — ${c.scenarios[0]?.name ?? ''}`);
    expect(info['Creator']).toBe(`CX Case ${PKG.version}`);
    expect(info['Producer']).toBe(`CX Case ${PKG.version}`);
    expect(c.author.trim()).not.toBe('');
    expect(info['Author']).toBe(c.author);
  });

  it('says the KPIs over segments are weighted by customers', () => {
    const text = squash(pdf.text());
    expect(text).toContain(squash(DICT[lang].reportPdf.kpiWeighted));
  });

  it('names every colour of the moments chart in its legend, with no stray “no”', () => {
    const legend = momentsChart(dictionaryT(lang), (c.scenarios[0]?.moments ?? []).map((m) => ({ name: m.name, protected: m.protected, inScope: m.automatable && !m.protected })))
      .legend.map((l) => l.text);
    expect(legend.length).toBeGreaterThanOrEqual(2);
    // The printed lines of text (words on the same baseline, left to right): the legend is one of them.
    const lines = pdf.words().flatMap((p) => {
      const rows = new Map<number, Word[]>();
      for (const w of p.words) rows.set(Math.round(w.y1), [...(rows.get(Math.round(w.y1)) ?? []), w]);
      return [...rows.values()].map((ws) => ws.sort((a, b) => a.x0 - b.x0).map((w) => w.text).join(' '));
    });
    const printed = lines.filter((l) => l.startsWith(legend[0] ?? '?'));
    expect(printed).toEqual([legend.join(' ')]);
    expect(printed[0]).not.toMatch(new RegExp(` ${DICT[lang].report.no}$`));
  });

  it('saves its pages as PNG in test-artifacts/pdf', () => {
    const pngs = pdf.png(join(ROOT, 'test-artifacts', 'pdf'), `${sample}-${lang}`);
    expect(pngs).toHaveLength(pdf.info().pages);
    for (const p of pngs) expect(statSync(p).size).toBeGreaterThan(5_000);
  });

  it('writes the text in the chosen language', () => {
    const text = squash(pdf.text());
    expect(text).toContain(DICT[lang].report.summary.narrative);
    expect(text).toContain(squash(DICT[lang].report.method.intro));
  });

  it('prints on A4 for European locales and Letter for US English', () => {
    const { width, height } = pdf.info();
    if (c.locale === 'en-US') expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
    else expect([Math.round(width), Math.round(height)]).toEqual([596, 843]);
  });

  it('embeds every font, all of them bundled with the app', () => {
    const fonts = pdf.fonts();
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.embedded, f.name).toBe(true);
      // Subset prefix (ABCDEF+), then Noto Sans or the bundled DejaVu Sans fallback for symbols.
      expect(f.name, f.name).toMatch(/^[A-Z]{6}\+(NotoSans-(Regular|SemiBold|Bold)|DejaVuSans)$/);
    }
    expect(fonts.some((f) => f.name.endsWith('NotoSans-Regular'))).toBe(true);
  });

  it('has running headers and page numbers after the cover', () => {
    const pages = pdf.info().pages;
    const d = DICT[lang].report;
    expect(squash(pdf.text(3))).toContain(`${d.page} 3 ${d.of} ${pages}`);
    expect(squash(pdf.text(3))).toContain(`${d.scenario}: ${c.scenarios[0]?.name}`);
    expect(squash(pdf.text(1))).not.toContain(`${d.page} 1 ${d.of}`);
  });

  it('draws every chart: each chart box under its caption has ink', () => {
    const captions = figureCaptions(pdf, lang);
    expect(result.charts).toBeGreaterThanOrEqual(7);
    expect(captions.map((x) => x.n)).toEqual(Array.from({ length: result.charts }, (_, i) => i + 1));
    for (const cap of captions) {
      const g = pdf.render(cap.page);
      const box = { x0: MARGINS_MM.left * MM, x1: cap.width - MARGINS_MM.right * MM, y0: cap.caption.y1 + 4, y1: cap.caption.y1 + 4 + 100 };
      const s = boxStats(g, box);
      expect(s.sd, `figure ${cap.n} on page ${cap.page}`).toBeGreaterThan(8);
      expect(s.inked, `figure ${cap.n} on page ${cap.page}`).toBeGreaterThan(0.01);
    }
  });
});

describe('a large case with long names', () => {
  let pdf: PdfFile;
  let c: Case;

  beforeAll(async () => {
    c = largeCaseWithLongNames();
    ({ pdf } = await printed(c, 'en'));
  }, 90_000);

  it('has 20 segments, 30 moments and 200-character names', () => {
    expect(c.scenarios[0]?.segments).toHaveLength(20);
    expect(c.scenarios[0]?.moments).toHaveLength(30);
    expect(c.name).toHaveLength(200);
    expect(pdf.info().pages).toBeGreaterThan(20);
  });

  it('keeps every word inside the printable width and no two words on top of each other', () => {
    for (const p of pdf.words()) {
      const left = MARGINS_MM.left * MM - 1;
      const right = p.width - MARGINS_MM.right * MM + 1;
      for (const w of p.words) {
        expect(w.x0, `"${w.text}" on page ${p.page}`).toBeGreaterThanOrEqual(left);
        expect(w.x1, `"${w.text}" on page ${p.page}`).toBeLessThanOrEqual(right);
        expect(w.y1, `"${w.text}" on page ${p.page}`).toBeLessThanOrEqual(p.height);
      }
      const ws = [...p.words].sort((a, b) => a.y0 - b.y0);
      for (let i = 0; i < ws.length; i++) {
        const a = ws[i];
        if (!a) continue;
        for (let j = i + 1; j < ws.length; j++) {
          const b = ws[j];
          if (!b || b.y0 >= a.y1) break;
          const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
          if (ox > 0 && oy > 0) expect(ox * oy, `"${a.text}" overlaps "${b.text}" on page ${p.page}`).toBeLessThan(0.2 * smaller);
        }
      }
    }
  });

  it('continues long tables on the next page with the header row repeated', () => {
    const pages = pdf.info().pages;
    const texts = Array.from({ length: pages }, (_, i) => squash(pdf.text(i + 1)));
    // The cover's contents list names every section too: look for the sections after it.
    const start = texts.findIndex((t, i) => i > 0 && t.includes('6 Revenue sources'));
    const end = texts.findIndex((t, i) => i > 0 && t.includes('7 Cost reductions and investment'));
    expect(start).toBeGreaterThan(0);
    // 46 revenue lines with 200-character names cannot fit one page: the table runs over several.
    // Sections follow on, so the page where the next section starts may hold the table's last rows.
    const tablePages = texts.slice(start, end + 1).filter((t) => /Revenue line \d+/.test(t));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const t of tablePages) expect(t).toContain('Key assumption');
  });

  it('wraps a 200-character name without losing any of it', () => {
    const text = pdf.text().replace(/\s+/g, '');
    expect(text).toContain(NO_SPACES);
    expect(squash(pdf.text())).toContain(squash(longName('Moment', 29)));
  });
});

describe('a case name with an emoji', () => {
  it('prints the emoji in a colour emoji font, not as an empty box', async () => {
    const c = loadSample(SAMPLES.b2b);
    c.name = 'Launch 🚀 plan';
    const { pdf } = await printed(c, 'en');
    // Chromium embeds colour emoji glyphs (Noto Color Emoji's bitmaps) as a Type 3 font; the samples,
    // printed without emoji, have none (the test above allows only Noto Sans and DejaVu Sans).
    const fonts = pdf.fonts();
    expect(fonts.some((f) => f.type === 'Type 3' && f.embedded), fonts.map((f) => `${f.name} ${f.type}`).join(', ')).toBe(true);
    for (const f of fonts) expect(f.embedded, f.name).toBe(true);
    // The rocket is a taller glyph on its own baseline: pdftotext reads it apart from "Launch".
    const cover = squash(pdf.text(1));
    for (const w of ['Launch', '🚀', 'plan']) expect(cover).toContain(w);
    // Drawn in colour where the rocket is (an empty .notdef box would be a grey outline only).
    const rocket = pdf.words()[0]?.words.find((w) => w.text === '🚀');
    expect(rocket).toBeDefined();
    if (rocket) expect(pdf.colourShare(1, rocket)).toBeGreaterThan(0.1);
    expect(pdf.meta()['Title']).toBe('Launch 🚀 plan — Base');
  }, 60_000);
});

describe('bad input to the printer', () => {
  it('refuses an invalid case or an unknown scenario with a clear message, then prints again', async () => {
    const c = loadSample(SAMPLES.b2b);
    const broken = { ...c, horizonMonths: 7 };
    await expect(printer.print(broken, { scenarioId: null, scenarios: 'all', lang: 'en' })).rejects.toThrow(/The report could not be rendered: the case is not valid: .*horizonMonths/);
    await expect(printer.print(c, { scenarioId: 'nope', scenarios: 'all', lang: 'en' })).rejects.toThrow(/that scenario is not in this case/);
    const ok = await printer.print(c, { scenarioId: c.scenarios[1]?.id ?? null, scenarios: 'all', lang: 'en' });
    expect(Buffer.from(ok.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});

describe('the app\'s export.pdf handler with the Chromium printer (browser mode)', () => {
  it('answers with the PDF of a saved case and refuses an unknown scenario', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cxcase-pdf-app-'));
    const services = await createAppServices({ dataDir, resourcesDir: join(ROOT, 'resources'), mode: 'browser', version: 'test', dialogs: null, printPdf: (c, o) => printer.printPdf(c, o) });
    if (!services.ok) throw new Error(services.error.message);
    try {
      const created = await services.handlers['cases.createFromSample']({ sampleId: 'online-retailer' });
      if (!created.ok) throw new Error(created.error.message);
      const r = await services.handlers['export.pdf']({ caseId: created.data.id, scenarioId: null, scenarios: 'all', lang: 'it' });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.data.mime).toBe('application/pdf');
      expect(r.data.fileName).toMatch(/\.pdf$/);
      const pdf = new PdfFile(Buffer.from(r.data.base64, 'base64'));
      files.push(pdf);
      expect(squash(pdf.text())).toContain(itDict.report.sections.summary);
      const bad = await services.handlers['export.pdf']({ caseId: created.data.id, scenarioId: 'nope', scenarios: 'all', lang: 'it' });
      expect(bad.ok).toBe(false);
    } finally {
      services.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('cxcase export --pdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cxcase-pdf-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = async (...args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
    return { code, out, err };
  };

  it('prints the chosen scenario in the chosen language', async () => {
    const out = join(dir, 'retail.pdf');
    const r = await cli('export', SAMPLES.retail, '--pdf', out, '--scenario', 'Prudente', '--lang', 'en');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Exported the "Prudente" report/);
    const pdf = new PdfFile(readFileSync(out));
    files.push(pdf);
    const text = squash(pdf.text());
    expect(text).toContain('Scenario: Prudente');
    expect(text).toContain(en.report.sections.summary);
    const npv = computeCase(loadSample(SAMPLES.retail))[1]?.npv ?? NaN;
    // An English report of the Italian case: English numbers, in euros.
    expect(text).toContain(formatMoney(npv, 'EUR', 'en-US').replace(/[\u00a0\u202f]/g, ' '));
    // One scenario asked for: that scenario alone, no comparison.
    expect(text).not.toContain(en.report.sections.compare);
  }, 60_000);

  it('prints every scenario, the first in detail, without --scenario', async () => {
    const out = join(dir, 'retail-all.pdf');
    const r = await cli('export', SAMPLES.retail, '--pdf', out, '--lang', 'en');
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Exported the report of all 3 scenarios \("Base" in detail\)/);
    const pdf = new PdfFile(readFileSync(out));
    files.push(pdf);
    const text = squash(pdf.text());
    expect(text).toContain('Scenario: Base');
    expect(text).toContain(en.report.sections.compare);
  }, 60_000);

  it('refuses bad options and never overwrites without --force', async () => {
    const out = join(dir, 'kept.pdf');
    writeFileSync(out, 'original');
    expect((await cli('export', SAMPLES.b2b, '--pdf', out)).err).toMatch(/already exists/);
    expect(readFileSync(out, 'utf8')).toBe('original');
    expect((await cli('export', SAMPLES.b2b, '--pdf', join(dir, 'x.pdf'), '--lang', 'fr')).err).toMatch(/--lang must be "en" or "it"/);
    expect((await cli('export', SAMPLES.b2b, '--pdf', join(dir, 'x.txt'))).err).toMatch(/must end in \.pdf/);
    expect((await cli('export', SAMPLES.b2b, '--pdf', join(dir, 'x.pdf'), '--scenario', 'Nope')).err).toMatch(/No scenario named "Nope"/);
    expect((await cli('export', SAMPLES.b2b, '--pdf', join(dir, 'x.pdf'), '--xlsx', join(dir, 'x.xlsx'))).err).toMatch(/one format at a time/);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1}');
    const r = await cli('export', bad, '--pdf', join(dir, 'bad.pdf'));
    expect(r.code).not.toBe(0);
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
    expect(statSync(out).size).toBe('original'.length);
  });
});
