/**
 * A database that cannot be written. Root writes any file, so the store runs in a child process as
 * an unprivileged user (uid 65534) on files that user may read but not write — as a user would
 * meet a file made read-only, another account's file, or a read-only folder.
 */
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCase } from '../../../support/arbitraries';
import { ROOT } from '../../../support/browser-app';
import { openOk, tempDir, unwrap } from './helpers';

const NOBODY = 65534;
const root = process.getuid?.() === 0;

interface ChildOut {
  ok: boolean;
  code?: string;
  message?: string;
  notices?: { code: string; message: string }[];
  listed?: number;
  opened?: boolean;
  write?: string;
}

function run(cmd: string[], o: { until?: RegExp } = {}): Promise<{ out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cmd, { cwd: ROOT, uid: NOBODY, gid: NOBODY, env: { ...process.env, CXCASE_DATA_DIR: '', HOME: '/tmp' } });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      if (o.until?.test(out)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ out, err });
    });
  });
}

async function openAsNobody(path: string): Promise<ChildOut> {
  const r = await run(['--import', 'tsx', join(__dirname, 'fixtures', 'open-and-write.ts'), path]);
  const line = r.out.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`child failed: ${r.out}\n${r.err}`);
  return JSON.parse(line) as ChildOut;
}

/** A data folder with a database of two cases, made by root; everyone may enter and read. */
async function dataFolder(): Promise<{ dir: string; path: string }> {
  const base = tempDir();
  chmodSync(base, 0o755);
  const dir = join(base, 'CX Case');
  mkdirSync(dir);
  const path = join(dir, 'cxcase.sqlite3');
  const store = await openOk({ path });
  for (const seed of [1, 2]) unwrap(store.createCaseFrom(generateCase(seed)));
  store.close();
  chmodSync(dir, 0o755);
  chmodSync(path, 0o644);
  return { dir, path };
}

describe.skipIf(!root)('a database that cannot be written', () => {
  it('a database file the user may only read: opens with a READ_ONLY notice saying changes cannot be saved; reading works; a write answers READ_ONLY', async () => {
    const { dir, path } = await dataFolder();
    chownSync(dir, NOBODY, NOBODY); // the folder is the user's; the file is not theirs to write
    const r = await openAsNobody(path);
    expect(r.ok).toBe(true);
    const notice = r.notices?.find((n) => n.code === 'READ_ONLY');
    expect(notice?.message).toContain('read-only: changes cannot be saved');
    expect(r.listed).toBe(2);
    expect(r.opened).toBe(true);
    expect(r.write).toBe('READ_ONLY');
  }, 60_000);

  it('a read-only folder: refused at open with READ_ONLY naming the folder, nothing changed', async () => {
    const { dir, path } = await dataFolder(); // root's folder, 0755: the user may read, not write
    const r = await openAsNobody(path);
    expect(r.ok).toBe(false);
    expect(r.code).toBe('READ_ONLY');
    expect(r.message).toContain(`The folder "${dir}"`);
    expect(r.message).toContain('read-only');
  }, 60_000);

  it('the browser mode prints the notice when it starts (the desktop app shows the same notices)', async () => {
    const { dir } = await dataFolder();
    chownSync(dir, NOBODY, NOBODY);
    const r = await run([join(ROOT, 'scripts', 'start.mjs'), '--browser', '--data-dir', dir], { until: /127\.0\.0\.1:\d+/ });
    expect(r.out).toContain('The cases database is read-only: changes cannot be saved');
    expect(r.out).toMatch(/local browser mode: http:\/\/127\.0\.0\.1:\d+/);
  }, 60_000);
});
