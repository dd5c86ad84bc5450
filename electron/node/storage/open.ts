/**
 * Opening the cases database safely. In order:
 *  1. a missing file → a new database, built under a temporary name and renamed when complete
 *     (a -wal / -shm / -journal left without its database is moved aside first, never replayed);
 *  2. the file's own bytes are checked (empty, not SQLite, shorter than its header says) before
 *     SQLite touches it;
 *  3. a read-only look at its version: written by a newer app → refused, left untouched;
 *     not a CX Case database → refused, left untouched;
 *  4. opened read-write, WAL mode and foreign keys on, `PRAGMA quick_check`;
 *  5. an older schema → a backup copy first, then each migration in its own transaction;
 *  6. the rolling daily backup.
 * A damaged or non-database file is moved aside (renamed, never overwritten or deleted) and the
 * caller gets a plain-words message and the list of backups to offer.
 */
import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppError } from '@shared/contract/result';
import type { CxcaseApp } from '@shared/case/cxcase-file';
import { listBackups, takeBackup, type BackupInfo } from './backups';
import { errorText, sqliteCode } from './errors';
import { defaultBackupDir } from './paths';
import { ensurePrivateDir, keepPrivate } from './private-files';
import { moveAside, moveLeftoversAside, probeFile } from './probe';
import { APPLICATION_ID, DB_SCHEMA_VERSION, migrateDatabase } from './schema';
import { CaseStore, DEFAULT_AUTO_VERSION_EVERY_MS, DEFAULT_KEEP_AUTO_VERSIONS } from './store';

export { moveAside, moveLeftoversAside, probeFile } from './probe';

export interface OpenOptions {
  /** The database file; its folder is created if needed. */
  path: string;
  /** Where backups go (default: `backups/` beside the database). */
  backupDir?: string;
  now?: () => Date;
  /** better-sqlite3's native addon built for Electron's ABI; plain Node uses the default. */
  nativeBinding?: string;
  autoVersionEveryMs?: number;
  keepAutoVersions?: number;
  /** false: no rolling daily backup (neither on open nor the hourly check while open). Default true. */
  rollingBackup?: boolean;
  /** How often an open store checks whether the daily backup is due (default 1 hour). */
  backupCheckEveryMs?: number;
  /**
   * SQLite `synchronous` in WAL mode. 'NORMAL' (default): every commit survives any crash of the
   * process at once, and the store checkpoints (syncs to disk) structural changes at once and
   * autosaves within `flushAfterMs`, so a power cut loses at most that last second of typing and
   * never corrupts. 'FULL' syncs every commit (slower on every keystroke's autosave).
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** Autosaves reach the disk within this many ms (default 1000). */
  flushAfterMs?: number;
  app?: CxcaseApp;
  /**
   * The database's folder is the app's own data folder (not one the user named for a single file):
   * an existing one is tightened to 0700 as well. New folders are always created 0700.
   */
  privateFolder?: boolean;
}

export type OpenErrorCode = 'EMPTY_FILE' | 'NOT_A_DATABASE' | 'TRUNCATED' | 'DAMAGED' | 'TOO_NEW' | 'NOT_CXCASE' | 'IN_USE' | 'READ_ONLY' | 'OPEN_FAILED';

export interface OpenError extends AppError {
  code: OpenErrorCode;
  /** Where the unreadable file was moved (it is kept there, byte for byte). */
  movedTo?: string;
  /** Backups that can be offered, newest first. */
  backups: BackupInfo[];
}

export interface OpenNotice {
  code: 'CREATED' | 'MIGRATED' | 'BACKUP_FAILED' | 'LEFTOVERS_KEPT' | 'BACKUP_AVAILABLE' | 'READ_ONLY';
  message: string;
  /** LEFTOVERS_KEPT: where each leftover file now is (kept there, byte for byte). */
  kept?: string[];
  /** LEFTOVERS_KEPT, BACKUP_AVAILABLE: backups that can be offered, newest first (see `restoreLatestBackup`). */
  backups?: BackupInfo[];
}

