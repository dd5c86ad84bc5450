/**
 * The Electron printer, run under Node against a fake of `electron` (the binary cannot be had here):
 * a hidden, sandboxed window opens the app's print page, the script it runs hands the renderer the
 * case, options and the printed scenario's risk analysis (analyseRisk's, computed on the Node side),
 * printToPDF gets the locale's paper, and the window is always destroyed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCxcaseText } from '@shared/case/cxcase-file';
import type { Case } from '@shared/case/schema';
import type { PrintRisk } from '@shared/contract/report';
import { analyseRisk } from '@shared/risk/analyse';
import { riskOf } from '@shared/risk/stored';
import { ROOT } from '../../support/browser-app';

const rec = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[]; scripts: string[]; printOptions: unknown[]; destroyed: boolean; handlers: Map<string, unknown>; openHandler: unknown }[],
  failRender: false,
}));

vi.mock('electron', () => {
  class FakeBrowserWindow {
    entry: (typeof rec.windows)[number];
    webContents: object;
    constructor(options: Record<string, unknown>) {
      const entry = { options, loaded: [] as string[], scripts: [] as string[], printOptions: [] as unknown[], destroyed: false, handlers: new Map<string, unknown>(), openHandler: null as unknown };
      this.entry = entry;
      rec.windows.push(entry);
      this.webContents = {
        on: (e: string, f: unknown) => void entry.handlers.set(e, f),
        setWindowOpenHandler: (f: unknown) => void (entry.openHandler = f),
        executeJavaScript: async (script: string) => {
          entry.scripts.push(script);
          if (rec.failRender) throw new Error('render failed');
          return 8;
        },
        printToPDF: async (o: unknown) => {
          entry.printOptions.push(o);
          // A real one-page PDF, as Chromium would hand back: the printer then writes its metadata into it.
          const { PDFDocument } = await import('pdf-lib');
          const doc = await PDFDocument.create();
          doc.addPage();
          return Buffer.from(await doc.save());
        },
      };
    }
    async loadURL(u: string) {
      this.entry.loaded.push(u);
    }
    destroy() {
      this.entry.destroyed = true;
    }
  }
  return { BrowserWindow: FakeBrowserWindow, app: { getVersion: () => '9.9.9-test' } };
});

function sample(file: string): Case {
  const r = parseCxcaseText(readFileSync(join(ROOT, 'resources', 'samples', file), 'utf8'));
  if (!r.ok) throw new Error('sample does not parse');
  return r.value.case;
}

/** Runs the page script as the print page would, returning what it handed to cxcasePrint.render. */
async function runScript(script: string): Promise<unknown> {
  let handed: unknown = null;
  const window = { cxcasePrint: { render: async (json: string) => void (handed = JSON.parse(json)) } };
  const document = { body: { dataset: { charts: '8' } } };
  const run = new Function('window', 'document', `return ${script};`) as (w: unknown, d: unknown) => Promise<number>;
  expect(await run(window, document)).toBe(8);
  return handed;
}

beforeEach(() => {
  rec.windows.length = 0;
  rec.failRender = false;
});

describe('the Electron PDF printer', () => {
  it('prints the case from a hidden sandboxed window on the paper of its locale', async () => {
    const { printPdfInElectron } = await import('@electron-main/print-pdf');
    for (const [file, paper] of [['online-retailer.cxcase', 'A4'], ['b2b-software.cxcase', 'Letter']] as const) {
      const c = sample(file);
      const pdf = await printPdfInElectron(c, { scenarioId: c.scenarios[1]!.id, scenarios: 'all', lang: 'it' }, 'app://cxcase');
      const { PDFDocument } = await import('pdf-lib');
      const info = await PDFDocument.load(pdf, { updateMetadata: false });
      expect(info.getPageCount()).toBe(1);
      expect(info.getTitle()).toBe(`${c.name} — ${c.scenarios[1]!.name}`);
      expect(info.getCreator()).toBe('CX Case 9.9.9-test');
      expect(info.getProducer()).toBe('CX Case 9.9.9-test');
      const w = rec.windows.at(-1)!;
      expect(w.options).toMatchObject({ show: false, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, backgroundThrottling: false, devTools: false } });
      expect(w.loaded).toEqual(['app://cxcase/index.html#print']);
      expect(w.handlers.has('will-navigate')).toBe(true);
      expect((w.openHandler as () => unknown)()).toEqual({ action: 'deny' });
      const handed = (await runScript(w.scripts[0]!)) as { case: Case; scenarioId: string; lang: string; risk: PrintRisk };
      expect(handed.case).toEqual(c);
      expect(handed.scenarioId).toBe(c.scenarios[1]!.id);
      expect(handed.lang).toBe('it');
      // The analysis of the scenario printed (the second), as analyseRisk gives it with the stored seed and trials.
      expect(handed.risk.scenarioId).toBe(c.scenarios[1]!.id);
      expect(handed.risk.analysis).toEqual(analyseRisk(c, 1, riskOf(c)));
      expect(w.printOptions).toEqual([expect.objectContaining({ pageSize: paper, printBackground: true })]);
      expect(w.destroyed).toBe(true);
    }
  });

  it('destroys the hidden window when rendering fails, and reports the failure', async () => {
    const { printPdfInElectron } = await import('@electron-main/print-pdf');
    rec.failRender = true;
    const c = sample('b2b-software.cxcase');
    await expect(printPdfInElectron(c, { scenarioId: null, scenarios: 'all', lang: 'en' }, 'app://cxcase')).rejects.toThrow('render failed');
    expect(rec.windows.at(-1)!.printOptions).toEqual([]);
    expect(rec.windows.at(-1)!.destroyed).toBe(true);
  });
});
