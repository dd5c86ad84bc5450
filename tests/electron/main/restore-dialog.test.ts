/**
 * The desktop app's restore offer, under Node against a minimal fake of `electron`: the database
 * is missing (moved aside in an earlier run, or deleted) while its backups are there. The app says
 * so in a dialog before the window opens; choosing "Restore" brings the 7 cases back.
 */
import { mkdtempSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '@electron-node/storage/open';
import { defaultDatabasePath } from '@electron-node/storage/paths';
import { generateCase } from '../../support/arbitraries';
import { ROOT } from '../../support/browser-app';
import { rec, startMain, stopMain } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

beforeAll(async () => {
  rec.dataDir = mkdtempSync(join(tmpdir(), 'cxcase-main-restore-'));
  rec.appPath = ROOT;
  // Always the first button: "Restore the newest backup" where it is offered.
  rec.messageBoxResponse = 0;
  // Seven cases and the daily backup; then the database is gone (deleted, or moved aside earlier).
  const path = defaultDatabasePath(rec.dataDir);
  const r = await openStore({ path, rollingBackup: false });
  if (!r.ok) throw new Error(r.error.message);
  for (let seed = 1; seed <= 7; seed++) if (!r.store.createCaseFrom(generateCase(seed)).ok) throw new Error('case not created');
  if (!(await r.store.rollingBackup()).ok) throw new Error('no backup');
  r.store.close();
  unlinkSync(path);

  await startMain();
}, 60_000);

afterAll(async () => {
  await stopMain();
});

describe('Electron: the database missing, its backups there', () => {
  it('offers the newest backup in a dialog before the window opens; restoring it brings back the 7 cases', async () => {
    const offer = rec.dialogs[0];
    expect(offer?.message).toContain('No case database was found');
    expect(offer?.buttons?.[0]).toBe('Restore the newest backup');
    expect(rec.dialogs[1]?.message).toMatch(/The automatic backup taken .* was restored/);
    const win = rec.windows[0];
    if (!win) throw new Error('no window');
    const list = rec.ipc.get('cases.list');
    const r = (await list?.({ sender: win.webContents, senderFrame: { url: 'app://cxcase/index.html' } }, { query: '' })) as { ok: boolean; data: unknown[] };
    expect(r.ok).toBe(true);
    expect(r.data).toHaveLength(7);
  });
});
