import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync, closeSync, truncateSync, mkdirSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, restoreBackup } from '@electron-node/storage/backups';
import { openStore, type OpenError } from '@electron-node/storage/open';
import { DB_SCHEMA_VERSION } from '@electron-node/storage/schema';
import { generateCase } from '../../../support/arbitraries';
import { clock, openOk, sha256, tempDir, unwrap } from './helpers';

/** A real database with a few cases in it, closed cleanly (no write-ahead log left). */
async function populated(dir: string, o: { backups?: boolean; now?: () => Date } = {}): Promise<{ path: string; ids: string[] }> {
  const path = join(dir, 'cases.sqlite3');
  const store = await openOk({ path, rollingBackup: o.backups ?? false, ...(o.now ? { now: o.now } : {}) });
  const ids = [1, 2, 3].map((seed) => unwrap(store.createCaseFrom(generateCase(seed, { scenarios: [3, 3] }))).id);
  if (o.backups) unwrap(await store.backupNow());
  store.close();
  expect(existsSync(`${path}-wal`)).toBe(false);
  return { path, ids };
}

async function openFails(path: string, backupDir?: string): Promise<OpenError> {
  const r = await openStore({ path, rollingBackup: false, ...(backupDir ? { backupDir } : {}) });
  if (r.ok) {
    r.store.close();
    throw new Error('expected the database to be refused');
  }
  return r.error;
}

type Damage = { name: string; code: string; moved: boolean; damage: (path: string) => void };

const DAMAGES: Damage[] = [
  { name: 'a truncated database', code: 'TRUNCATED', moved: true, damage: (p) => truncateSync(p, Math.floor(statSync(p).size / 2) + 100) },
  { name: 'a file of random bytes', code: 'NOT_A_DATABASE', moved: true, damage: (p) => writeFileSync(p, randomBytes(64 * 1024)) },
  { name: 'a zero-byte file', code: 'EMPTY_FILE', moved: true, damage: (p) => writeFileSync(p, '') },
  {
    name: 'a database from a future schema version',
    code: 'TOO_NEW',
    moved: false,
    damage: (p) => {
      const db = new Database(p);
      db.pragma(`user_version = ${DB_SCHEMA_VERSION + 1}`);
      db.close();
    },
  },
  {
    name: 'a database whose pages are damaged inside',
    code: 'DAMAGED',
    moved: true,
    damage: (p) => {
      const size = statSync(p).size;
      const fd = openSync(p, 'r+');
      // Page 1 (header and schema) stays intact; every later page is overwritten.
      writeSync(fd, randomBytes(size - 4096), 0, size - 4096, 4096);
      closeSync(fd);
    },
  },
];