export type OpenResult = { ok: true; store: CaseStore; notices: OpenNotice[] } | { ok: false; error: OpenError };


function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function backupOffer(backups: readonly BackupInfo[]): string {
  const newest = backups[0];
  if (!newest) return 'There is no backup to restore, so CX Case will start with an empty list of cases.';
  return `The newest automatic backup is from ${when(newest.takenAt)}: you can restore it, or start with an empty list of cases.`;
}

function movedFailure(code: OpenErrorCode, what: string, movedTo: string, backups: BackupInfo[]): { ok: false; error: OpenError } {
  return {
    ok: false,
    error: {
      code,
      message: `${what} To keep it safe, it was moved aside, unchanged, to "${movedTo}". ${backupOffer(backups)}`,
      movedTo,
      backups,
    },
  };
}

function keptSentence(kept: readonly string[]): string {
  return `Files left beside the missing database (a log of recent changes) were kept, unchanged, at ${kept.map((p) => `"${p}"`).join(', ')}.`;
}

function leftoversNotice(path: string, kept: string[], backups: BackupInfo[]): OpenNotice {
  return {
    code: 'LEFTOVERS_KEPT',
    message:
      `No case database was found at "${path}", but files that belong to it (a log of recent changes) were still beside it, as happens when ` +
      `the database is deleted or moved after CX Case stopped without closing. They cannot be read without the database, so CX Case started ` +
      `a new, empty one and kept them, unchanged, at ${kept.map((p) => `"${p}"`).join(', ')}. ${backupOffer(backups)}`,
    kept,
    backups,
  };
}

function untouched(code: OpenErrorCode, message: string, backups: BackupInfo[]): { ok: false; error: OpenError } {
  return { ok: false, error: { code, message, backups } };
}

interface HeaderInfo {
  userVersion: number;
  applicationId: number;
  tables: number;
}

/** A read-only look (a read-only connection never checkpoints or rewrites the file). */
function readHeaderInfo(path: string, nativeBinding?: string): HeaderInfo {
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const num = (x: unknown) => (typeof x === 'number' ? x : Number(x));
    const tables = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get();
    return {
      userVersion: num(db.pragma('user_version', { simple: true })),
      applicationId: num(db.pragma('application_id', { simple: true })),
      tables: tables?.n ?? 0,
    };
  } finally {
    db.close();
  }
}

function configure(db: Database.Database, synchronous: 'FULL' | 'NORMAL'): void {
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  // The store checkpoints itself, off the edit path (see CaseStore.tx); after a checkpoint the log is cut back.
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('journal_size_limit = 8388608');
  db.pragma('busy_timeout = 3000');
}

const isReadOnly = (e: unknown) => sqliteCode(e)?.startsWith('SQLITE_READONLY') === true;

/**
 * Whether changes can be saved. SQLite opens a file it may not write (mode 0444, a file of another
 * user, a read-only mount) read-only without a word, and reads work; so a write is tried — the
 * schema version set to the value it has, rolled back — and its refusal is the answer.
 */
