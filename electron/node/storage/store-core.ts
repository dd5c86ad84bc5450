/**
 * The store's core, shared by the modules that implement its operations (cases, scenarios,
 * versions, files, settings): the connection and its prepared statements, the guard and the
 * transaction helpers, and reading, validating and writing one case. Internal to this folder: the
 * public face is `CaseStore` (store.ts), which callers get from `openStore`.
 *
 * Every case document is validated with the shared schemas when written and again when read.
 * Every change runs in one IMMEDIATE transaction, so a crash leaves either the old or the new state.
 * Automatic history is coalesced: before a change, the state as it was is kept as an automatic
 * version if the newest automatic version of that case is older than `autoVersionEveryMs`; the
 * newest `keepAutoVersions` are kept. Named snapshots are kept until the user deletes them.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { CaseSummary, VersionInfo } from '@shared/contract/api';
import { fail, ok, type AppError, type Result } from '@shared/contract/result';
import type { CxcaseApp } from '@shared/case/cxcase-file';
import { newId } from '@shared/case/factory';
import { isJsonObject, type JsonObject } from '@shared/case/migrate';
import type { Case } from '@shared/case/schema';
import { parseCase, type Problem } from '@shared/case/validate';
import { listBackups } from './backups';
import { caseFields, financeSettings } from './case-fields';

export { caseFields };
import { Abort, guard, notFound } from './errors';
import { uniqueName, type NameStyle } from './names';
import { searchText } from './schema';

export interface StoreConfig {
  path: string;
  backupDir: string;
  now: () => Date;
  nativeBinding?: string;
  /** At most one automatic version per case per this many milliseconds (default 5 minutes). */
  autoVersionEveryMs: number;
  /** Automatic versions kept per case (default 50); older ones are dropped. */
  keepAutoVersions: number;
  /** Written into exported `.cxcase` files. */
  app: CxcaseApp;
  /** Autosaved edits reach the disk (power-cut safe) at most this long after they commit (default 1 s). */
  flushAfterMs: number;
}

export const DEFAULT_AUTO_VERSION_EVERY_MS = 5 * 60 * 1000;
export const DEFAULT_KEEP_AUTO_VERSIONS = 50;

const IdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export interface CaseRow {
  id: string;
  name: string;
  client: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  fields: string;
}
export interface ScenarioRow {
  id: string;
  name: string;
  doc: string;
}
export interface SummaryRow {
  id: string;
  name: string;
  client: string;
  updated_at: string;
  deleted_at: string | null;
  scenario_count: number;
}
export interface VersionRow {
  id: number;
  kind: string;
  label: string;
  created_at: string;
}


export function invalid(message: string, problems: Problem[]): { ok: false; error: AppError } {
  return fail('INVALID_INPUT', message, problems);
}

/** Names typed into a field: surrounding spaces are not part of the name. */
export function trimmed(x: unknown): unknown {
  return typeof x === 'string' ? x.trim() : x;
}

export function checkId(x: unknown, what: string): { ok: false; error: AppError } | null {
  return IdSchema.safeParse(x).success ? null : fail('INVALID_INPUT', `${what} is not a valid id.`);
}

/** A stored JSON text, parsed; its raw text when it cannot be parsed (damaged bytes), so validation reports it. */
export function storedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** 2026-01-05T09:00:00.000Z → 2026-01-05 09:00 UTC */
export function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function toSummary(r: SummaryRow): CaseSummary {
  return { id: r.id, name: r.name, client: r.client, updatedAt: r.updated_at, scenarioCount: r.scenario_count, deletedAt: r.deleted_at };
}

export function toVersionInfo(r: VersionRow): VersionInfo {
  return { id: r.id, createdAt: r.created_at, kind: r.kind === 'named' ? 'named' : 'auto', label: r.kind === 'named' ? r.label : null };
}


export class StoreCore {
  closed = false;
  flushTimer: NodeJS.Timeout | null = null;
  commitsSinceFlush = 0;
  readonly st;

