import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '@electron-node/storage/backups';
import { openStore } from '@electron-node/storage/open';
import { DB_MIGRATIONS, DB_SCHEMA_VERSION, migrateDatabase } from '@electron-node/storage/schema';
import { parseCxcaseText } from '@shared/case/cxcase-file';
import type { Case } from '@shared/case/schema';
import { emptyRisk } from '@shared/risk/schema';
import { generateCase } from '../../../support/arbitraries';
import { asFormat1 } from '../../../support/engine-v1/format1';
import { tempDir, unwrap } from './helpers';

/**
 * A database exactly as the first schema (user_version 1) stored it, written with plain SQL in the
 * first layout — independent of today's store code, which must read it after migrating.
 */
function firstSchemaDatabase(path: string, cases: readonly Case[], trashed: ReadonlySet<string>): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  migrateDatabase(db, 0, 1);
  const insertCase = db.prepare('INSERT INTO cases (id, name, client, created_at, updated_at, revision, deleted_at, fields) VALUES (?, ?, ?, ?, ?, 1, ?, ?)');
  const insertScenario = db.prepare('INSERT INTO scenarios (case_id, id, position, name, doc) VALUES (?, ?, ?, ?, ?)');
  const insertVersion = db.prepare("INSERT INTO versions (case_id, kind, label, created_at, doc) VALUES (?, 'named', 'Before review', ?, ?)");
  db.transaction(() => {
    for (const current of cases) {
      // The app of the first database schema wrote case format 1.
      const c = asFormat1(current) as Case & { scenarios: Case['scenarios'] };
      const { schemaVersion, author, currency, locale, horizonMonths, discountRate, notes } = c;
      insertCase.run(c.id, c.name, c.client, c.createdAt, c.updatedAt, trashed.has(c.id) ? '2026-01-01T00:00:00.000Z' : null, JSON.stringify({ schemaVersion, author, currency, locale, horizonMonths, discountRate, notes }));
      c.scenarios.forEach((s, i) => insertScenario.run(c.id, s.id, i, s.name, JSON.stringify(s)));
      insertVersion.run(c.id, c.updatedAt, JSON.stringify(c));
    }
    db.prepare("INSERT INTO settings (key, value) VALUES ('language', '\"it\"')").run();
  })();
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  db.close();
}

describe('database migrations', () => {
  it('migrates a first-schema database with data: every case identical through its .cxcase export, a backup taken first', async () => {
    const dir = tempDir();
    const path = join(dir, 'cases.sqlite3');
    const cases = Array.from({ length: 12 }, (_, i) => {
      const c = generateCase(100 + i, { scenarios: [1, 3] });
      // Read back at today's format: the register the format-3 migration gives a case with this id.
      return { ...c, id: `case_v1_${i}`, name: i === 0 ? 'Società Bianchi' : c.name, risk: emptyRisk(`case_v1_${i}`) };
    });
    const trashed = new Set(['case_v1_3']);
    firstSchemaDatabase(path, cases, trashed);

    const r = await openStore({ path, rollingBackup: false });
    if (!r.ok) throw new Error(r.error.message);
    const store = r.store;
    try {
      expect(r.notices.map((n) => n.code)).toEqual(['MIGRATED']);
      for (const c of cases) {
        const file = parseCxcaseText(unwrap(store.exportCxcase(c.id)).text);
        if (!file.ok) throw new Error(file.message);
        expect(file.value.case).toEqual(c);
        expect(unwrap(store.listVersions(c.id))).toHaveLength(1);
      }
      expect(unwrap(store.listCases({ trash: true })).map((s) => s.id)).toEqual(['case_v1_3']);
      expect(unwrap(store.listCases({ query: 'societa' })).map((s) => s.id)).toEqual(['case_v1_0']); // the new column was filled in
      expect(unwrap(store.getSettings()).language).toBe('it');
    } finally {
      store.close();
    }

    const [backup, ...more] = listBackups(join(dir, 'backups'));
    expect(more).toEqual([]);
    expect(backup?.kind).toBe('pre-migration');
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: cases.length });
    copy.close();
    const migrated = new Database(path, { readonly: true });
    expect(migrated.pragma('user_version', { simple: true })).toBe(DB_SCHEMA_VERSION);
    migrated.close();
  });

  it('runs each migration in one transaction: a failing step leaves the database at the previous version, data intact', () => {
    const dir = tempDir();
    const path = join(dir, 'cases.sqlite3');
    firstSchemaDatabase(path, [generateCase(5)], new Set());
    const db = new Database(path);
    const failing = [
      ...DB_MIGRATIONS.slice(0, 1),
      {
        version: 2,
        description: 'fails half-way',
        up: (d: Database.Database) => {
          d.exec('ALTER TABLE cases ADD COLUMN doomed TEXT');
          throw new Error('disk on fire');
        },
      },
    ];
    expect(() => migrateDatabase(db, 1, 2, failing)).toThrow('disk on fire');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const cols = db.prepare<[], { name: string }>('PRAGMA table_info(cases)').all().map((c) => c.name);
    expect(cols).not.toContain('doomed');
    expect(db.prepare('SELECT count(*) AS n FROM scenarios').get()).toEqual({ n: generateCase(5).scenarios.length });
    db.close();
  });
});
