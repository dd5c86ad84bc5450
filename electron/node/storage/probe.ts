/**
 * The database file before SQLite touches it: its bytes checked (probeFile), and an unreadable
 * file — or the log left without its database — renamed out of the way (moveAside,
 * moveLeftoversAside), kept byte for byte, never overwritten or deleted.
 */
import { closeSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { stamp } from './backups';
import { keepPrivate } from './private-files';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export type Probe =
  | { kind: 'missing' }
  | { kind: 'sqlite' }
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'truncated'; actual: number; expected: number }
  | { kind: 'not-a-file' };

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Looks at the file's bytes only; SQLite is not involved, nothing is written. */
export function probeFile(path: string): Probe {
  if (!existsSync(path)) return { kind: 'missing' };
  const st = statSync(path);
  if (!st.isFile()) return { kind: 'not-a-file' };
  const walBytes = fileSize(`${path}-wal`);
  // Committed data may live only in the write-ahead log after a crash; then SQLite decides.
  if (st.size === 0) return walBytes > 0 ? { kind: 'sqlite' } : { kind: 'empty' };
  const head = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (n < SQLITE_MAGIC.length || !head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return { kind: 'not-sqlite' };
  if (n < 100) return { kind: 'truncated', actual: st.size, expected: 512 };
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return { kind: 'not-sqlite' };
  if (walBytes === 0 && !existsSync(`${path}-journal`)) {
    // The in-header page count is valid only when the change counter matches "version-valid-for".
    const pages = head.readUInt32BE(28);
    const valid = pages > 0 && head.readUInt32BE(24) === head.readUInt32BE(92);
    const expected = valid ? pages * pageSize : Math.ceil(st.size / pageSize) * pageSize;
    if (st.size < expected || st.size % pageSize !== 0) return { kind: 'truncated', actual: st.size, expected: Math.max(expected, pageSize) };
  }
  return { kind: 'sqlite' };
}

/** The files SQLite keeps beside a database: its write-ahead log, the log's index, a rollback journal. */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/** `<path>.<label>-<time>`, with `-2`, `-3`… added until neither it nor any of its companions exists. */
function freeTarget(path: string, now: Date, label: string): string {
  const base = `${path}.${label}-${stamp(now)}`;
  let target = base;
  for (let i = 2; [target, ...COMPANIONS.map((s) => target + s)].some((p) => existsSync(p)); i++) target = `${base}-${i}`;
  return target;
}

/** Renames the file (and its -wal / -shm / -journal companions) to `<name>.unreadable-<time>`; returns the new path. */
export function moveAside(path: string, now: Date, label = 'unreadable'): string {
  const target = freeTarget(path, now, label);
  renameSync(path, target);
  // The log belongs to the file moved: left behind, SQLite could replay it into a new database.
  for (const suffix of COMPANIONS) if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  keepPrivate(target);
  return target;
}

/**
 * The database file is gone but its companions are not (the file was deleted or moved while the
 * app was not closed cleanly). SQLite would replay that log into the new, empty database — pages
 * of a different file — and the result is damaged. So they are renamed like any file moved aside,
 * `<name>.leftover-<time>-wal` etc., kept byte for byte (they may be the only copy of recent edits).
 * Returns the kept files' new paths (none when there was nothing left over).
 */
export function moveLeftoversAside(path: string, now: Date, label = 'leftover'): string[] {
  const present = COMPANIONS.filter((s) => existsSync(path + s));
  if (present.length === 0) return [];
  const target = freeTarget(path, now, label);
  return present.map((suffix) => {
    renameSync(path + suffix, target + suffix);
    keepPrivate(target + suffix, false);
    return target + suffix;
  });
}