  constructor(
    readonly db: Database.Database,
    readonly config: StoreConfig,
  ) {
    this.st = {
      caseRow: db.prepare<[string], CaseRow>('SELECT id, name, client, created_at, updated_at, deleted_at, fields FROM cases WHERE id = ?'),
      scenarioRows: db.prepare<[string], ScenarioRow>('SELECT id, name, doc FROM scenarios WHERE case_id = ? ORDER BY position'),
      insertCase: db.prepare(
        'INSERT INTO cases (id, name, client, created_at, updated_at, revision, deleted_at, fields, search_text) VALUES (?, ?, ?, ?, ?, 1, NULL, ?, ?)',
      ),
      updateCase: db.prepare('UPDATE cases SET name = ?, client = ?, fields = ?, search_text = ?, updated_at = ?, revision = revision + 1 WHERE id = ?'),
      touchCase: db.prepare('UPDATE cases SET updated_at = ?, revision = revision + 1 WHERE id = ?'),
      insertScenario: db.prepare('INSERT INTO scenarios (case_id, id, position, name, doc) VALUES (?, ?, ?, ?, ?)'),
      updateScenario: db.prepare('UPDATE scenarios SET position = ?, name = ?, doc = ? WHERE case_id = ? AND id = ?'),
      deleteScenario: db.prepare('DELETE FROM scenarios WHERE case_id = ? AND id = ?'),
      names: db.prepare<[], { name: string }>('SELECT name FROM cases'),
      lastAuto: db.prepare<[string], { created_at: string }>("SELECT created_at FROM versions WHERE case_id = ? AND kind = 'auto' ORDER BY id DESC LIMIT 1"),
      insertVersion: db.prepare<[string, string, string, string, string], VersionRow>(
        'INSERT INTO versions (case_id, kind, label, created_at, doc) VALUES (?, ?, ?, ?, ?) RETURNING id, kind, label, created_at',
      ),
      pruneAuto: db.prepare(
        "DELETE FROM versions WHERE case_id = ? AND kind = 'auto' AND id NOT IN (SELECT id FROM versions WHERE case_id = ? AND kind = 'auto' ORDER BY id DESC LIMIT ?)",
      ),
      listVersions: db.prepare<[string], VersionRow>('SELECT id, kind, label, created_at FROM versions WHERE case_id = ? ORDER BY id DESC'),
      versionDoc: db.prepare<[number, string], { doc: string; label: string; created_at: string }>('SELECT doc, label, created_at FROM versions WHERE id = ? AND case_id = ?'),
      deleteVersion: db.prepare('DELETE FROM versions WHERE id = ? AND case_id = ?'),
      summary: db.prepare<[string], SummaryRow>(
        'SELECT c.id, c.name, c.client, c.updated_at, c.deleted_at, (SELECT count(*) FROM scenarios s WHERE s.case_id = c.id) AS scenario_count FROM cases c WHERE c.id = ?',
      ),
      setDeleted: db.prepare('UPDATE cases SET deleted_at = ? WHERE id = ?'),
      purge: db.prepare('DELETE FROM cases WHERE id = ? AND deleted_at IS NOT NULL'),
      getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      putSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      figures: db.prepare<[], { doc: string }>('SELECT doc FROM figures ORDER BY created_at, id'),
      putFigure: db.prepare(
        'INSERT INTO figures (id, doc, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at',
      ),
      deleteFigure: db.prepare('DELETE FROM figures WHERE id = ?'),
    };
  }

  get path(): string {
    return this.config.path;
  }

  nowIso(): string {
    return this.config.now().toISOString();
  }

  /**
   * The `updated_at` a change to a case stamps: now, but always later than the stored value (by
   * 1 ms when the clock has not moved on since, or was set back). Every write thus changes it, so
   * a save that expects the value it last saw (`saveCase`'s conflict check) cannot miss a change
   * made in the same millisecond or under a clock that went back.
   */
  nextUpdatedAt(row: CaseRow): string {
    const now = this.config.now().getTime();
    const stored = Date.parse(row.updated_at);
    return new Date(Number.isFinite(stored) && now <= stored ? stored + 1 : now).toISOString();
  }

  /** Guard plus "is the store still open". */
  run<T>(fn: () => Result<T>): Result<T> {
    if (this.closed) return fail('CLOSED', 'The case database is closed. Restart CX Case.');
    return guard(fn);
  }

  /**
   * One IMMEDIATE transaction. Commits are safe from any process crash at once (WAL); they are made
   * safe from a power cut by a checkpoint — at once for structural changes (`durable`: a new,
   * imported, deleted or restored case), within `flushAfterMs` (1 s) for autosaves, so typing never
   * waits for the disk.
   */
  tx<T>(fn: () => T, durable = false): T {
    const out = this.db.transaction(fn).immediate();
    // Checkpoints run here, not inside commits (wal_autocheckpoint is off): a long burst without
    // an idle moment still checkpoints every 500 commits, bounding the log.
    if (durable || ++this.commitsSinceFlush >= 500) this.flush();
    else this.scheduleFlush();
    return out;
  }

