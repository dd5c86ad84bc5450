/**
 * The one way a file the user names is read (the CLI, the desktop app's open dialog): never more
 * than a limit, and only a regular file. A path is opened without blocking (a FIFO must not hang
 * the open), the opened descriptor is checked with fstat (no race between a check and the read:
 * what is read is what was checked), and at most limit + 1 bytes are read, so /dev/zero, a device
 * or a file growing while it is read cannot exhaust memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeCaseFileBytes, MAX_CXCASE_BYTES } from '@shared/case/cxcase-file';

export type ReadBoundedResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

const mb = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;

function openFailure(path: string, e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') return `Cannot read ${path}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `Cannot read ${path}: permission denied`;
  if (code === 'EISDIR') return `${path} is not a regular file (it is a folder)`;
  if (code === 'ELOOP') return `Cannot read ${path}: too many symbolic links`;
  if (code === 'ENAMETOOLONG') return `Cannot read ${path}: the path is too long`;
  if (code === 'ENOTDIR') return `Cannot read ${path}: a part of the path is not a folder`;
  return `Cannot read ${path}${code ? ` (${code})` : ''}`;
}

/** The bytes of the regular file at `path`, if it holds at most `limit` bytes; else a message naming the path. */
export function readBounded(path: string, limit: number): ReadBoundedResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    // (Windows has no O_NONBLOCK and no FIFOs in the file system.)
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return { ok: false, message: openFailure(path, e) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, message: `${path} is not a regular file (it is a folder)` };
    if (!st.isFile()) return { ok: false, message: `${path} is not a regular file (it is a device, a pipe or a socket)` };
    if (st.size > limit) return { ok: false, message: `${path} is larger than ${mb(limit)} (${mb(st.size)}), so it cannot be a CX Case file` };
    // Read to the end, but never past limit + 1 bytes: the file may grow while it is read.
    let buf = Buffer.allocUnsafe(Math.min(st.size, limit) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > limit) return { ok: false, message: `${path} is larger than ${mb(limit)}, so it cannot be a CX Case file` };
    return { ok: true, bytes: buf.subarray(0, n) };
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    return { ok: false, message: `Cannot read ${path}${code ? ` (${code})` : ''}` };
  } finally {
    closeSync(fd);
  }
}

/** A case file's text: bounded (20 MB), a regular file, strictly UTF-8 (a byte-order mark dropped). */
export function readCaseFileText(path: string, limit = MAX_CXCASE_BYTES): { ok: true; text: string } | { ok: false; message: string } {
  const r = readBounded(path, limit);
  if (!r.ok) return r;
  const d = decodeCaseFileBytes(r.bytes);
  return d.ok ? d : { ok: false, message: `${path} ${d.message}` };
}
