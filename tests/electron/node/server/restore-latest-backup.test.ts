/**
 * `npm start -- --browser --restore-latest-backup`, end to end: the real start script and server
 * entry on a data folder whose database was damaged (or deleted) after the daily backup was taken.
 * The cases are counted through the running server's API, as the browser would see them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '@electron-node/storage/open';
import { defaultDatabasePath } from '@electron-node/storage/paths';
import { generateCase } from '../../../support/arbitraries';
import { ROOT } from '../../../support/browser-app';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data folder whose database holds seven cases, and today's automatic backup of it. */
async function sevenCasesWithDailyBackup(): Promise<{ dataDir: string; dbPath: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cxcase-restore-'));
  dirs.push(dataDir);
  const dbPath = defaultDatabasePath(dataDir);
  const r = await openStore({ path: dbPath, rollingBackup: false });
  if (!r.ok) throw new Error(r.error.message);
  for (let seed = 1; seed <= 7; seed++) if (!r.store.createCaseFrom(generateCase(seed)).ok) throw new Error('case not created');
  const backup = await r.store.rollingBackup(); // the daily backup, as the app takes it
  if (!backup.ok || !backup.data) throw new Error('no daily backup');
  r.store.close();
  return { dataDir, dbPath };
}

interface Run {
  code: number | null;
  out: string;
  err: string;
  /** Set when the server started: the number of cases its API lists (trash excluded). */
  listed?: number;
}

/** `npm start -- --browser --data-dir D …`; when the server comes up, counts the cases through its API, then stops it. */
function start(dataDir: string, ...extra: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--browser', '--data-dir', dataDir, ...extra], { cwd: ROOT, env: { ...process.env, CXCASE_DATA_DIR: '' } });
    let out = '';
    let err = '';
    let listed: number | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:(\d+))\/#token=([0-9a-f]+)/.exec(out);
      if (m && listed === undefined) {
        listed = -1;
        void fetch(`${m[1]}/api/cases.list`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${m[3]}` }, body: JSON.stringify({ query: '' }) })
          .then(async (res) => {
            const body = (await res.json()) as { ok: boolean; data?: unknown[] };
            listed = body.ok && Array.isArray(body.data) ? body.data.length : -2;
          })
          .catch(() => (listed = -3))
          .finally(() => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, ...(listed === undefined ? {} : { listed }) });
    });
  });
}

describe('npm start -- --browser --restore-latest-backup', () => {
  it('7 cases, the file damaged: the first start moves it aside and prints the command; that command brings back the 7 cases', async () => {
    const { dataDir, dbPath } = await sevenCasesWithDailyBackup();
    writeFileSync(dbPath, randomBytes(64 * 1024));

    const first = await start(dataDir);
    expect(first.code).toBe(1);
    expect(first.listed).toBeUndefined();
    expect(first.err).toContain('moved aside');
    expect(first.err).toContain('--restore-latest-backup');
    expect(existsSync(dbPath)).toBe(false);

    const second = await start(dataDir, '--restore-latest-backup');
    expect(second.err).toBe('');
    expect(second.out).toMatch(/The automatic backup taken .* was restored/);
    expect(second.listed).toBe(7);
    // The damaged file is still kept beside it, byte for byte untouched by the restore.
    expect(readdirSync(dataDir).filter((f) => f.includes('.unreadable-'))).toHaveLength(1);
  }, 60_000);

  it('the damaged file restored in the same run when the option is given from the start', async () => {
    const { dataDir, dbPath } = await sevenCasesWithDailyBackup();
    writeFileSync(dbPath, randomBytes(64 * 1024));
    const run = await start(dataDir, '--restore-latest-backup');
    expect(run.listed).toBe(7);
  }, 60_000);

  it('the database deleted, its backups still there: a start without the option says a backup exists and how to restore it; with it, the 7 cases are back', async () => {
    const { dataDir, dbPath } = await sevenCasesWithDailyBackup();
    unlinkSync(dbPath);

    const plain = await start(dataDir);
    expect(plain.code).toBe(0);
    expect(plain.listed).toBe(0);
    expect(plain.out).toContain('Automatic backups of an earlier one exist');
    expect(plain.out).toContain('--restore-latest-backup');

    // The empty database that start made is moved aside (not deleted) and the backup put in its place.
    const restored = await start(dataDir, '--restore-latest-backup');
    expect(restored.listed).toBe(7);
    const aside = readdirSync(dataDir).filter((f) => f.includes('.empty-before-restore-') && !/-(wal|shm)$/.test(f));
    expect(aside).toEqual([expect.stringMatching(/^cxcase\.sqlite3\.empty-before-restore-\d{8}T\d{9}Z$/)]);
  }, 60_000);

  it('refuses to restore over a database that holds cases, and changes nothing', async () => {
    const { dataDir } = await sevenCasesWithDailyBackup();
    const run = await start(dataDir, '--restore-latest-backup');
    expect(run.code).toBe(1);
    expect(run.err).toContain('holds 7 cases');
    expect(run.listed).toBeUndefined();
    expect(readdirSync(dataDir).filter((f) => f.includes('-before-restore-') || f.includes('.unreadable-'))).toEqual([]);
  }, 60_000);
});