  durableTx<T>(fn: () => T): T {
    return this.tx(fn, true);
  }

  scheduleFlush(): void {
    if (this.flushTimer !== null || this.closed) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flush();
    }, this.config.flushAfterMs);
    this.flushTimer.unref();
  }

  /** Syncs every committed change to the disk (a passive WAL checkpoint). Safe to call any time. */
  flush(): Result<{ synced: boolean }> {
    return this.run(() => {
      this.commitsSinceFlush = 0;
      const rows: unknown = this.db.pragma('wal_checkpoint(PASSIVE)');
      const row: unknown = Array.isArray(rows) ? rows[0] : undefined;
      return ok({ synced: isJsonObject(row) && row['busy'] === 0 });
    });
  }

  // ------------------------------------------------------------------ reading

  /**
   * The case as stored, put back together as one document; not yet validated. A row whose JSON
   * cannot be parsed (its bytes damaged) is kept as its raw text, so validation fails on it (the
   * case reads as damaged, see `damaged`) and an automatic version taken before a change keeps it.
   */
  assemble(row: CaseRow, scenarios: readonly ScenarioRow[]): JsonObject {
    const fields = storedJson(row.fields);
    const f = isJsonObject(fields) ? fields : {};
    return {
      schemaVersion: f['schemaVersion'],
      id: row.id,
      name: row.name,
      client: row.client,
      author: f['author'],
      currency: f['currency'],
      locale: f['locale'],
      horizonMonths: f['horizonMonths'],
      discountRate: f['discountRate'],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      notes: f['notes'],
      ...financeSettings(f),
      ...('risk' in f ? { risk: f['risk'] } : {}),
      scenarios: scenarios.map((s) => storedJson(s.doc)),
    };
  }

  /** Reads and validates one case (documents are validated on every read, not only on write). */
  readCase(id: string): Result<Case> {
    const row = this.st.caseRow.get(id);
    if (!row) return notFound('This case');
    return this.validateStored(this.assemble(row, this.st.scenarioRows.all(id)), row);
  }

  /** The stored case `doc` (assembled from `row`), validated; CASE_DAMAGED when it is not valid. */
  validateStored(doc: unknown, row: CaseRow): Result<Case> {
    const r = parseCase(doc);
    return r.ok ? ok(r.value) : this.damaged(row, r.problems);
  }

  /** A version's stored document, validated; VERSION_DAMAGED when it cannot be read. */
  validateVersion(text: string): Result<Case> {
    const r = parseCase(storedJson(text));
    if (!r.ok) return fail('VERSION_DAMAGED', 'This version of the case is damaged and cannot be read, so it was not used. Choose another version.', r.problems);
    return ok(r.value);
  }

  /**
   * The answer for a case whose stored record is damaged (bytes changed inside a row, or a document
   * that no longer passes validation; the file itself passed SQLite's check). It names the case and
   * what can bring it back: its newest readable version, or the newest backup. Every other case
   * keeps working: nothing but this case's own rows is read.
   */
  damaged(row: CaseRow, problems: Problem[]): { ok: false; error: AppError } {
    const newest = this.st.listVersions.all(row.id).find((v) => {
      const doc = this.st.versionDoc.get(v.id, row.id);
      return doc !== undefined && parseCase(storedJson(doc.doc)).ok;
    });
    const backup = listBackups(this.config.backupDir)[0];
    const offer = newest
      ? `Restore its newest readable version, saved ${when(newest.created_at)}${backup ? `, or the newest automatic backup, taken ${when(backup.takenAt)}` : ''}.`
      : backup
        ? `It has no readable saved version; the newest automatic backup, taken ${when(backup.takenAt)}, can be restored.`
        : 'It has no readable saved version and there is no automatic backup to restore.';
    const shown = problems.slice(0, 20);
    return fail('CASE_DAMAGED', `The case "${row.name}" is damaged: part of it cannot be read, so it was not opened or changed. Your other cases are not affected. ${offer}`, shown);
  }

  liveRow(id: string): CaseRow {
    const row = this.st.caseRow.get(id);
    if (!row) throw new Abort(notFound('This case'));
    if (row.deleted_at !== null) throw new Abort(fail('IN_TRASH', 'This case is in the trash. Restore it first to change it.'));
    return row;
  }

  // ------------------------------------------------------------------ writing

  insertCase(c: Case): void {
    this.st.insertCase.run(c.id, c.name, c.client, c.createdAt, c.updatedAt, caseFields(c), searchText(c.name, c.client));
    c.scenarios.forEach((s, i) => this.st.insertScenario.run(c.id, s.id, i, s.name, JSON.stringify(s)));
  }

  /** Writes a validated case over the stored one; scenario rows that did not change are not rewritten. */
  overwriteCase(
    c: Case,
    updatedAt: string,
    docs: readonly string[] = c.scenarios.map((s) => JSON.stringify(s)),
    rows: readonly ScenarioRow[] = this.st.scenarioRows.all(c.id),
  ): void {
    this.st.updateCase.run(c.name, c.client, caseFields(c), searchText(c.name, c.client), updatedAt, c.id);
    const stored = new Map(rows.map((r, i) => [r.id, { ...r, position: i }]));
    const keep = new Set(c.scenarios.map((s) => s.id));
    for (const id of stored.keys()) if (!keep.has(id)) this.st.deleteScenario.run(c.id, id);
    c.scenarios.forEach((s, i) => {
      const doc = docs[i] ?? JSON.stringify(s);
      const old = stored.get(s.id);
      if (!old) this.st.insertScenario.run(c.id, s.id, i, s.name, doc);
      else if (old.doc !== doc || old.position !== i || old.name !== s.name) this.st.updateScenario.run(i, s.name, doc, c.id, s.id);
    });
  }

  /** True when `c` is exactly what is stored (an autosave with nothing new writes nothing). */
  sameAsStored(c: Case, row: CaseRow, docs: readonly string[], stored: readonly ScenarioRow[]): boolean {
    if (row.name !== c.name || row.client !== c.client || row.fields !== caseFields(c)) return false;
    return stored.length === docs.length && stored.every((r, i) => r.doc === docs[i]);
  }

  /**
   * Automatic history: keeps the state before this change as a version, at most one per
   * `autoVersionEveryMs` per case, so a burst of edits costs one snapshot, not one per keystroke.
   */
  beforeChange(row: CaseRow, force: string | null = null): void {
    const now = this.config.now().getTime();
    if (force === null) {
      const last = this.st.lastAuto.get(row.id);
      if (last && now - Date.parse(last.created_at) < this.config.autoVersionEveryMs) return;
    }
    const doc = JSON.stringify(this.assemble(row, this.st.scenarioRows.all(row.id)));
    this.st.insertVersion.get(row.id, 'auto', force ?? '', new Date(now).toISOString(), doc);
    this.st.pruneAuto.run(row.id, row.id, this.config.keepAutoVersions);
  }

  takenNames(): Set<string> {
    return new Set(this.st.names.all().map((r) => r.name.toLowerCase()));
  }

  summaryOf(id: string): CaseSummary {
    const r = this.st.summary.get(id);
    if (!r) throw new Abort(notFound('This case'));
    return toSummary(r);
  }

  /** A new case from a validated document: new id, fresh dates, a name that is not taken. */
  addAsNew(c: Case, style: NameStyle): { c: Case; renamed: boolean } {
    const now = this.nowIso();
    const name = uniqueName(c.name, this.takenNames(), style);
    const next: Case = { ...c, id: newId('case'), name, createdAt: now, updatedAt: now };
    this.insertCase(next);
    return { c: next, renamed: name !== c.name };
  }

  /** Read, change and write one case in one transaction; the changed document is validated before it is written. */
  mutate<T>(caseId: unknown, change: (c: Case) => Result<{ next: Case; value: T }>): Result<T> {
    return this.run(() => {
      const bad = checkId(caseId, 'The case');
      if (bad || typeof caseId !== 'string') return bad ?? fail('INVALID_INPUT', 'The case is not a valid id.');
      return this.tx(() => {
        const row = this.liveRow(caseId);
        const current = this.validateStored(this.assemble(row, this.st.scenarioRows.all(caseId)), row);
        if (!current.ok) return current;
        const changed = change(current.data);
        if (!changed.ok) return changed;
        const updatedAt = this.nextUpdatedAt(row);
        const checked = parseCase({ ...changed.data.next, updatedAt });
        if (!checked.ok) return invalid('The change was not saved: the case would not be valid.', checked.problems);
        this.beforeChange(row);
        this.overwriteCase(checked.value, updatedAt);
        return ok(changed.data.value);
      });
    });
  }

}
