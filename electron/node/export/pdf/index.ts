/** PDF report export: one report view, two printers (Electron's hidden window, headless Chromium) sharing layout.ts. */
export { closeSharedChromiumPrinter, createChromiumPrinter, findRendererDir, PdfExportError, printPdfInChromium, sharedChromiumPrinter, type ChromiumPrinter, type PrintResult } from './chromium';
export { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumLaunch, chromiumLaunchFor, contentWidthPx, electronMargins, MARGINS_MM, paperFor, PRINT_HASH, printRequest, RENDER_TIMEOUT_MS, type Paper, type PdfOptions } from './layout';
export { APP_NAME, reportMetadata, withReportMetadata, type ReportMetadata } from './metadata';
