/**
 * "Restore the newest backup" for both shells (`--restore-latest-backup`, the desktop dialog).
 *
 * Works where the database is missing — moved aside as unreadable, deleted, never there — and
 * where the one in place holds no case at all (the empty database a start without the option made
 * after the damaged one was moved aside). That empty file is moved aside too, never deleted. A
 * database that holds cases is never replaced: the answer says so and nothing is changed. The
 * newest backup that passes SQLite's check is used; a damaged one is skipped for the one before.
 *
 * Failure codes: NO_BACKUP; HAS_CASES (a database with cases is in place: nothing changed);
 * UNREADABLE (a file is in place that is not a readable CX Case database: open it first, which
 * moves it aside if it is damaged, then restore); DAMAGED (every backup is); IO_ERROR.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { fail, ok, type Result } from '@shared/contract/result';
import { listBackups, restoreBackup, type BackupInfo } from './backups';
import { errorText } from './errors';
import { moveAside, moveLeftoversAside, probeFile } from './probe';
import { defaultBackupDir } from './paths';
import { keepPrivate } from './private-files';

export interface RestoreLatestOptions {
  /** The database file. */
  path: string;
  /** Where the backups are (default: `backups/` beside the database). */
  backupDir?: string;
  now?: () => Date;
  nativeBinding?: string;
}

export interface RestoreOutcome {
  restoredFrom: BackupInfo;
  /** Files moved out of the way first (an empty database, a log left without its database), kept byte for byte. */
  movedAside: string[];
}

/** How many cases (trash included) the database holds; null when it cannot be read as a CX Case database. */
function caseCount(path: string, nativeBinding?: string): number | null {
  // A read-only connection to a WAL database makes a -wal and -shm it does not remove on closing:
  // removed again here when they were not there before and the log is empty (nothing is in them).
  const hadLog = existsSync(`${path}-wal`) || existsSync(`${path}-shm`);
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const row = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases').get();
    return row?.n ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
    if (!hadLog && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size === 0) for (const s of ['-wal', '-shm']) rmSync(path + s, { force: true });
  }
}

function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function restoreLatestBackup(o: RestoreLatestOptions): Result<RestoreOutcome> {
  const now = o.now ?? (() => new Date());
  const backupDir = o.backupDir ?? defaultBackupDir(o.path);
  try {
    const backups = listBackups(backupDir);
    if (backups.length === 0) return fail('NO_BACKUP', `There is no automatic backup to restore (none in "${backupDir}"). Nothing was changed.`);
    const movedAside: string[] = [];
    const probe = probeFile(o.path);
    if (probe.kind === 'missing') {
      // A log left without its database would be replayed into the restored file: kept aside first.
      movedAside.push(...moveLeftoversAside(o.path, now()));
    } else {
      const n = probe.kind === 'sqlite' ? caseCount(o.path, o.nativeBinding) : null;
      if (n === null)
        return fail('UNREADABLE', `A file is in place at "${o.path}" and CX Case cannot read it as its case database, so no backup was restored over it. Start CX Case without restoring: it checks that file and moves it aside if it is damaged.`);
      if (n > 0)
        return fail('HAS_CASES', `The case database at "${o.path}" holds ${n} case${n === 1 ? '' : 's'}, so the backup was not restored over it. Nothing was changed. To restore the backup anyway, move that file out of the folder first.`);
      movedAside.push(moveAside(o.path, now(), 'empty-before-restore'));
    }
    for (const b of backups) {
      const r = restoreBackup(b.path, o.path, o.nativeBinding);
      if (r.ok) {
        keepPrivate(o.path);
        return ok({ restoredFrom: b, movedAside });
      }
      if (r.error.code !== 'DAMAGED') return r;
    }
    return fail('DAMAGED', `Every automatic backup in "${backupDir}" is damaged, so none was restored (the newest is from ${when(backups[0]?.takenAt ?? '')}).`);
  } catch (e) {
    return fail('IO_ERROR', `The backup could not be restored: ${errorText(e)}`);
  }
}

/** One line for a person: which backup was restored, and what was moved out of its way. */
export function restoredMessage(r: RestoreOutcome): string {
  const moved = r.movedAside.length > 0 ? ` What was in its place was kept, unchanged, at ${r.movedAside.map((p) => `"${p}"`).join(', ')}.` : '';
  return `The automatic backup taken ${when(r.restoredFrom.takenAt)} was restored.${moved}`;
}
