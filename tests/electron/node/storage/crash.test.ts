/**
 * Crash safety: a child process autosaving edits in a loop is killed with SIGKILL at 50 random
 * moments. After each kill the database opens (not moved aside), quick_check is ok, and the case is
 * exactly the state after the newest edit the child reported committed (or the one after it, if the
 * kill fell between the commit and the report) — replayed independently here.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { seededRng } from '../../../support/arbitraries';
import { generateCase } from '../../../support/arbitraries';
import { step } from './fixtures/autosave-step';
import { openOk, tempDir, unwrap } from './helpers';

const ROOT = join(__dirname, '..', '..', '..', '..');
const KILLS = 50;
let childJs = '';

beforeAll(async () => {
  // Bundled once, so each of the 50 starts costs a plain `node` start, not a TypeScript compile.
  childJs = join(tempDir(), 'autosave-child.cjs');
  await build({
    entryPoints: [join(__dirname, 'fixtures', 'autosave-child.ts')],
    outfile: childJs,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
});

interface Run {
  lines: string[];
  signal: NodeJS.Signals | null;
}

/**
 * Starts the child and kills it `delayMs` after its first committed edit (so the kill falls among
 * the writes however loaded the machine is), or `delayMs` after start if `fromStart`.
 */
function runAndKill(db: string, caseId: string, first: number, delayMs: number, fromStart: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, db, caseId, String(first)], {
      cwd: ROOT,
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buf = '';
    let armed = false;
    const arm = () => {
      if (armed) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (fromStart) arm();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      buf += d;
      if (buf.includes('saved ')) arm();
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ lines: buf.split('\n').filter(Boolean), signal }));
  });
}

const withoutStamp = (c: Case) => ({ ...c, updatedAt: '' });

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs at random moments of autosaving with every committed edit intact`, async () => {
    const dir = tempDir();
    const db = join(dir, 'cases.sqlite3');
    const seedStore = await openOk({ path: db });
    let stored = unwrap(seedStore.createCaseFrom(generateCase(2024, { scenarios: [3, 3], segments: [3, 5], moments: [4, 8] })));
    seedStore.close();

    const rng = seededRng(0xc0ffee);
    let next = 1; // the next edit number
    let killedWhileSaving = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const fromStart = kill % 10 === 9; // some kills land while the store is still opening
      const run = await runAndKill(db, stored.id, next, rng.int(0, fromStart ? 250 : 100), fromStart);
      expect(run.signal, `run ${kill}: ${run.lines.slice(-3).join(' | ')}`).toBe('SIGKILL');
      const failures = run.lines.filter((l) => /failed/.test(l));
      expect(failures, `run ${kill}`).toEqual([]);
      const saved = run.lines.flatMap((l) => (/^saved (\d+)$/.exec(l)?.[1] ? [Number(/^saved (\d+)$/.exec(l)![1])] : []));
      const printed = saved.length ? Math.max(...saved) : next - 1;
      if (saved.length > 0) killedWhileSaving++;

      // Reopen as the app would: it must open (not be moved aside), pass quick_check, read and validate the case.
      const store = await openOk({ path: db });
      expect(unwrap(store.quickCheck())).toEqual(['ok']);
      const now = unwrap(store.openCase(stored.id));
      unwrap(store.listVersions(stored.id));
      store.close();

      // Replay the edits from the last verified state: the stored case is the state after `printed`,
      // or after `printed + 1` (committed, killed before it could say so).
      let expected = stored;
      for (let n = next; n <= printed; n++) expected = step(expected, n).next;
      const oneMore = step(expected, printed + 1).next;
      const matches = [expected, oneMore].findIndex((e) => JSON.stringify(withoutStamp(e)) === JSON.stringify(withoutStamp(now)));
      expect(matches, `run ${kill}: stored notes "${now.notes}", newest reported edit ${printed}`).toBeGreaterThanOrEqual(0);
      stored = now;
      next = printed + 1 + matches;
    }
    // The kills fell among the writes (all but the kills during opening), and nothing was ever moved aside.
    expect(killedWhileSaving).toBeGreaterThanOrEqual(KILLS - KILLS / 10);
    expect(readdirSync(dir).filter((f) => f.includes('unreadable'))).toEqual([]);
  }, 120_000);
});
