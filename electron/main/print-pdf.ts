/**
 * The Electron printer: a hidden window opens the app's own page in print mode, renders the report
 * for the case, waits until every chart has drawn, and prints with webContents.printToPDF. Paper,
 * margins and window width come from the layout module the Chromium printer uses too, and the risk
 * page's analysis from the same Node-side path (the process's analysis cache, else a worker thread),
 * so the page does not rerun the Monte Carlo.
 */
import { app, BrowserWindow } from 'electron';
import type { Case } from '@shared/case/schema';
import { contentHeightPx, contentWidthPx, electronMargins, paperFor, PRINT_HASH, printRequest, RENDER_TIMEOUT_MS, type PdfOptions } from '@electron-node/export/pdf/layout';
import { reportMetadata, withReportMetadata } from '@electron-node/export/pdf/metadata';
import { startPrintRisk } from '@electron-node/export/pdf/risk';

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function printPdfInElectron(c: Case, o: PdfOptions, origin: string): Promise<Uint8Array> {
  const paper = paperFor(c.locale);
  // Started first: a worker thread analyses while the hidden window loads the app.
  const analysis = startPrintRisk(c, o);
  const win = new BrowserWindow({
    show: false,
    // As wide as the printable area: the report is laid out and its charts drawn at print width.
    width: contentWidthPx(paper),
    height: contentHeightPx(paper),
    useContentSize: true,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
      // A hidden window must still run timers at full speed while the charts draw.
      backgroundThrottling: false,
    },
  });
  try {
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await withTimeout(win.loadURL(`${origin}/index.html${PRINT_HASH}`), RENDER_TIMEOUT_MS, 'Loading the report');
    const sent = await analysis();
    // The request travels as a JS string literal (JSON.stringify of the JSON text).
    const script = `(async () => {
      const api = window.cxcasePrint;
      if (!api) throw new Error('print mode is not available');
      await api.render(${JSON.stringify(printRequest(c, o, new Date(), sent?.risk ?? null))});
      return Number(document.body.dataset.charts || '0');
    })()`;
    await withTimeout(win.webContents.executeJavaScript(script, true), RENDER_TIMEOUT_MS, 'Rendering the report');
    const pdf = await win.webContents.printToPDF({
      pageSize: paper,
      printBackground: true,
      displayHeaderFooter: false,
      preferCSSPageSize: false,
      margins: electronMargins(),
    });
    // The same document information as the Chromium printer: app and version, case and scenario, author.
    return await withReportMetadata(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), reportMetadata(c, o, app.getVersion()));
  } finally {
    win.destroy();
  }
}