describe('opening a damaged or foreign database', () => {
  it.each(DAMAGES)('$name: its own message, the file kept byte for byte, nothing overwritten', async ({ code, moved, damage }) => {
    const dir = tempDir();
    const { path } = await populated(dir);
    damage(path);
    const before = sha256(path);
    const err = await openFails(path);
    expect(err.code).toBe(code);
    expect(err.message).not.toMatch(/SQLITE_|Error:|at \w+ \(/); // plain words, no stack or error class
    if (moved) {
      expect(err.movedTo).toBeDefined();
      expect(existsSync(path)).toBe(false);
      expect(sha256(err.movedTo!)).toBe(before);
      expect(err.message).toContain(err.movedTo!);
    } else {
      expect(err.movedTo).toBeUndefined();
      expect(sha256(path)).toBe(before);
      // Refused again on the next start: still untouched.
      expect((await openFails(path)).code).toBe(code);
      expect(sha256(path)).toBe(before);
    }
  });

  it('gives each kind of damage a different message', async () => {
    const messages = new Set<string>();
    for (const d of DAMAGES) {
      const dir = tempDir();
      const { path } = await populated(dir);
      d.damage(path);
      messages.add((await openFails(path)).message.replace(/"[^"]*"/g, '<path>'));
    }
    expect(messages.size).toBe(DAMAGES.length);
  });

  it('leaves a SQLite database of another program untouched', async () => {
    const dir = tempDir();
    const path = join(dir, 'other.sqlite3');
    const db = new Database(path);
    db.exec('CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES (1)');
    db.close();
    const before = sha256(path);
    expect((await openFails(path)).code).toBe('NOT_CXCASE');
    expect(sha256(path)).toBe(before);
  });

  it('offers the newest automatic backup, which restores every case', async () => {
    const t = clock();
    const dir = tempDir();
    const { path, ids } = await populated(dir, { backups: true, now: t.now });
    writeFileSync(path, randomBytes(10_000));
    const err = await openFails(path);
    expect(err.backups).toHaveLength(2); // the one taken on open (empty) and the one after the cases were added
    expect(err.message).toContain('2026-01-05 09:00 UTC');
    expect(restoreBackup(err.backups[0]!.path, err.movedTo!).ok).toBe(false); // never over an existing file
    unwrap(restoreBackup(err.backups[0]!.path, path));
    const store = await openOk({ path });
    expect(unwrap(store.listCases()).map((c) => c.id).sort()).toEqual([...ids].sort());
  });

  it('says there is no backup when there is none', async () => {
    const dir = tempDir();
    const path = join(dir, 'cases.sqlite3');
    writeFileSync(path, 'not a database at all, just text');
    const err = await openFails(path);
    expect(err.backups).toEqual([]);
    expect(err.message).toMatch(/no backup/);
  });
});

describe('rolling automatic backups', () => {
  it('takes at most one a day and keeps the newest ten, each a whole database', async () => {
    const t = clock();
    const dir = tempDir();
    const path = join(dir, 'cases.sqlite3');
    for (let day = 0; day < 13; day++) {
      for (let k = 0; k < 2; k++) {
        const r = await openStore({ path, now: t.now });
        if (!r.ok) throw new Error(r.error.message);
        unwrap(r.store.createCase({ name: `Day ${day} ${k}` }));
        r.store.close();
        t.advance(60_000);
      }
      t.advance(24 * 60 * 60_000);
    }
    const backups = listBackups(join(dir, 'backups'));
    expect(backups).toHaveLength(10);
    expect(backups[0]!.takenAt > backups[9]!.takenAt).toBe(true);
    const newest = new Database(backups[0]!.path, { readonly: true });
    expect(newest.pragma('quick_check', { simple: true })).toBe('ok');
    expect(newest.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 24 }); // taken at day 12's first open
    newest.close();
  });
  it('keeps taking the daily backup while the app stays open for days', async () => {
    const t = clock();
    const dir = tempDir();
    const path = join(dir, 'cases.sqlite3');
    const r = await openStore({ path, now: t.now, backupCheckEveryMs: 20 });
    if (!r.ok) throw new Error(r.error.message);
    try {
      expect(listBackups(join(dir, 'backups'))).toHaveLength(1);
      await new Promise((res) => setTimeout(res, 120));
      expect(listBackups(join(dir, 'backups'))).toHaveLength(1); // not a day yet
      t.advance(25 * 60 * 60_000);
      const deadline = Date.now() + 5000;
      while (listBackups(join(dir, 'backups')).length < 2 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
      expect(listBackups(join(dir, 'backups'))).toHaveLength(2);
    } finally {
      r.store.close();
    }
  });
});

describe('a new database', () => {
  it('is created with its folder, in WAL mode, at the current schema version', async () => {
    const dir = tempDir();
    const path = join(dir, 'deep', 'er', 'cases.sqlite3');
    const r = await openStore({ path, rollingBackup: false });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.notices.map((n) => n.code)).toEqual(['CREATED']);
    r.store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(DB_SCHEMA_VERSION);
    db.close();
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });

  it('loads SQLite from the given native binding (Electron passes its own build); a bad one fails cleanly, touching nothing', async () => {
    const dir = tempDir();
    const { path } = await populated(dir);
    const before = sha256(path);
    const err = await (async () => {
      const r = await openStore({ path, rollingBackup: false, nativeBinding: join(dir, 'no-such-addon.node') });
      if (r.ok) throw new Error('expected the bad binding to be used and fail');
      return r.error;
    })();
    expect(err.code).toBe('OPEN_FAILED');
    expect(err.movedTo).toBeUndefined();
    expect(sha256(path)).toBe(before);
  });

  it('refuses a folder in place of the database file without touching it', async () => {
    const dir = tempDir();
    const path = join(dir, 'cases.sqlite3');
    mkdirSync(path);
    expect((await openFails(path)).code).toBe('OPEN_FAILED');
    expect(statSync(path).isDirectory()).toBe(true);
  });
});

describe('a missing database whose log was left behind', () => {
  /**
   * The reviewer's repro: 30 cases written, the app stops without closing (its -wal and -shm stay
   * on disk: copied here while the store is open, byte for byte what a crash leaves), then the
   * database file alone is deleted. Returns the leftover log's bytes' hash.
   */
  async function orphanedLog(path: string, o: { now?: () => Date; backups?: boolean } = {}): Promise<string> {
    const store = await openOk({ path, flushAfterMs: 60_000, ...(o.now ? { now: o.now } : {}) });
    for (let seed = 1; seed <= 30; seed++) unwrap(store.createCaseFrom(generateCase(seed)));
    if (o.backups) unwrap(await store.backupNow());
    const crashDir = tempDir();
    for (const s of ['-wal', '-shm']) copyFileSync(path + s, join(crashDir, `db${s}`));
    store.close(); // checkpoints and removes the log: put the crash-time files back instead
    rmSync(path);
    for (const s of ['-wal', '-shm']) copyFileSync(join(crashDir, `db${s}`), path + s);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    return sha256(`${path}-wal`);
  }

  it('opens a new, empty database and keeps the leftover log, unchanged, where the notice says', async () => {
    const dir = tempDir();
    const path = join(dir, 'cases.sqlite3');
    const walHash = await orphanedLog(path);
    const r = await openStore({ path, rollingBackup: false });
    if (!r.ok) throw new Error(`expected a fresh database, got ${r.error.code}: ${r.error.message}`);
    const store = r.store;
    try {
      expect(r.notices.map((n) => n.code)).toEqual(['LEFTOVERS_KEPT', 'CREATED']);
      const notice = r.notices[0]!;
      const keptWal = notice.kept?.find((p) => p.endsWith('-wal'));
      expect(keptWal).toMatch(/cases\.sqlite3\.leftover-\d{8}T\d{9}Z-wal$/);
      expect(sha256(keptWal!)).toBe(walHash);
      expect(notice.kept?.map((p) => p.slice(dir.length + 1)).sort()).toEqual(readdirSync(dir).filter((f) => f.includes('.leftover-')).sort());
      for (const p of notice.kept ?? []) expect(notice.message).toContain(p);
      expect(notice.message).toMatch(/no backup/);
      expect(notice.backups).toEqual([]);
      expect(unwrap(store.listCases())).toEqual([]);
      expect(unwrap(store.quickCheck())).toEqual(['ok']);
      expect(readdirSync(dir).filter((f) => f.includes('unreadable'))).toEqual([]);
      unwrap(store.createCase({ name: 'After the loss' }));
    } finally {
      store.close();
    }
    // The new database is an ordinary one from now on.
    const again = await openStore({ path, rollingBackup: false });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.notices).toEqual([]);
    expect(unwrap(again.store.listCases()).map((c) => c.name)).toEqual(['After the loss']);
    again.store.close();
  });

  it('offers the newest backup in the notice, and never overwrites leftovers kept earlier', async () => {
    const t = clock();
    const dir = tempDir();
    const path = join(dir, 'cases.sqlite3');
    const first = await orphanedLog(path, { now: t.now, backups: true });
    const r1 = await openStore({ path, rollingBackup: false, now: t.now });
    if (!r1.ok) throw new Error(r1.error.message);
    r1.store.close();
    rmSync(path);
    const second = await orphanedLog(path, { now: t.now });
    const r2 = await openStore({ path, rollingBackup: false, now: t.now });
    if (!r2.ok) throw new Error(r2.error.message);
    r2.store.close();
    const [n1, n2] = [r1.notices[0]!, r2.notices[0]!];
    expect(n1.backups?.[0]?.path).toBe(listBackups(join(dir, 'backups'))[0]?.path);
    expect(n1.message).toContain('The newest automatic backup is from 2026-01-05 09:00 UTC');
    const wal1 = n1.kept!.find((p) => p.endsWith('-wal'))!;
    const wal2 = n2.kept!.find((p) => p.endsWith('-wal'))!;
    expect(wal2).toBe(wal1.replace(/-wal$/, '-2-wal')); // same second, same clock: a new name
    expect(sha256(wal1)).toBe(first);
    expect(sha256(wal2)).toBe(second);
  });
});
