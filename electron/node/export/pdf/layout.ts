/**
 * What both PDF printers share: paper size from the case's locale, page margins, the content
 * width the page is laid out at, the print request sent to the renderer, and how Chromium is
 * launched. Electron's printer (electron/main/print-pdf.ts) and the Chromium printer (chromium.ts)
 * import this one module, so the two PDFs come out the same.
 *
 * Running header and page numbers are NOT Chromium's headerTemplate/footerTemplate: those are
 * rendered in a separate document that never loads web fonts (an @font-face with a data: URL in the
 * template is ignored), so their text falls back to a system font (DejaVu Sans here) — a font
 * lookup that differs between machines. The renderer draws them instead with CSS page-margin boxes
 * (@page { @top-left … }) in the bundled Noto Sans; see renderer/src/print/entry.tsx.
 */
import type { Case, Locale } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import type { PrintRisk, ScenarioScope } from '@shared/contract/report';

export type Paper = 'A4' | 'Letter';

/** US English prints on Letter; Italian and the other European locales on A4. */
export function paperFor(locale: Locale): Paper {
  return locale === 'en-US' ? 'Letter' : 'A4';
}

export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** Top and bottom leave room for the running header and the page number (page-margin boxes). */
export const MARGINS_MM = { top: 18, bottom: 16, left: 16, right: 16 } as const;

const PX_PER_MM = 96 / 25.4;

/**
 * The width of the printable area in CSS pixels. The print window is sized to it, so the page is
 * laid out (and every chart drawn) at the width it will be printed at: no reflow while printing.
 */
export function contentWidthPx(paper: Paper): number {
  return Math.floor((PAPER_MM[paper].width - MARGINS_MM.left - MARGINS_MM.right) * PX_PER_MM);
}

export function contentHeightPx(paper: Paper): number {
  return Math.floor((PAPER_MM[paper].height - MARGINS_MM.top - MARGINS_MM.bottom) * PX_PER_MM);
}

/** Margins for Playwright's page.pdf. */
export function playwrightMargins(): { top: string; bottom: string; left: string; right: string } {
  return { top: `${MARGINS_MM.top}mm`, bottom: `${MARGINS_MM.bottom}mm`, left: `${MARGINS_MM.left}mm`, right: `${MARGINS_MM.right}mm` };
}

/** Margins for Electron's webContents.printToPDF, which takes inches. */
export function electronMargins(): { top: number; bottom: number; left: number; right: number } {
  const inch = (mm: number) => mm / 25.4;
  return { top: inch(MARGINS_MM.top), bottom: inch(MARGINS_MM.bottom), left: inch(MARGINS_MM.left), right: inch(MARGINS_MM.right) };
}

export interface PdfOptions {
  /** The scenario the report is about (null: the first). */
  scenarioId: string | null;
  /** Every scenario (with the comparison and the downside case) or only that one. */
  scenarios: ScenarioScope;
  lang: Language;
}

/** The renderer's print mode starts when index.html is opened with this hash. */
export const PRINT_HASH = '#print';

/**
 * The JSON handed to window.cxcasePrint.render (renderer/src/print/entry.tsx validates it). `risk` is
 * the printed scenario's analysis (./risk.ts); without it the page computes the analysis itself.
 */
export function printRequest(c: Case, o: PdfOptions, now: Date = new Date(), risk: PrintRisk | null = null): string {
  return JSON.stringify({ case: c, scenarioId: o.scenarioId, scenarios: o.scenarios, lang: o.lang, date: now.toISOString(), ...(risk ? { risk } : {}) });
}


/**
 * The Chromium that prints PDFs in browser mode and the CLI (driven by playwright-core): Debian's by
 * default, or any Chromium or Chrome named by $CXCASE_CHROMIUM on other systems.
 */
export const CHROMIUM_PATH = process.env['CXCASE_CHROMIUM']?.trim() || '/usr/bin/chromium';

/** Headless, offline, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumLaunch {
  args: string[];
  /** playwright-core's switch: without it, playwright itself adds --no-sandbox. */
  chromiumSandbox: boolean;
}

/**
 * How Chromium is started: with its sandbox wherever the sandbox can work. Chromium's sandbox
 * isolates the page that renders the report (a case file comes from anywhere), so it stays on. It
 * is turned off only where it cannot work: running as root on Linux, where Chromium refuses to start
 * with it (the setuid/namespace sandbox does not run as root: containers, CI, this test machine), or
 * when CXCASE_CHROMIUM_NO_SANDBOX=1 says the system has no user namespaces for it (some containers).
 * Pure, so it is tested for every case; `chromiumLaunch()` applies it to the current process.
 */
export function chromiumLaunchFor(o: { uid: number | undefined; platform: string; noSandboxEnv?: string | undefined }): ChromiumLaunch {
  const noSandbox = (o.platform === 'linux' && o.uid === 0) || o.noSandboxEnv === '1';
  return { args: noSandbox ? [...CHROMIUM_ARGS, '--no-sandbox'] : [...CHROMIUM_ARGS], chromiumSandbox: !noSandbox };
}

export function chromiumLaunch(): ChromiumLaunch {
  return chromiumLaunchFor({ uid: process.getuid?.(), platform: process.platform, noSandboxEnv: process.env['CXCASE_CHROMIUM_NO_SANDBOX'] });
}

/** How long the renderer may take to lay out the report and draw its charts. */
export const RENDER_TIMEOUT_MS = 30_000;
