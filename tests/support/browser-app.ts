/**
 * End-to-end harness: the real app in local browser mode (the same handlers and renderer as
 * Electron) on a fresh data folder, driven by Debian's Chromium through playwright-core.
 * Any request that leaves the app's own origin is recorded so tests can fail on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createAppServices } from '@electron-node/app-services';
import { chromiumLaunch, CHROMIUM_PATH } from '@electron-node/export/pdf/layout';
import { startLocalServer, type LocalServer } from '@electron-node/server/server';
import type { CaseStore } from '@electron-node/storage';
import type { Case } from '@shared/case/schema';

export const ROOT = join(__dirname, '..', '..');
// One definition of how Chromium is launched, shared with the PDF printer (no sandbox only as root).
export const CHROMIUM = CHROMIUM_PATH;
export const CHROMIUM_LAUNCH = chromiumLaunch();

export interface RunningApp {
  server: LocalServer;
  store: CaseStore;
  dataDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** URLs requested outside the app's origin (should stay empty). */
  foreignRequests: string[];
  /** The most recently changed case as the database holds it (what a save really wrote). */
  storedCase: () => Case;
  stop: () => Promise<void>;
}

export interface StartOptions {
  printPdf?: Parameters<typeof createAppServices>[0]['printPdf'];
  viewport?: { width: number; height: number };
  locale?: string;
}

export async function startBrowserApp(o: StartOptions = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cxcase-e2e-'));
  const services = await createAppServices({
    dataDir,
    resourcesDir: join(ROOT, 'resources'),
    mode: 'browser',
    version: 'test',
    dialogs: null,
    printPdf: o.printPdf ?? (async () => { throw new Error('no PDF printer in this test'); }),
  });
  if (!services.ok) throw new Error(services.error.message);
  const server = await startLocalServer({ handlers: services.handlers, staticDir: join(ROOT, 'out', 'renderer') });
  const browser = await chromium.launch({ executablePath: CHROMIUM, ...CHROMIUM_LAUNCH });
  const context = await browser.newContext({ viewport: o.viewport ?? { width: 1440, height: 900 }, locale: o.locale ?? 'en-GB', acceptDownloads: true });
  const foreignRequests: string[] = [];
  const origin = `http://127.0.0.1:${server.port}`;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const store = services.store;
  return {
    server,
    store,
    dataDir,
    browser,
    context,
    page,
    foreignRequests,
    storedCase: () => {
      const list = store.listCases({ query: '' });
      if (!list.ok) throw new Error(list.error.message);
      const first = list.data[0];
      if (!first) throw new Error('no case is stored');
      const r = store.openCase(first.id);
      if (!r.ok) throw new Error(r.error.message);
      return r.data;
    },
    stop: async () => {
      await browser.close();
      await server.close();
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
