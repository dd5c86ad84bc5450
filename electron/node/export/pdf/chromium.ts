/**
 * The Chromium printer (browser mode, CLI, tests): headless Chromium through playwright-core opens
 * the built renderer in print mode and prints it with page.pdf. No server is involved: requests for
 * a fake origin are answered from out/renderer, and every other request is refused, so the report
 * cannot reach the network or depend on anything outside the app's own files (fonts included).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Case } from '@shared/case/schema';
import { CONTENT_SECURITY_POLICY } from '@shared/contract/csp';
import type { AnalysisCache } from '../../risk/cache';
import { VERSION } from '../../cli/version';
import { staticFile } from '../../server/static-files';
import {
  CHROMIUM_PATH,
  chromiumLaunch,
  contentHeightPx,
  contentWidthPx,
  paperFor,
  playwrightMargins,
  PRINT_HASH,
  printRequest,
  RENDER_TIMEOUT_MS,
  type PdfOptions,
} from './layout';
import { reportMetadata, withReportMetadata } from './metadata';
import { startPrintRisk, type SentRisk } from './risk';

/** Never resolvable (RFC 6761 .invalid): if routing ever failed, nothing real would answer. */
const ORIGIN = 'http://cxcase.invalid';

export class PdfExportError extends Error {}

/** out/renderer, found from wherever this module runs (sources under tsx/vitest, or out/node bundles). */
export function findRendererDir(from: string = __dirname): string {
  for (let d = from; ; d = dirname(d)) {
    const candidate = join(d, 'out', 'renderer');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(d) === d) break;
  }
  throw new PdfExportError('The app is not built (out/renderer/index.html is missing): run "npm run build".');
}

export interface PrintResult {
  bytes: Uint8Array;
  /** Charts the report drew before printing. */
  charts: number;
  /** Milliseconds spent loading the page, waiting for the risk analysis after that, rendering the report, and printing (for the bench). */
  timings: { load: number; analysis: number; render: number; print: number };
  /**
   * Where the risk page's analysis came from: `sent` is how the Node side got the one it sent (its
   * cache, a worker thread, this thread; null: none sent), `page` whether the page drew that one
   * ('request') or ran analyseRisk itself ('page').
   */
  risk: { sent: SentRisk['by'] | null; page: 'request' | 'page' };
}

export interface ChromiumPrinter {
  print: (c: Case, o: PdfOptions) => Promise<PrintResult>;
  /** The Exporters.pdf shape: bytes only. */
  printPdf: (c: Case, o: PdfOptions) => Promise<Uint8Array>;
  close: () => Promise<void>;
}

export interface ChromiumPrinterOptions {
  rendererDir?: string;
  executablePath?: string;
  /** The version the PDF's Creator and Producer name (default: the app's). */
  version?: string;
  /** The risk worker file (default: next to the running bundle; null: analyse in this thread). */
  riskWorker?: string | null;
  /** The analysis cache (default: the process's, which the workbook export shares). */
  analysisCache?: AnalysisCache;
}

