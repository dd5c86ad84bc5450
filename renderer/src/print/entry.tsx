/**
 * Print mode: the built renderer opened at `index.html#print` shows nothing but the report. It
 * never starts the app or its API; a printer (Electron's hidden window or headless Chromium) calls
 * `window.cxcasePrint.render(json)` with { case, scenarioId, lang, date?, risk? } and prints once the
 * promise resolves — that is, once the fonts are loaded and every chart has drawn (a canvas caught
 * before its first draw prints blank). Running header and page numbers are CSS page-margin boxes,
 * so they use the bundled font like the rest of the page.
 */
import { Chart, type Plugin } from 'chart.js';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { z } from 'zod';
import type { Case } from '@shared/case/schema';
import { parseCase } from '@shared/case/validate';
import { LanguageSchema, type Language } from '@shared/contract/api';
import { PrintRiskSchema, ScenarioScopeSchema } from '@shared/contract/report';
import { computeCase } from '@shared/engine/compute';
import { reportT } from '../views/report/common';
import { Report } from '../views/report/Report';
import { reportRisk } from '../views/report/risk';

export interface PrintApi {
  render: (json: string) => Promise<void>;
}

declare global {
  interface Window {
    cxcasePrint?: PrintApi;
  }
}

const RequestSchema = z.object({
  case: z.unknown(),
  scenarioId: z.string().nullable(),
  scenarios: ScenarioScopeSchema,
  lang: LanguageSchema,
  date: z.string().optional(),
  /** The printed scenario's analysis from the Node side; a malformed one (a number not finite…) fails the request. */
  risk: PrintRiskSchema.optional(),
});

/** Longest names the running header and footer show; the cover carries them in full. */
const HEADER_NAME_MAX = 80;
const FOOTER_CLIENT_MAX = 60;

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}
const CHARTS_TIMEOUT_MS = 15_000;

/** A CSS string literal: quotes and backslashes escaped, line breaks as CSS escapes. */
export function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n\f]+/g, ' ')}"`;
}

/** The page-margin rules: case name and scenario at the top, "Page n of m" at the bottom, none on the cover. */
export function pageRules(doc: Case, scenarioName: string, lang: Language): string {
  const t = reportT(lang);
  const box = "font-family: 'Noto Sans', 'CX Case Fallback', 'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', sans-serif; font-size: 7.5pt; color: #5b6472;";
  return [
    '@page {',
    `  @top-left { content: ${cssString(clip(doc.name, HEADER_NAME_MAX))}; ${box} vertical-align: bottom; padding-bottom: 3mm; }`,
    `  @top-right { content: ${cssString(`${t('report.scenario')}: ${clip(scenarioName, 40)}`)}; ${box} vertical-align: bottom; padding-bottom: 3mm; text-align: right; }`,
    `  @bottom-left { content: ${cssString(clip(doc.client, FOOTER_CLIENT_MAX))}; ${box} vertical-align: top; padding-top: 3mm; }`,
    `  @bottom-right { content: ${cssString(`${t('report.page')} `)} counter(page) ${cssString(` ${t('report.of')} `)} counter(pages); ${box} vertical-align: top; padding-top: 3mm; text-align: right; white-space: nowrap; }`,
    '}',
    '@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }',
  ].join('\n');
}

/** Marks each canvas once Chart.js has drawn it; print mode waits for every mark. */
const drawnFlag: Plugin = {
  id: 'cxcasePrintDrawn',
  afterDraw: (chart) => {
    chart.canvas.dataset['drawn'] = '1';
  },
};

/** A timer, not requestAnimationFrame: a hidden Electron window may not schedule animation frames. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 16));
}

async function chartsDrawn(container: HTMLElement): Promise<number> {
  const started = performance.now();
  for (;;) {
    const canvases = [...container.querySelectorAll('canvas')];
    if (canvases.every((c) => c.dataset['drawn'] === '1')) return canvases.length;
    if (performance.now() - started > CHARTS_TIMEOUT_MS) throw new Error(`${canvases.filter((c) => c.dataset['drawn'] !== '1').length} of ${canvases.length} charts did not draw`);
    await nextFrame();
  }
}

async function loadFonts(): Promise<void> {
  try {
    await Promise.all(['400', '600', '700'].map((w) => document.fonts.load(`${w} 12px "Noto Sans"`)));
  } catch (e) {
    // Printing on would silently swap in a system font: refuse instead.
    throw new Error(`the report's fonts could not be loaded (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * Waits until no font is loading. Subsets (latin-ext, symbols) load only once layout meets a
 * character they cover, so layout is forced first; otherwise fonts.ready resolves too early and
 * Chromium prints those characters in a system fallback font.
 */
async function fontsSettled(container: HTMLElement): Promise<void> {
  for (let i = 0; i < 20; i++) {
    void container.getBoundingClientRect().height;
    await document.fonts.ready;
    await nextFrame();
    if (document.fonts.status === 'loaded') return;
  }
}

export function startPrintMode(container: HTMLElement): void {
  document.documentElement.classList.add('print-mode');
  Chart.register(drawnFlag);
  // Sharp charts on paper: draw canvases at twice the CSS resolution whatever the window's scale.
  Chart.defaults.devicePixelRatio = 2;
  Chart.defaults.animation = false;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let root: Root | null = null;

  const render = async (json: string): Promise<void> => {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      throw new Error('the print request is not valid JSON');
    }
    const req = RequestSchema.safeParse(raw);
    if (!req.success) throw new Error(`the print request is not valid: ${req.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    const parsed = parseCase(req.data.case);
    if (!parsed.ok) throw new Error(`the case is not valid: ${parsed.problems.slice(0, 3).map((p) => `${p.path} ${p.message}`).join('; ')}`);
    const doc = parsed.value;
    const si = req.data.scenarioId === null ? 0 : doc.scenarios.findIndex((s) => s.id === req.data.scenarioId);
    const scenario = doc.scenarios[si];
    if (!scenario) throw new Error('that scenario is not in this case');
    const lang = req.data.lang;
    document.documentElement.lang = lang;
    document.title = doc.name;
    sheet.replaceSync(pageRules(doc, scenario.name, lang));
    await loadFonts();
    const results = computeCase(doc);
    // The risk page's analysis: the one the printer sent when it is this scenario's with the case's seed and
    // trials; otherwise run here (synchronous, as this window only prints). The trials used are stated on the page.
    const { source, ...risk } = reportRisk(doc, si, req.data.risk ?? null);
    document.body.dataset['risk'] = source;
    root?.unmount();
    root = createRoot(container);
    const r = root;
    flushSync(() => r.render(<Report doc={doc} results={results} scenarioIndex={si} scenarios={req.data.scenarios} lang={lang} date={req.data.date ?? new Date().toISOString()} risk={risk} />));
    await fontsSettled(container);
    const n = await chartsDrawn(container);
    await fontsSettled(container);
    // A bundled font that failed to load would be replaced by a system font: refuse to print.
    const failed = [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family);
    if (failed.length > 0) throw new Error(`the report's fonts could not be loaded (${[...new Set(failed)].join(', ')})`);
    document.body.dataset['charts'] = String(n);
    // One more frame so the last draw is composited before Chromium snapshots the page.
    await nextFrame();
  };

  window.cxcasePrint = { render };
  document.body.dataset['printReady'] = '1';
}
