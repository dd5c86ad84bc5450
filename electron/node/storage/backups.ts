/**
 * Backup copies of the database: rolling automatic ones (one a day, the newest ten kept) and one
 * before every schema migration. Copies are made with SQLite's online backup (better-sqlite3's
 * `backup()`), written under a temporary name and renamed only once complete and checked, so a
 * backup that is offered is always a whole, readable database.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fail, ok, type Result } from '@shared/contract/result';
import { errorText } from './errors';
import { ensurePrivateDir, keepPrivate } from './private-files';

export type BackupKind = 'auto' | 'pre-migration';

export interface BackupInfo {
  path: string;
  fileName: string;
  kind: BackupKind;
  /** ISO date-time the copy was taken (from its name). */
  takenAt: string;
  bytes: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const KEEP_AUTO_BACKUPS = 10;
export const KEEP_MIGRATION_BACKUPS = 5;

const NAME = /^cxcase-(auto|pre-migration-v\d+)-(\d{8}T\d{6}(?:\d{3})?Z)\.sqlite3$/;

/** 2026-11-23T09:12:28.123Z → 20261123T091228123Z (sortable, valid in every file system). */
export function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

function unstamp(s: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(s);
  if (!m) return '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7] ?? '000'}Z`;
}

/** Backups in `dir`, newest first. A missing folder simply has none. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const fileName of names) {
    const m = NAME.exec(fileName);
    if (!m || !m[1] || !m[2]) continue;
    const path = join(dir, fileName);
    let bytes = 0;
    try {
      bytes = statSync(path).size;
    } catch {
      continue;
    }
    out.push({ path, fileName, kind: m[1] === 'auto' ? 'auto' : 'pre-migration', takenAt: unstamp(m[2]), bytes });
  }
  return out.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

/** Opens a copy read-only and runs SQLite's quick check: true only for a whole, readable database. */
export function isHealthyDatabase(path: string, nativeBinding?: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma('quick_check');
    return Array.isArray(rows) && rows.length === 1 && JSON.stringify(rows[0]) === '{"quick_check":"ok"}';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** A backup is a single self-contained file: out of WAL mode, then checked. */
function settleCopy(path: string, nativeBinding?: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    db.pragma('journal_mode = DELETE');
    const rows = db.pragma('quick_check');
    return Array.isArray(rows) && rows.length === 1 && JSON.stringify(rows[0]) === '{"quick_check":"ok"}';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Takes one backup of `db` into `dir`. The copy is checked before it gets its final name. */
export async function takeBackup(db: Database.Database, dir: string, label: 'auto' | `pre-migration-v${number}`, now: Date, nativeBinding?: string): Promise<BackupInfo> {
  ensurePrivateDir(dir, true);
  // Never replace an earlier backup: two in the same millisecond get distinct names.
  let at = now;
  while (existsSync(join(dir, `cxcase-${label}-${stamp(at)}.sqlite3`))) at = new Date(at.getTime() + 1);
  const fileName = `cxcase-${label}-${stamp(at)}.sqlite3`;
  const final = join(dir, fileName);
  const partial = `${final}.partial`;
  rmSync(partial, { force: true }); // our own leftover from an interrupted backup, never a user file
  await db.backup(partial);
  keepPrivate(partial);
  if (!settleCopy(partial, nativeBinding)) {
    rmSync(partial, { force: true });
    throw new Error('the backup copy failed its integrity check');
  }
  renameSync(partial, final);
  return { path: final, fileName, kind: label === 'auto' ? 'auto' : 'pre-migration', takenAt: at.toISOString(), bytes: statSync(final).size };
}

/** Deletes the oldest backups beyond what is kept (they are our own copies; the database is never touched). */
export function pruneBackups(dir: string, keepAuto = KEEP_AUTO_BACKUPS, keepMigration = KEEP_MIGRATION_BACKUPS): void {
  const all = listBackups(dir);
  const drop = [...all.filter((b) => b.kind === 'auto').slice(keepAuto), ...all.filter((b) => b.kind === 'pre-migration').slice(keepMigration)];
  for (const b of drop) rmSync(b.path, { force: true });
}

/** One automatic backup a day: takes one if the newest is older than `everyMs`, then prunes. */
export async function rollingBackup(db: Database.Database, dir: string, now: Date, o: { everyMs?: number; keep?: number; nativeBinding?: string } = {}): Promise<BackupInfo | null> {
  const all = listBackups(dir);
  // Copies made by an older version may be world-readable: tightened here (on open, then hourly).
  if (all.length > 0) ensurePrivateDir(dir, true);
  for (const b of all) keepPrivate(b.path, false);
  const newest = all.find((b) => b.kind === 'auto');
  if (newest && now.getTime() - Date.parse(newest.takenAt) < (o.everyMs ?? DAY_MS)) return null;
  const info = await takeBackup(db, dir, 'auto', now, o.nativeBinding);
  pruneBackups(dir, o.keep ?? KEEP_AUTO_BACKUPS);
  return info;
}

/**
 * Puts a backup in place of a database that was moved aside. Refuses to overwrite anything: the
 * database path must be free (the damaged file was moved, never deleted).
 */
export function restoreBackup(backupPath: string, databasePath: string, nativeBinding?: string): Result<{ restoredFrom: string }> {
  try {
    if (!NAME.test(basename(backupPath))) return fail('INVALID_INPUT', 'This is not one of CX Case’s backup files.');
    if (!existsSync(backupPath)) return fail('NOT_FOUND', 'This backup file no longer exists.');
    if (existsSync(databasePath) || existsSync(`${databasePath}-wal`))
      return fail('EXISTS', 'A case database is already in place, so the backup was not restored over it. Move that file away first.');
    if (!isHealthyDatabase(backupPath, nativeBinding)) return fail('DAMAGED', 'This backup is damaged too, so it was not restored. Try an older one.');
    const partial = `${databasePath}.restoring`;
    copyFileSync(backupPath, partial);
    keepPrivate(partial);
    renameSync(partial, databasePath);
    return ok({ restoredFrom: backupPath });
  } catch (e) {
    return fail('IO_ERROR', `The backup could not be restored: ${errorText(e)}`);
  }
}
