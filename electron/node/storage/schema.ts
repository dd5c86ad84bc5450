/**
 * The database layout and its migrations, keyed by `PRAGMA user_version`.
 *
 * Layout: case-level fields in `cases` (name, client and dates as columns, for listing and search
 * without reading documents; the other fields as validated JSON), each scenario as one validated
 * JSON row in `scenarios`. Why per scenario: the UI edits one scenario at a time, so autosave
 * validates and writes one scenario (a few kB), not the whole case, and scenario operations
 * (rename, reorder, delete) touch single rows. `versions` holds whole-case JSON snapshots
 * (automatic history and named snapshots): a version is restored as a unit.
 *
 * Rules for adding a migration: append, never edit a released one; each runs in one transaction
 * with its user_version bump, after a backup copy of the database has been taken.
 */
import type Database from 'better-sqlite3';

/** 'CXCS': marks the file as ours (`PRAGMA application_id`), so a foreign SQLite file is never touched. */
export const APPLICATION_ID = 0x43584353;

export interface DbMigration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

/** Lower-case, accents removed: "Società Rossi" is found by "societa". */
export function searchText(...parts: readonly string[]): string {
  return parts
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export const DB_MIGRATIONS: readonly DbMigration[] = [
  {
    version: 1,
    description: 'cases, scenarios, versions, settings, user benchmark figures',
    up: (db) => {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.exec(`
        CREATE TABLE cases (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          client TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          revision INTEGER NOT NULL DEFAULT 1,
          deleted_at TEXT,
          fields TEXT NOT NULL
        ) STRICT;
        CREATE TABLE scenarios (
          case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
          id TEXT NOT NULL,
          position INTEGER NOT NULL,
          name TEXT NOT NULL,
          doc TEXT NOT NULL,
          PRIMARY KEY (case_id, id)
        ) STRICT;
        CREATE TABLE versions (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('auto', 'named')),
          label TEXT NOT NULL,
          created_at TEXT NOT NULL,
          doc TEXT NOT NULL
        ) STRICT;
        CREATE INDEX versions_by_case ON versions (case_id, kind, id);
        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE figures (
          id TEXT PRIMARY KEY,
          doc TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    description: 'accent-insensitive search column and a listing index',
    up: (db) => {
      db.exec(`ALTER TABLE cases ADD COLUMN search_text TEXT NOT NULL DEFAULT ''`);
      const rows = db.prepare<[], { id: string; name: string; client: string }>('SELECT id, name, client FROM cases').all();
      const set = db.prepare('UPDATE cases SET search_text = ? WHERE id = ?');
      for (const r of rows) set.run(searchText(r.name, r.client), r.id);
      db.exec('CREATE INDEX cases_by_update ON cases (deleted_at, updated_at)');
    },
  },
];

export const DB_SCHEMA_VERSION = DB_MIGRATIONS.length;

/** Applies every migration above `from` up to `to`, each in its own transaction. */
export function migrateDatabase(db: Database.Database, from: number, to = DB_SCHEMA_VERSION, steps: readonly DbMigration[] = DB_MIGRATIONS): void {
  for (const m of steps) {
    if (m.version <= from || m.version > to) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