function canWrite(db: Database.Database, userVersion: number): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
    db.pragma(`user_version = ${userVersion}`);
    return true;
  } catch (e) {
    if (isReadOnly(e)) return false;
    if (sqliteCode(e) === 'SQLITE_BUSY') return true; // another program is writing: the file is writable
    throw e;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

function readOnlyFolder(path: string, backups: BackupInfo[]): { ok: false; error: OpenError } {
  return untouched(
    'READ_ONLY',
    `The folder "${dirname(path)}" where CX Case keeps your cases is read-only, so the case database cannot be opened (SQLite writes beside a database even to read it). Make the folder writable for your user account, or start CX Case with a data folder that is, then try again. Nothing was changed.`,
    backups,
  );
}

function readOnlyNotice(path: string): OpenNotice {
  return {
    code: 'READ_ONLY',
    message: `The cases database is read-only: changes cannot be saved. You can open and export your cases, but nothing you change will be kept. To work normally, make "${path}" writable for your user account and restart CX Case.`,
  };
}

function quickCheck(db: Database.Database): string[] {
  const rows: unknown = db.pragma('quick_check');
  if (!Array.isArray(rows)) return [String(rows)];
  return rows.map((r: unknown) => (typeof r === 'object' && r !== null && 'quick_check' in r ? String(r.quick_check) : String(r)));
}

/** A brand-new database, built aside and renamed into place: a crash never leaves a half-made file at `path`. */
function createFresh(path: string, o: OpenOptions): void {
  const tmp = `${path}.creating`;
  for (const s of ['', '-wal', '-shm', '-journal']) rmSync(tmp + s, { force: true }); // our own leftovers only
  const db = new Database(tmp, o.nativeBinding ? { nativeBinding: o.nativeBinding } : {});
  try {
    keepPrivate(tmp); // before anything is written; its -journal and later -wal / -shm get the same mode
    db.pragma('journal_mode = DELETE');
    migrateDatabase(db, 0);
  } finally {
    db.close();
  }
  renameSync(tmp, path);
}

export async function openStore(o: OpenOptions): Promise<OpenResult> {
  const now = o.now ?? (() => new Date());
  const backupDir = o.backupDir ?? defaultBackupDir(o.path);
  const backups = () => listBackups(backupDir);
  const notices: OpenNotice[] = [];
  let db: Database.Database | null = null;
  try {
    ensurePrivateDir(dirname(o.path), o.privateFolder === true);
    const probe = probeFile(o.path);
    switch (probe.kind) {
      case 'missing': {
        // Before creating: a leftover log next to a new file would be replayed into it (see moveLeftoversAside).
        const kept = moveLeftoversAside(o.path, now());
        try {
          createFresh(o.path, o);
        } catch (e) {
          if (kept.length === 0) throw e;
          return untouched('OPEN_FAILED', `CX Case could not create a new case database (${errorText(e)}). ${keptSentence(kept)}`, backups());
        }
        const found = backups();
        if (kept.length > 0) notices.push(leftoversNotice(o.path, kept, found));
        else if (found[0])
          // The database was moved aside (unreadable) or deleted, and its backups are still here: the
          // new, empty database can be replaced by the newest of them (restoreLatestBackup).
          notices.push({
            code: 'BACKUP_AVAILABLE',
            message: `No case database was found at "${o.path}", so CX Case started a new, empty one. Automatic backups of an earlier one exist: the newest is from ${when(found[0].takenAt)} and can be restored.`,
            backups: found,
          });
        notices.push({ code: 'CREATED', message: 'A new, empty case database was created.' });
        break;
      }
      case 'not-a-file':
        return untouched('OPEN_FAILED', `"${o.path}" is a folder, not a database file, so CX Case cannot keep cases there. Nothing was changed.`, backups());
      case 'empty':
        return movedFailure('EMPTY_FILE', 'The file where CX Case keeps your cases is empty (0 bytes): there was nothing in it to open.', moveAside(o.path, now()), backups());
      case 'not-sqlite':
        return movedFailure(
          'NOT_A_DATABASE',
          'The file where CX Case keeps your cases is not a database: its contents are not what CX Case writes (another program may have overwritten it).',
          moveAside(o.path, now()),
          backups(),
        );
      case 'truncated':
        return movedFailure(
          'TRUNCATED',
          `The case database is incomplete: the file is ${probe.actual} bytes but should be at least ${probe.expected}, as happens when a copy or a disk write is cut short.`,
          moveAside(o.path, now()),
          backups(),
        );
      case 'sqlite':
        break;
    }

    let info: HeaderInfo;
    try {
      info = readHeaderInfo(o.path, o.nativeBinding);
    } catch (e) {
      const code = sqliteCode(e);
      if (code === 'SQLITE_NOTADB')
        return movedFailure('NOT_A_DATABASE', 'The file where CX Case keeps your cases is not a database CX Case can read.', moveAside(o.path, now()), backups());
      if (code === 'SQLITE_CORRUPT')
        return movedFailure('DAMAGED', 'The case database is damaged and cannot be read.', moveAside(o.path, now()), backups());
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
        return untouched('IN_USE', 'The case database is in use by another program (perhaps another copy of CX Case). Close it and try again. Nothing was changed.', backups());
      if (isReadOnly(e)) return readOnlyFolder(o.path, backups());
      return untouched('OPEN_FAILED', `CX Case could not open its case database (${errorText(e)}). Nothing was changed.`, backups());
    }
    if (info.userVersion > DB_SCHEMA_VERSION)
      return untouched(
        'TOO_NEW',
        `This case database was written by a newer version of CX Case (database version ${info.userVersion}; this version reads up to ${DB_SCHEMA_VERSION}). It was left untouched: install the newer CX Case to open it.`,
        backups(),
      );
    const blank = info.userVersion === 0 && info.tables === 0;
    if (info.applicationId !== APPLICATION_ID && !(blank && info.applicationId === 0))
      return untouched('NOT_CXCASE', `"${o.path}" is a database, but not one written by CX Case. It was left untouched; move it away to let CX Case start a new one.`, backups());

    // Ours (not a newer version's, not another program's): a database from an older version may be
    // world-readable (0644), and so the -wal / -shm SQLite makes from it.
    keepPrivate(o.path);
    db = new Database(o.path, { fileMustExist: true, ...(o.nativeBinding ? { nativeBinding: o.nativeBinding } : {}) });
    let problems: string[];
    try {
      configure(db, o.synchronous ?? 'NORMAL');
      keepPrivate(o.path); // the -wal / -shm WAL mode has just made, if older ones were left with other modes
      problems = quickCheck(db);
    } catch (e) {
      const code = sqliteCode(e);
      if (code !== 'SQLITE_CORRUPT' && code !== 'SQLITE_NOTADB') throw e;
      problems = [errorText(e)];
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      db.close();
      db = null;
      const detail = problems.slice(0, 3).join('; ').slice(0, 300);
      return movedFailure('DAMAGED', `The case database is damaged: SQLite's integrity check found problems (${detail}).`, moveAside(o.path, now()), backups());
    }

    if (!canWrite(db, info.userVersion)) {
      if (info.userVersion < DB_SCHEMA_VERSION) {
        db.close();
        db = null;
        return untouched(
          'READ_ONLY',
          `The case database "${o.path}" is read-only, and this version of CX Case must update it before it can open it. Make the file writable for your user account and start CX Case again. Nothing was changed.`,
          backups(),
        );
      }
      notices.push(readOnlyNotice(o.path));
    }

    if (info.userVersion < DB_SCHEMA_VERSION) {
      if (!blank) {
        // The copy comes first: if a migration fails, the data as it was is still there, twice.
        const copy = await takeBackup(db, backupDir, `pre-migration-v${info.userVersion}`, now(), o.nativeBinding);
        notices.push({ code: 'MIGRATED', message: `The case database was updated from version ${info.userVersion} to ${DB_SCHEMA_VERSION}; a copy of it as it was is in "${copy.path}".` });
      }
      migrateDatabase(db, info.userVersion);
    }

    const store = new CaseStore(db, {
      path: o.path,
      backupDir,
      now,
      ...(o.nativeBinding ? { nativeBinding: o.nativeBinding } : {}),
      autoVersionEveryMs: o.autoVersionEveryMs ?? DEFAULT_AUTO_VERSION_EVERY_MS,
      keepAutoVersions: o.keepAutoVersions ?? DEFAULT_KEEP_AUTO_VERSIONS,
      app: o.app ?? { name: 'CX Case', version: '0.1.0' },
      flushAfterMs: o.flushAfterMs ?? 1000,
    });
    db = null;
    if (o.rollingBackup !== false) {
      const b = await store.rollingBackup();
      if (!b.ok) notices.push({ code: 'BACKUP_FAILED', message: `Today's automatic backup could not be made: ${b.error.message}` });
      store.startBackupSchedule(o.backupCheckEveryMs);
    }
    return { ok: true, store, notices };
  } catch (e) {
    db?.close();
    if (isReadOnly(e)) return readOnlyFolder(o.path, backups());
    return untouched('OPEN_FAILED', `CX Case could not open its case database (${errorText(e)}). Nothing was moved or deleted.`, backups());
  }
}
