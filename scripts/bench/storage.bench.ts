/**
 * Storage: autosave (one accepted edit persisted: validate + one IMMEDIATE transaction in WAL mode,
 * synchronous=NORMAL as the app runs it — crash-safe at commit, synced to disk within 1 s by a
 * background checkpoint, measured separately) and listing 1,000 cases, on a real file in a
 * temporary folder. Targets (issue): autosave p95 < 5 ms; listing 1,000 cases median < 20 ms.
 * The synchronous=FULL line shows what syncing every keystroke's save would cost on this disk.
 * Autosave is measured in steady state, after 300 warm-up saves: the first few hundred calls after
 * start pay V8's compilation of the validators (p95 of a few ms, then ~0.2 ms), which a session of
 * typing pays once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type OpenOptions } from '@electron-node/storage/open';
import type { CaseStore } from '@electron-node/storage/store';
import type { Case } from '@shared/case/schema';
import { generateCase, generateLargeCase } from '@tests/support/arbitraries';
import { report, time } from './stats';

const dir = mkdtempSync(join(tmpdir(), 'cxcase-bench-'));

async function open(name: string, o: Partial<OpenOptions> = {}): Promise<CaseStore> {
  const r = await openStore({ path: join(dir, name), rollingBackup: false, ...o });
  if (!r.ok) throw new Error(r.error.message);
  return r.store;
}

function must<T>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

/** One accepted edit: a different number in one scenario each time, so the row really changes. */
function edited(c: Case, i: number): Case {
  const k = i % c.scenarios.length;
  return { ...c, scenarios: c.scenarios.map((s, j) => (j === k ? { ...s, service: { ...s.service, agentHourCost: 20 + (i % 1000) / 10 } } : s)) };
}

async function autosave(label: string, c0: Case, o: Partial<OpenOptions> = {}, runs = 1000, warmup = 300): Promise<void> {
  const store = await open(`${label.replace(/\W+/g, '-')}.sqlite3`, o);
  const c = must(store.createCaseFrom(c0));
  let i = 0;
  report(`autosave saveCase, ${label} (${(JSON.stringify(c).length / 1024).toFixed(0)} kB)`, time(() => void must(store.saveCase(edited(c, i++))), runs, warmup), 5, 'p95');
  report(
    `autosave saveScenario, ${label}`,
    time(() => {
      const e = edited(c, i++);
      must(store.saveScenario(c.id, e.scenarios[i % e.scenarios.length]));
    }, runs, warmup),
    5,
    'p95',
  );
  report(
    `disk sync (checkpoint) after an edit, ${label}`,
    time(() => {
      must(store.saveScenario(c.id, edited(c, i++).scenarios[i % c.scenarios.length]));
      must(store.flush());
    }, 100),
  );
  store.close();
}

async function main(): Promise<void> {
  try {
    const typical = generateCase(7, { scenarios: [3, 3], segments: [5, 5], moments: [8, 8], revenueLines: [6, 6], costLines: [5, 5] });
    await autosave('typical case, 3 scenarios', typical);
    await autosave('large case, 3 × (20 segments, 30 moments)', generateLargeCase());
    await autosave('typical case, synchronous=FULL', typical, { synchronous: 'FULL' }, 200, 50);

    const store = await open('thousand.sqlite3');
    for (let i = 0; i < 1000; i++) must(store.createCaseFrom({ ...generateCase(i + 1, { scenarios: [1, 3] }), client: `Client ${i}` }));
    report('list 1,000 cases', time(() => void must(store.listCases()), 200), 20);
    report('search 1,000 cases ("client 99")', time(() => void must(store.listCases({ query: 'client 99' })), 200), 20);
    const some = must(store.listCases())[500]!;
    report('open one case (read + validate)', time(() => void must(store.openCase(some.id)), 200));
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
