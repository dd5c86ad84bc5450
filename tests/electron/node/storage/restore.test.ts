/** restoreLatestBackup: where it restores, where it refuses, and what it keeps. */
import { existsSync, readdirSync, readFileSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '@electron-node/storage/backups';
import { restoreLatestBackup } from '@electron-node/storage/restore';
import { generateCase } from '../../../support/arbitraries';
import { clock, openOk, sha256, tempDir, unwrap } from './helpers';

async function withBackups(cases: number, backups = 1) {
  const dir = tempDir();
  const path = join(dir, 'cxcase.sqlite3');
  const t = clock();
  const store = await openOk({ path, now: t.now });
  for (let i = 1; i <= cases; i++) unwrap(store.createCaseFrom(generateCase(i)));
  for (let i = 0; i < backups; i++) {
    unwrap(await store.backupNow());
    t.advance(60_000);
  }
  store.close();
  return { dir, path, t };
}

async function countCases(path: string): Promise<number> {
  const store = await openOk({ path });
  const n = unwrap(store.listCases()).length;
  store.close();
  return n;
}

describe('restoreLatestBackup', () => {
  it('no database (deleted): the newest backup is put in place', async () => {
    const { path } = await withBackups(7);
    unlinkSync(path);
    const r = unwrap(restoreLatestBackup({ path }));
    expect(r.movedAside).toEqual([]);
    expect(await countCases(path)).toBe(7);
  });

  it('a log left without its database is kept aside first (never replayed into the restored file)', async () => {
    const { path } = await withBackups(3);
    unlinkSync(path);
    writeFileSync(`${path}-wal`, 'a log of edits to the deleted database');
    const r = unwrap(restoreLatestBackup({ path }));
    expect(r.movedAside).toHaveLength(1);
    expect(r.movedAside[0]).toMatch(/\.leftover-.*-wal$/);
    expect(await countCases(path)).toBe(3);
  });

  it('the newest backup damaged: the one before it is used', async () => {
    const { path } = await withBackups(2, 2);
    const [newest, older] = listBackups(join(path, '..', 'backups'));
    if (!newest || !older) throw new Error('two backups expected');
    truncateSync(newest.path, 1000);
    unlinkSync(path);
    expect(unwrap(restoreLatestBackup({ path })).restoredFrom.path).toBe(older.path);
    expect(await countCases(path)).toBe(2);
  });

  it('an empty database in place (started without restoring) is moved aside, kept, and replaced', async () => {
    const { path } = await withBackups(7);
    unlinkSync(path);
    (await openOk({ path })).close(); // a start without the option: a new, empty database
    const before = sha256(path);
    const r = unwrap(restoreLatestBackup({ path }));
    expect(r.movedAside).toHaveLength(1);
    const aside = r.movedAside[0] ?? '';
    expect(sha256(aside)).toBe(before);
    expect(await countCases(path)).toBe(7);
  });

  it('refuses to replace a database that holds cases, or a file it cannot read; no backup → says so; nothing changed', async () => {
    const { dir, path } = await withBackups(4);
    const before = sha256(path);
    const has = restoreLatestBackup({ path });
    expect(has.ok ? '' : has.error.code).toBe('HAS_CASES');
    expect(sha256(path)).toBe(before);

    writeFileSync(path, 'junk');
    const junk = restoreLatestBackup({ path });
    expect(junk.ok ? '' : junk.error.code).toBe('UNREADABLE');
    expect(readFileSync(path, 'utf8')).toBe('junk');

    const other = join(tempDir(), 'cxcase.sqlite3');
    const none = restoreLatestBackup({ path: other });
    expect(none.ok ? '' : none.error.code).toBe('NO_BACKUP');
    expect(existsSync(other)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['backups', 'cxcase.sqlite3']);
  });

  it('a restored file is a copy: the backup stays in place', async () => {
    const { path } = await withBackups(1);
    const b = listBackups(join(path, '..', 'backups'))[0];
    if (!b) throw new Error('no backup');
    const hash = sha256(b.path);
    unlinkSync(path);
    unwrap(restoreLatestBackup({ path }));
    expect(sha256(b.path)).toBe(hash);
  });
});

