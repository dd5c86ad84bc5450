/**
 * The Electron main process of a packaged build (app.isPackaged), run under Node against the fake
 * `electron` module: no DevTools, no menu item for them, and devtools:// pages are refused.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rec, startMain, stopMain } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

const ROOT = join(__dirname, '..', '..', '..');
const resourcesPath = Object.getOwnPropertyDescriptor(process, 'resourcesPath');

beforeAll(async () => {
  rec.isPackaged = true;
  rec.dataDir = mkdtempSync(join(tmpdir(), 'cxcase-main-packaged-'));
  rec.appPath = ROOT;
  // Packaged, the app's data files sit in <resourcesPath>/resources (electron-builder's extraResources).
  Object.defineProperty(process, 'resourcesPath', { value: ROOT, configurable: true, writable: true });
  await startMain();
}, 60_000);

afterAll(async () => {
  await stopMain();
  if (resourcesPath) Object.defineProperty(process, 'resourcesPath', resourcesPath);
  else Reflect.deleteProperty(process, 'resourcesPath');
});

describe('Electron main process, packaged', () => {
  it('opens its window with DevTools disabled', () => {
    const prefs = rec.windows[0]!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['devTools']).toBe(false);
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('has no Toggle DevTools item in any menu', () => {
    type Item = { role?: string; label?: string; submenu?: Item[] };
    const roles = (items: Item[]): string[] => items.flatMap((i) => [i.role ?? '', ...roles(i.submenu ?? [])]);
    const all = roles(rec.menu as Item[]).map((r) => r.toLowerCase());
    expect(all).not.toContain('toggledevtools');
    expect(all).toContain('togglefullscreen');
  });

  it('refuses devtools:// pages as it refuses the network', () => {
    let cancelled: boolean | null = null;
    rec.beforeRequest?.({ url: 'devtools://devtools/bundled/inspector.html' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });
});
