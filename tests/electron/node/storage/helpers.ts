import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type OpenOptions } from '@electron-node/storage/open';
import type { CaseStore } from '@electron-node/storage/store';
import type { Result } from '@shared/contract/result';

const dirs: string[] = [];
const stores: CaseStore[] = [];

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cxcase-storage-'));
  dirs.push(d);
  return d;
}

/** A clock the test moves by hand. */
export function clock(start = '2026-01-05T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export async function openOk(o: Partial<OpenOptions> & { path: string }): Promise<CaseStore> {
  const r = await openStore({ rollingBackup: false, ...o });
  if (!r.ok) throw new Error(`open failed: ${r.error.code} ${r.error.message}`);
  stores.push(r.store);
  return r.store;
}

/** A store in a fresh temporary folder. */
export async function freshStore(o: Partial<OpenOptions> = {}): Promise<{ store: CaseStore; dir: string; path: string }> {
  const dir = tempDir();
  const path = join(dir, 'cases.sqlite3');
  return { store: await openOk({ path, ...o }), dir, path };
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.problems ?? [])}`);
  return r.data;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
