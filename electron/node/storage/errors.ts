/**
 * Turning everything that can go wrong inside the store into a Result a user can read.
 * The store is called from the main process with input that came from the renderer: it must never
 * throw, whatever it is given, and never show a stack trace as a message.
 */
import { fail, type AppError, type Result } from '@shared/contract/result';

type Failure = { ok: false; error: AppError };

/** better-sqlite3 throws SqliteError with a `code` like SQLITE_FULL or SQLITE_IOERR_WRITE. */
export function sqliteCode(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' && e.code.startsWith('SQLITE_')) return e.code;
  return null;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A storage failure in plain words; the technical detail goes last, in brackets, for support. */
export function storageFailure(e: unknown): Failure {
  const code = sqliteCode(e);
  const detail = errorText(e).slice(0, 300);
  if (code === 'SQLITE_FULL') return fail('DISK_FULL', `The disk is full, so the change was not saved. Free some space and try again. (${detail})`);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return fail('BUSY', `The case database is in use by another program or window, so the change was not saved. Try again in a moment. (${detail})`);
  if (code === 'SQLITE_READONLY' || code?.startsWith('SQLITE_READONLY_'))
    return fail('READ_ONLY', `The case database cannot be written (the file or folder is read-only), so the change was not saved. (${detail})`);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return fail('DAMAGED', `The case database is damaged, so the change was not saved. Restart CX Case: it will check the file and offer the newest backup. (${detail})`);
  if (code?.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN')
    return fail('IO_ERROR', `The disk reported an error, so the change was not saved. (${detail})`);
  return fail('INTERNAL', `Something went wrong inside CX Case; nothing was changed. (${detail})`);
}

/** Runs one store operation: its Result, or a readable failure if anything throws. */
export function guard<T>(fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch (e) {
    return e instanceof Abort ? e.failure : storageFailure(e);
  }
}

export async function guardAsync<T>(fn: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await fn();
  } catch (e) {
    return e instanceof Abort ? e.failure : storageFailure(e);
  }
}

/** Thrown inside a transaction to roll it back and return a failure instead of a storage error. */
export class Abort extends Error {
  constructor(readonly failure: Failure) {
    super(failure.error.message);
  }
}

export function notFound(what: string): Failure {
  return fail('NOT_FOUND', `${what} was not found. It may have been deleted in another window.`);
}
