/**
 * Client data stays private to the user on POSIX: the app's folders 0700, every file it keeps —
 * the database and its -wal / -shm / -journal, backups, pre-migration copies, files moved aside —
 * 0600. SQLite gives a database's -wal, -shm and -journal the database file's own permissions, so
 * a 0600 database keeps its log private too. Existing files and folders from older versions are
 * tightened when seen (group and other access removed; the owner's own bits are left as they are).
 * Windows has no such modes (a user's profile folder is already private).
 */
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;

const posix = process.platform !== 'win32';

/**
 * Takes group and other access away (0644 → 0600, 0755 → 0700); never adds any, so a file the user
 * made read-only (0444) stays read-only (0400). Never fails an operation: a file we do not own (or
 * a read-only mount) keeps its mode.
 */
function tighten(path: string): void {
  if (!posix) return;
  try {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) chmodSync(path, mode & 0o700);
  } catch {
    // not ours to change, or gone: the operation itself goes on
  }
}

/**
 * Creates `dir` (and missing parents) as 0700. `tightenExisting`: an existing folder is set to
 * 0700 too — for the app's own folders only (its data folder, `backups/`), never for a folder
 * the user named for one database file (`cxcase --db ~/cases.sqlite3` must not chmod the home folder).
 */
export function ensurePrivateDir(dir: string, tightenExisting: boolean): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  else if (tightenExisting) tighten(dir);
}

/** Makes a file (and, for a database, its -wal / -shm / -journal where present) the owner's only: 0600 for ours. */
export function keepPrivate(path: string, companions = true): void {
  for (const p of companions ? [path, `${path}-wal`, `${path}-shm`, `${path}-journal`] : [path]) if (existsSync(p)) tighten(p);
}