/** Renders the report for a case in a fresh page and waits until it reports that every chart has drawn. */
async function loadPrintPage(page: Page, pageErrors: string[]): Promise<void> {
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${ORIGIN}/index.html${PRINT_HASH}`, { timeout: RENDER_TIMEOUT_MS });
  await page.waitForFunction(() => document.body.dataset['printReady'] === '1', null, { timeout: RENDER_TIMEOUT_MS }).catch(() => {
    throw new PdfExportError(`The report page did not start${pageErrors.length ? `: ${pageErrors.join('; ')}` : ''}.`);
  });
}

async function renderReport(page: Page, request: string): Promise<{ charts: number; risk: 'request' | 'page' }> {
  try {
    const done = await page.evaluate(async (json: string) => {
      const api: unknown = Reflect.get(window, 'cxcasePrint');
      const render: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, 'render') : undefined;
      if (typeof render !== 'function') throw new Error('print mode is not available');
      await Reflect.apply(render, api, [json]);
      return { charts: Number(document.body.dataset['charts'] ?? '0'), risk: document.body.dataset['risk'] ?? '' };
    }, request);
    return { charts: done.charts, risk: done.risk === 'request' ? 'request' : 'page' };
  } catch (e) {
    const msg = e instanceof Error ? e.message.replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0] : String(e);
    throw new PdfExportError(`The report could not be rendered: ${msg}`);
  }
}

export function createChromiumPrinter(o: ChromiumPrinterOptions = {}): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = (): Promise<Browser> => {
    if (!browser) {
      const executablePath = o.executablePath ?? CHROMIUM_PATH;
      if (!existsSync(executablePath)) return Promise.reject(new PdfExportError(`Chromium is needed to print PDF reports and was not found at ${executablePath}. Install it, or name it with the CXCASE_CHROMIUM environment variable.`));
      // Loaded on first use: the CLI's other commands and the app's start never pay for (or need) it.
      browser = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, ...chromiumLaunch() })).then((b) => {
        b.on('disconnected', () => {
          browser = null;
        });
        return b;
      });
      browser.catch(() => {
        browser = null;
      });
    }
    return browser;
  };

  // One page stays open in print mode between exports (loading the app costs ~0.3 s); prints take
  // turns on it. A failed print throws the page away so the next one starts clean.
  let warm: Promise<{ context: BrowserContext; page: Page }> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const openPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const rendererDir = o.rendererDir ?? findRendererDir();
    const b = await launch();
    const context = await b.newContext({ viewport: { width: contentWidthPx('A4'), height: contentHeightPx('A4') }, serviceWorkers: 'block' });
    try {
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
        const file = await staticFile(rendererDir, url.pathname);
        if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
        return route.fulfill({ status: 200, contentType: file.type, body: file.body, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
      });
      const page = await context.newPage();
      await loadPrintPage(page, []);
      return { context, page };
    } catch (e) {
      await context.close().catch(() => undefined);
      throw e;
    }
  };

  const discard = async () => {
    const w = warm;
    warm = null;
    if (w) await (await w.catch(() => null))?.context.close().catch(() => undefined);
  };

  const riskOptions = { ...(o.riskWorker === undefined ? {} : { workerFile: o.riskWorker }), ...(o.analysisCache ? { cache: o.analysisCache } : {}) };

  const printOnce = async (c: Case, opts: PdfOptions): Promise<PrintResult> => {
    const paper = paperFor(c.locale);
    const t0 = performance.now();
    // Started first: a worker thread analyses while the browser starts and the page loads.
    const analysis = startPrintRisk(c, opts, riskOptions);
    if (!warm) {
      warm = openPage();
      warm.catch(() => {
        warm = null;
      });
    }
    const { page } = await warm;
    const t1 = performance.now();
    const sent = await analysis();
    const ta = performance.now();
    try {
      // The window is as wide as the paper's printable area, so nothing reflows when printing.
      await page.setViewportSize({ width: contentWidthPx(paper), height: contentHeightPx(paper) });
      const { charts, risk } = await renderReport(page, printRequest(c, opts, new Date(), sent?.risk ?? null));
      const t2 = performance.now();
      const pdf = await page.pdf({ format: paper, printBackground: true, displayHeaderFooter: false, margin: playwrightMargins(), preferCSSPageSize: false });
      const bytes = await withReportMetadata(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), reportMetadata(c, opts, o.version ?? VERSION));
      const t3 = performance.now();
      return { bytes, charts, timings: { load: t1 - t0, analysis: ta - t1, render: t2 - ta, print: t3 - t2 }, risk: { sent: sent?.by ?? null, page: risk } };
    } catch (e) {
      await discard();
      throw e;
    }
  };

  const print = (c: Case, opts: PdfOptions): Promise<PrintResult> => {
    const run = queue.then(() => printOnce(c, opts));
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    print,
    printPdf: async (c, opts) => (await print(c, opts)).bytes,
    close: async () => {
      await discard();
      const b = browser;
      browser = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}

let shared: ChromiumPrinter | null = null;

/** One printer (one browser) per process, started on first use. */
export function sharedChromiumPrinter(): ChromiumPrinter {
  shared ??= createChromiumPrinter();
  return shared;
}

/** The Exporters.pdf of browser mode and the CLI. */
export function printPdfInChromium(c: Case, o: PdfOptions): Promise<Uint8Array> {
  return sharedChromiumPrinter().printPdf(c, o);
}

export async function closeSharedChromiumPrinter(): Promise<void> {
  const p = shared;
  shared = null;
  await p?.close();
}
