/**
 * Client data is private to the user on POSIX: the data folder and `backups/` 0700; the database,
 * its -wal / -shm, backups, pre-migration copies, files moved aside and restored files 0600 —
 * also where an older version left them world-readable.
 */
import Database from 'better-sqlite3';
import { chmodSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '@electron-node/storage/backups';
import { openStore } from '@electron-node/storage/open';
import { restoreLatestBackup } from '@electron-node/storage/restore';
import { migrateDatabase } from '@electron-node/storage/schema';
import { generateCase } from '../../../support/arbitraries';
import { openOk, tempDir, unwrap } from './helpers';

const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);

describe.skipIf(process.platform === 'win32')('file permissions of client data', () => {
  it('a new data folder is 0700; the database, its -wal and -shm, backups/ and the daily backup are 0600 / 0700', async () => {
    const dataDir = join(tempDir(), 'CX Case');
    const path = join(dataDir, 'cxcase.sqlite3');
    const store = await openOk({ path, privateFolder: true, rollingBackup: true });
    unwrap(store.createCaseFrom(generateCase(1)));
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(mode(dataDir)).toBe('700');
    expect(mode(path)).toBe('600');
    expect(mode(`${path}-wal`)).toBe('600');
    expect(mode(`${path}-shm`)).toBe('600');
    expect(mode(join(dataDir, 'backups'))).toBe('700');
    const backups = listBackups(join(dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    for (const b of backups) expect(mode(b.path)).toBe('600');
    expect(mode(unwrap(await store.backupNow()).path)).toBe('600');
  });

  it('tightens what an older version left world-readable: folder 0755 → 0700, database and backups 0644 → 0600', async () => {
    const dataDir = join(tempDir(), 'CX Case');
    const path = join(dataDir, 'cxcase.sqlite3');
    const first = await openOk({ path, rollingBackup: true });
    first.close();
    chmodSync(dataDir, 0o755);
    chmodSync(path, 0o644);
    chmodSync(join(dataDir, 'backups'), 0o755);
    const old = listBackups(join(dataDir, 'backups'))[0];
    if (!old) throw new Error('no backup');
    chmodSync(old.path, 0o644);

    const store = await openOk({ path, privateFolder: true, rollingBackup: true });
    unwrap(store.createCase({ name: 'Acme' }));
    expect([mode(dataDir), mode(path), mode(`${path}-wal`), mode(`${path}-shm`)]).toEqual(['700', '600', '600', '600']);
    expect([mode(join(dataDir, 'backups')), mode(old.path)]).toEqual(['700', '600']);
  });

  it('only takes access away: a database the user made read-only (0444) becomes 0400, never writable', async () => {
    const dir = tempDir();
    const path = join(dir, 'cxcase.sqlite3');
    (await openOk({ path })).close();
    chmodSync(path, 0o444);
    (await openOk({ path })).close();
    expect(mode(path)).toBe('400');
  });

  it('a folder the user named for one database file is not chmodded (cxcase --db ~/cases.sqlite3), the file is', async () => {
    const home = tempDir();
    chmodSync(home, 0o755);
    const path = join(home, 'cases.sqlite3');
    await openOk({ path });
    expect(mode(home)).toBe('755');
    expect(mode(path)).toBe('600');
  });

  it('a pre-migration copy, a file moved aside and a restored database are 0600', async () => {
    const dir = tempDir();
    const path = join(dir, 'cxcase.sqlite3');
    // A first-schema database, world-readable, as an older version wrote it.
    const db = new Database(path);
    migrateDatabase(db, 0, 1);
    db.close();
    chmodSync(path, 0o644);
    const store = await openOk({ path });
    const pre = listBackups(join(dir, 'backups')).find((b) => b.kind === 'pre-migration');
    if (!pre) throw new Error('no pre-migration copy');
    expect(mode(pre.path)).toBe('600');
    unwrap(await store.backupNow());
    store.close();

    writeFileSync(path, 'not a database at all, and long enough to be read as a file header....................................');
    chmodSync(path, 0o644);
    const r = await openStore({ path, rollingBackup: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.movedTo && mode(r.error.movedTo)).toBe('600');

    unwrap(restoreLatestBackup({ path }));
    expect(mode(path)).toBe('600');
  });

  it('a new database folder with missing parents is created 0700 all the way', async () => {
    const base = tempDir();
    const path = join(base, 'a', 'b', 'cxcase.sqlite3');
    await openOk({ path });
    expect([mode(join(base, 'a')), mode(join(base, 'a', 'b'))]).toEqual(['700', '700']);
    expect(readdirSync(join(base, 'a', 'b')).every((f) => f === 'backups' || mode(join(base, 'a', 'b', f)) === '600')).toBe(true);
  });
});
