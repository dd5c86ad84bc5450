/**
 * The case store: every operation the UI needs on the cases database, synchronous (better-sqlite3
 * is), each returning a Result — data, or an error a user can read. Nothing here throws to the
 * caller, whatever it is given: the main process passes on input that came from the renderer.
 *
 * Every case document is validated with the shared schemas when written and again when read.
 * Every change runs in one IMMEDIATE transaction, so a crash leaves either the old or the new state.
 * Automatic history is coalesced: before a change, the state as it was is kept as an automatic
 * version if the newest automatic version of that case is older than `autoVersionEveryMs`; the
 * newest `keepAutoVersions` are kept. Named snapshots are kept until the user deletes them.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { CaseSummary, FilePayload, Settings, VersionInfo } from '../../../shared/contract/api';
import { SettingsSchema } from '../../../shared/contract/api';
import { fail, ok, type AppError, type Result } from '../../../shared/contract/result';
import { FIGURES, FigureSchema, type Figure } from '../../../shared/benchmarks/library';
import { parseCxcaseText, serializeCxcase, type CxcaseApp } from '../../../shared/case/cxcase-file';
import { blankCase, blankScenario, duplicateScenario as copyScenario, newId } from '../../../shared/case/factory';
import { isJsonObject, type JsonObject } from '../../../shared/case/migrate';
import { CURRENCIES, LOCALES, MAX_NAME_LENGTH, name as nameSchema, type Case, type Scenario } from '../../../shared/case/schema';
import { checkScenarioInCase, parseCase, problemsFromIssues, type Problem } from '../../../shared/case/validate';
import { listBackups, rollingBackup, takeBackup, type BackupInfo } from './backups';
import { Abort, guard, guardAsync, notFound } from './errors';
import { searchText } from './schema';

export type { CaseSummary, VersionInfo, Settings };

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
export const MAX_REPORTED_PROBLEMS = 100;
export const DEFAULT_SETTINGS: Settings = { language: null, lastCaseId: null };

export const WindowStateSchema = z.strictObject({
  x: z.int().min(-100_000).max(100_000),
  y: z.int().min(-100_000).max(100_000),
  width: z.int().min(100).max(100_000),
  height: z.int().min(100).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const CreateCaseInputSchema = z.strictObject({
  name: nameSchema(),
  client: z.string().max(MAX_NAME_LENGTH, { error: `At most ${MAX_NAME_LENGTH} characters` }).optional(),
  author: z.string().max(MAX_NAME_LENGTH, { error: `At most ${MAX_NAME_LENGTH} characters` }).optional(),
  currency: z.enum(CURRENCIES).optional(),
  locale: z.enum(LOCALES).optional(),
});
export type CreateCaseInput = z.input<typeof CreateCaseInputSchema>;

/** User-added benchmark figures: the library's shape, with bounded text, and ids that cannot shadow a shipped figure. */
const LIBRARY_IDS = new Set(FIGURES.map((f) => f.id));
const short = z.string().max(MAX_NAME_LENGTH, { error: `At most ${MAX_NAME_LENGTH} characters` });
export const UserFigureSchema = FigureSchema.extend({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Only letters, digits, - and _ (at most 64)' })
    .refine((id) => !LIBRARY_IDS.has(id), { error: 'A shipped benchmark figure already has this id' }),
  label: z.strictObject({ en: short, it: short }),
  unit: short,
  source: short,
  seed: short,
});

export interface ImportOutcome {
  summary: CaseSummary;
  /** True when the name was taken and the case was given a suffix such as "(imported)". */
  renamed: boolean;
}

const IdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

interface CaseRow {
  id: string;
  name: string;
  client: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  fields: string;
}
interface ScenarioRow {
  id: string;
  name: string;
  doc: string;
}
interface SummaryRow {
  id: string;
  name: string;
  client: string;
  updated_at: string;
  deleted_at: string | null;
  scenario_count: number;
}
interface VersionRow {
  id: number;
  kind: string;
  label: string;
  created_at: string;
}

type NameStyle = 'imported' | 'copy' | 'number';

function invalid(message: string, problems: Problem[]): { ok: false; error: AppError } {
  return fail('INVALID_INPUT', message, problems);
}

/** Names typed into a field: surrounding spaces are not part of the name. */
function trimmed(x: unknown): unknown {
  return typeof x === 'string' ? x.trim() : x;
}

function checkId(x: unknown, what: string): { ok: false; error: AppError } | null {
  return IdSchema.safeParse(x).success ? null : fail('INVALID_INPUT', `${what} is not a valid id.`);
}

/** Case-level fields other than those kept as columns; stored as JSON. */
function caseFields(c: Case): string {
  return JSON.stringify({
    schemaVersion: c.schemaVersion,
    author: c.author,
    currency: c.currency,
    locale: c.locale,
    horizonMonths: c.horizonMonths,
    discountRate: c.discountRate,
    notes: c.notes,
  });
}

function toSummary(r: SummaryRow): CaseSummary {
  return { id: r.id, name: r.name, client: r.client, updatedAt: r.updated_at, scenarioCount: r.scenario_count, deletedAt: r.deleted_at };
}

function toVersionInfo(r: VersionRow): VersionInfo {
  return { id: r.id, createdAt: r.created_at, kind: r.kind === 'named' ? 'named' : 'auto', label: r.kind === 'named' ? r.label : null };
}

/** A name that is valid in every file system, from a case name; `extension` with or without its dot. */
export function fileNameFor(caseName: string, extension: string): string {
  const ext = extension === '' || extension.startsWith('.') ? extension : `.${extension}`;
  const base = caseName
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${base || 'case'}${ext}`;
}

/** "Name", else "Name (imported)", "Name (imported 2)", … within the length limit. */
export function uniqueName(base: string, taken: ReadonlySet<string>, style: NameStyle): string {
  const free = (n: string) => !taken.has(n.toLowerCase());
  if (free(base)) return base;
  for (let i = 1; i < 10_000; i++) {
    const word = style === 'imported' ? 'imported' : style === 'copy' ? 'copy' : '';
    const suffix = style === 'number' ? ` (${i + 1})` : i === 1 ? ` (${word})` : ` (${word} ${i})`;
    const candidate = base.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (free(candidate)) return candidate;
  }
  return `${base.slice(0, MAX_NAME_LENGTH - 20)} (${newId('n')})`;
}

export class CaseStore {
  private closed = false;
  private flushTimer: NodeJS.Timeout | null = null;
  private commitsSinceFlush = 0;
  private backupTimer: NodeJS.Timeout | null = null;
  private backupInFlight: Promise<Result<BackupInfo | null>> | null = null;
  private readonly st;

  constructor(
    private readonly db: Database.Database,
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

  private nowIso(): string {
    return this.config.now().toISOString();
  }

  /**
   * The `updated_at` a change to a case stamps: now, but always later than the stored value (by
   * 1 ms when the clock has not moved on since, or was set back). Every write thus changes it, so
   * a save that expects the value it last saw (`saveCase`'s conflict check) cannot miss a change
   * made in the same millisecond or under a clock that went back.
   */
  private nextUpdatedAt(row: CaseRow): string {
    const now = this.config.now().getTime();
    const stored = Date.parse(row.updated_at);
    return new Date(Number.isFinite(stored) && now <= stored ? stored + 1 : now).toISOString();
  }

  /** Guard plus "is the store still open". */
  private run<T>(fn: () => Result<T>): Result<T> {
    if (this.closed) return fail('CLOSED', 'The case database is closed. Restart CX Case.');
    return guard(fn);
  }

  /**
   * One IMMEDIATE transaction. Commits are safe from any process crash at once (WAL); they are made
   * safe from a power cut by a checkpoint — at once for structural changes (`durable`: a new,
   * imported, deleted or restored case), within `flushAfterMs` (1 s) for autosaves, so typing never
   * waits for the disk.
   */
  private tx<T>(fn: () => T, durable = false): T {
    const out = this.db.transaction(fn).immediate();
    // Checkpoints run here, not inside commits (wal_autocheckpoint is off): a long burst without
    // an idle moment still checkpoints every 500 commits, bounding the log.
    if (durable || ++this.commitsSinceFlush >= 500) this.flush();
    else this.scheduleFlush();
    return out;
  }

  private durableTx<T>(fn: () => T): T {
    return this.tx(fn, true);
  }

  private scheduleFlush(): void {
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

  /** The case as stored, put back together as one document; not yet validated. */
  private assemble(row: CaseRow, scenarios: readonly ScenarioRow[]): JsonObject {
    const fields: unknown = JSON.parse(row.fields);
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
      scenarios: scenarios.map((s): unknown => JSON.parse(s.doc)),
    };
  }

  /** Reads and validates one case (documents are validated on every read, not only on write). */
  private readCase(id: string): Result<Case> {
    const row = this.st.caseRow.get(id);
    if (!row) return notFound('This case');
    return this.validateStored(this.assemble(row, this.st.scenarioRows.all(id)));
  }

  private validateStored(doc: unknown): Result<Case> {
    const r = parseCase(doc);
    if (!r.ok) return fail('STORED_CASE_INVALID', 'This case is stored in a form CX Case cannot read, so it was not opened. Restore a version or a backup.', r.problems);
    return ok(r.value);
  }

  private liveRow(id: string): CaseRow {
    const row = this.st.caseRow.get(id);
    if (!row) throw new Abort(notFound('This case'));
    if (row.deleted_at !== null) throw new Abort(fail('IN_TRASH', 'This case is in the trash. Restore it first to change it.'));
    return row;
  }

  // ------------------------------------------------------------------ writing

  private insertCase(c: Case): void {
    this.st.insertCase.run(c.id, c.name, c.client, c.createdAt, c.updatedAt, caseFields(c), searchText(c.name, c.client));
    c.scenarios.forEach((s, i) => this.st.insertScenario.run(c.id, s.id, i, s.name, JSON.stringify(s)));
  }

  /** Writes a validated case over the stored one; scenario rows that did not change are not rewritten. */
  private overwriteCase(
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
  private sameAsStored(c: Case, row: CaseRow, docs: readonly string[], stored: readonly ScenarioRow[]): boolean {
    if (row.name !== c.name || row.client !== c.client || row.fields !== caseFields(c)) return false;
    return stored.length === docs.length && stored.every((r, i) => r.doc === docs[i]);
  }

  /**
   * Automatic history: keeps the state before this change as a version, at most one per
   * `autoVersionEveryMs` per case, so a burst of edits costs one snapshot, not one per keystroke.
   */
  private beforeChange(row: CaseRow, force: string | null = null): void {
    const now = this.config.now().getTime();
    if (force === null) {
      const last = this.st.lastAuto.get(row.id);
      if (last && now - Date.parse(last.created_at) < this.config.autoVersionEveryMs) return;
    }
    const doc = JSON.stringify(this.assemble(row, this.st.scenarioRows.all(row.id)));
    this.st.insertVersion.get(row.id, 'auto', force ?? '', new Date(now).toISOString(), doc);
    this.st.pruneAuto.run(row.id, row.id, this.config.keepAutoVersions);
  }

  private takenNames(): Set<string> {
    return new Set(this.st.names.all().map((r) => r.name.toLowerCase()));
  }

  private summaryOf(id: string): CaseSummary {
    const r = this.st.summary.get(id);
    if (!r) throw new Abort(notFound('This case'));
    return toSummary(r);
  }

  /** A new case from a validated document: new id, fresh dates, a name that is not taken. */
  private addAsNew(c: Case, style: NameStyle): { c: Case; renamed: boolean } {
    const now = this.nowIso();
    const name = uniqueName(c.name, this.takenNames(), style);
    const next: Case = { ...c, id: newId('case'), name, createdAt: now, updatedAt: now };
    this.insertCase(next);
    return { c: next, renamed: name !== c.name };
  }

  /** Read, change and write one case in one transaction; the changed document is validated before it is written. */
  private mutate<T>(caseId: unknown, change: (c: Case) => Result<{ next: Case; value: T }>): Result<T> {
    return this.run(() => {
      const bad = checkId(caseId, 'The case');
      if (bad || typeof caseId !== 'string') return bad ?? fail('INVALID_INPUT', 'The case is not a valid id.');
      return this.tx(() => {
        const row = this.liveRow(caseId);
        const current = this.validateStored(this.assemble(row, this.st.scenarioRows.all(caseId)));
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

  // ------------------------------------------------------------------ cases

  /** Cases, newest change first; `query` matches name or client, ignoring case and accents, every word. */
  listCases(o: { query?: string; trash?: boolean; sort?: 'updated' | 'name' } = {}): Result<CaseSummary[]> {
    return this.run(() => {
      const query = typeof o.query === 'string' ? o.query.slice(0, 200) : '';
      const words = searchText(query).split(/\s+/).filter(Boolean).slice(0, 8);
      const where = [o.trash === true ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL', ...words.map(() => "c.search_text LIKE ? ESCAPE '\\'")];
      const order = o.sort === 'name' ? 'c.name COLLATE NOCASE, c.id' : 'c.updated_at DESC, c.id';
      const sql = `SELECT c.id, c.name, c.client, c.updated_at, c.deleted_at, (SELECT count(*) FROM scenarios s WHERE s.case_id = c.id) AS scenario_count FROM cases c WHERE ${where.join(' AND ')} ORDER BY ${order}`;
      const params = words.map((w) => `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      return ok(this.db.prepare<string[], SummaryRow>(sql).all(...params).map(toSummary));
    });
  }

  createCase(input: unknown): Result<Case> {
    return this.run(() => {
      const r = CreateCaseInputSchema.safeParse(isJsonObject(input) ? { ...input, name: trimmed(input['name']) } : input);
      if (!r.success) return invalid('The new case was not created: check the highlighted fields.', problemsFromIssues(r.error.issues));
      const doc = blankCase({ ...r.data, now: this.nowIso() });
      const checked = parseCase(doc);
      if (!checked.ok) return invalid('The new case was not created.', checked.problems);
      return this.durableTx(() => ok(this.addAsNew(checked.value, 'number').c));
    });
  }

  /** A new case from a whole document, e.g. a sample the caller has read: validated, new id, unique name. */
  createCaseFrom(doc: unknown): Result<Case> {
    return this.run(() => {
      const r = parseCase(doc);
      if (!r.ok) return invalid('This case could not be added: it is not valid.', r.problems);
      return this.durableTx(() => ok(this.addAsNew(r.value, 'number').c));
    });
  }

  openCase(id: unknown): Result<Case> {
    return this.run(() => checkId(id, 'The case') ?? (typeof id === 'string' ? this.readCase(id) : notFound('This case')));
  }

  /**
   * Autosave of the whole edited document, in one transaction. Only scenarios that changed are rewritten.
   *
   * `expectedUpdatedAt`: the `updatedAt` the caller last saw — the one in `openCase`'s document,
   * then each reply's. When given and the stored case's differs (another window saved, renamed,
   * restored… since), nothing is written and the answer is CONFLICT: the whole document would
   * otherwise silently erase that other change. Without it, the last writer wins, as before.
   * The reply's `updatedAt` is the value now stored (unchanged when the document was unchanged
   * and nothing was written), so passing it to the next save chains without conflicts.
   */
  saveCase(doc: unknown, expectedUpdatedAt?: string): Result<{ updatedAt: string }> {
    return this.run(() => {
      const expected: unknown = expectedUpdatedAt;
      if (expected !== undefined && typeof expected !== 'string') return fail('INVALID_INPUT', 'The change was not saved: the time the case was last seen is not valid.');
      const r = parseCase(doc);
      if (!r.ok) return invalid('The change was not saved: the case is not valid.', r.problems);
      const c = r.value;
      return this.tx(() => {
        const row = this.liveRow(c.id);
        // Checked before "unchanged": the rule does not depend on what the document holds.
        if (expected !== undefined && expected !== row.updated_at)
          return fail('CONFLICT', 'This case was changed elsewhere (in another window) since you opened it, so nothing was saved. Reopen it to see the newest version.');
        const docs = c.scenarios.map((s) => JSON.stringify(s));
        // Read once: the rows as stored serve the "unchanged" test and the write (an autosave of a large
        // case would otherwise read every scenario's document twice).
        const rows = this.st.scenarioRows.all(c.id);
        if (this.sameAsStored(c, row, docs, rows)) return ok({ updatedAt: row.updated_at });
        const updatedAt = this.nextUpdatedAt(row);
        this.beforeChange(row);
        this.overwriteCase({ ...c, createdAt: row.created_at }, updatedAt, docs, rows);
        return ok({ updatedAt });
      });
    });
  }

  /**
   * Autosave of one edited scenario: validates the scenario (with its case's fields, so every
   * cross-reference rule applies) and writes that one row. The cheapest way to persist an edit.
   */
  saveScenario(caseId: unknown, scenario: unknown): Result<{ updatedAt: string }> {
    return this.run(() => {
      const bad = checkId(caseId, 'The case');
      if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
      return this.tx(() => {
        const row = this.liveRow(caseId);
        const siblings = this.st.scenarioRows.all(caseId);
        const sid = isJsonObject(scenario) ? scenario['id'] : undefined;
        const index = siblings.findIndex((s) => s.id === sid);
        if (index < 0) return notFound('This scenario');
        const r = checkScenarioInCase(this.assemble(row, []), scenario, index);
        if (!r.ok) return invalid('The change was not saved: the scenario is not valid.', r.problems);
        const s = r.value;
        if (siblings.some((o, i) => i !== index && o.name.toLowerCase() === s.name.toLowerCase()))
          return invalid('The change was not saved: another scenario has this name.', [{ path: `$.scenarios[${index}].name`, message: 'Another scenario has this name' }]);
        const updatedAt = this.nextUpdatedAt(row);
        this.beforeChange(row);
        this.st.updateScenario.run(index, s.name, JSON.stringify(s), caseId, s.id);
        this.st.touchCase.run(updatedAt, caseId);
        return ok({ updatedAt });
      });
    });
  }

  renameCase(id: unknown, newName: unknown): Result<CaseSummary> {
    const n = nameSchema().safeParse(trimmed(newName));
    if (!n.success) return invalid('The case was not renamed.', problemsFromIssues(n.error.issues).map((p) => ({ ...p, path: '$.name' })));
    const r = this.mutate(id, (c) => ok({ next: { ...c, name: n.data }, value: null }));
    if (!r.ok) return r;
    return this.run(() => ok(this.summaryOf(String(id))));
  }

  duplicateCase(id: unknown): Result<CaseSummary> {
    return this.run(() => {
      const bad = checkId(id, 'The case');
      if (bad || typeof id !== 'string') return bad ?? notFound('This case');
      return this.durableTx(() => {
        const c = this.readCase(id);
        if (!c.ok) return c;
        const copy = this.addAsNew(c.data, 'copy').c;
        return ok(this.summaryOf(copy.id));
      });
    });
  }

  /** Moves a case to the trash; nothing is deleted. */
  trashCase(id: unknown): Result<Record<string, never>> {
    return this.run(() => {
      const bad = checkId(id, 'The case');
      if (bad || typeof id !== 'string') return bad ?? notFound('This case');
      return this.durableTx(() => {
        const row = this.st.caseRow.get(id);
        if (!row) return notFound('This case');
        if (row.deleted_at === null) this.st.setDeleted.run(this.nowIso(), id);
        return ok({});
      });
    });
  }

  restoreCase(id: unknown): Result<Record<string, never>> {
    return this.run(() => {
      const bad = checkId(id, 'The case');
      if (bad || typeof id !== 'string') return bad ?? notFound('This case');
      return this.durableTx(() => {
        if (!this.st.caseRow.get(id)) return notFound('This case');
        this.st.setDeleted.run(null, id);
        return ok({});
      });
    });
  }

  /** Deletes for good a case that is already in the trash (an explicit second step by the user). */
  purgeCase(id: unknown): Result<Record<string, never>> {
    return this.run(() => {
      const bad = checkId(id, 'The case');
      if (bad || typeof id !== 'string') return bad ?? notFound('This case');
      return this.durableTx(() => {
        const row = this.st.caseRow.get(id);
        if (!row) return notFound('This case');
        if (row.deleted_at === null) return fail('NOT_IN_TRASH', 'Only a case in the trash can be deleted for good. Move it to the trash first.');
        this.st.purge.run(id);
        return ok({});
      });
    });
  }

  // ------------------------------------------------------------------ scenarios

  addScenario(caseId: unknown, scenarioName?: unknown): Result<Scenario> {
    return this.mutate(caseId, (c) => {
      const taken = new Set(c.scenarios.map((s) => s.name.toLowerCase()));
      const wanted = scenarioName === undefined ? 'Scenario' : nameSchema().safeParse(trimmed(scenarioName));
      if (typeof wanted !== 'string' && !wanted.success) return invalid('The scenario was not added.', [{ path: '$.name', message: wanted.error.issues[0]?.message ?? 'Invalid name' }]);
      const s = blankScenario(uniqueName(typeof wanted === 'string' ? wanted : wanted.data, taken, 'number'));
      return ok({ next: { ...c, scenarios: [...c.scenarios, s] }, value: s });
    });
  }

  duplicateScenario(caseId: unknown, scenarioId: unknown): Result<Scenario> {
    return this.mutate(caseId, (c) => {
      const src = c.scenarios.find((s) => s.id === scenarioId);
      if (!src) return notFound('This scenario');
      const taken = new Set(c.scenarios.map((s) => s.name.toLowerCase()));
      const s = copyScenario(src, uniqueName(src.name, taken, 'copy'));
      const at = c.scenarios.indexOf(src) + 1;
      return ok({ next: { ...c, scenarios: [...c.scenarios.slice(0, at), s, ...c.scenarios.slice(at)] }, value: s });
    });
  }

  renameScenario(caseId: unknown, scenarioId: unknown, newName: unknown): Result<Scenario> {
    return this.mutate(caseId, (c) => {
      const n = nameSchema().safeParse(trimmed(newName));
      if (!n.success) return invalid('The scenario was not renamed.', [{ path: '$.name', message: n.error.issues[0]?.message ?? 'Invalid name' }]);
      const src = c.scenarios.find((s) => s.id === scenarioId);
      if (!src) return notFound('This scenario');
      const s = { ...src, name: n.data };
      return ok({ next: { ...c, scenarios: c.scenarios.map((x) => (x.id === src.id ? s : x)) }, value: s });
    });
  }

  /** `orderedIds` must name every scenario of the case exactly once. */
  reorderScenarios(caseId: unknown, orderedIds: unknown): Result<string[]> {
    return this.mutate(caseId, (c) => {
      const ids = Array.isArray(orderedIds) ? orderedIds : [];
      const byId = new Map(c.scenarios.map((s) => [s.id, s]));
      const next = ids.flatMap((id: unknown) => (typeof id === 'string' && byId.has(id) ? [byId.get(id)] : [])).filter((s): s is Scenario => s !== undefined);
      if (ids.length !== c.scenarios.length || new Set(next.map((s) => s.id)).size !== c.scenarios.length)
        return invalid('The scenarios were not reordered: the new order must list each scenario of the case once.', []);
      return ok({ next: { ...c, scenarios: next }, value: next.map((s) => s.id) });
    });
  }

  deleteScenario(caseId: unknown, scenarioId: unknown): Result<Record<string, never>> {
    return this.mutate(caseId, (c) => {
      if (!c.scenarios.some((s) => s.id === scenarioId)) return notFound('This scenario');
      if (c.scenarios.length === 1) return fail('LAST_SCENARIO', 'A case needs at least one scenario, so the last one cannot be deleted.');
      return ok({ next: { ...c, scenarios: c.scenarios.filter((s) => s.id !== scenarioId) }, value: {} });
    });
  }

  // ------------------------------------------------------------------ versions

  listVersions(caseId: unknown): Result<VersionInfo[]> {
    return this.run(() => {
      const bad = checkId(caseId, 'The case');
      if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
      if (!this.st.caseRow.get(caseId)) return notFound('This case');
      return ok(this.st.listVersions.all(caseId).map(toVersionInfo));
    });
  }

  /** A named snapshot of the case as it is now; kept until deleted. */
  createSnapshot(caseId: unknown, label: unknown): Result<VersionInfo> {
    return this.run(() => {
      const bad = checkId(caseId, 'The case');
      if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
      const l = nameSchema().safeParse(trimmed(label));
      if (!l.success) return invalid('The snapshot was not saved: give it a name.', [{ path: '$.label', message: l.error.issues[0]?.message ?? 'Invalid name' }]);
      return this.durableTx(() => {
        const c = this.readCase(caseId);
        if (!c.ok) return c;
        const row = this.st.insertVersion.get(caseId, 'named', l.data, this.nowIso(), JSON.stringify(c.data));
        if (!row) return fail('INTERNAL', 'The snapshot was not saved.');
        return ok(toVersionInfo(row));
      });
    });
  }

  /** A version's document, validated (for a preview before restoring). */
  getVersion(caseId: unknown, versionId: unknown): Result<Case> {
    return this.run(() => {
      const bad = checkId(caseId, 'The case');
      if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
      if (typeof versionId !== 'number' || !Number.isInteger(versionId)) return fail('INVALID_INPUT', 'The version is not a valid id.');
      const v = this.st.versionDoc.get(versionId, caseId);
      if (!v) return notFound('This version');
      return this.validateStored(JSON.parse(v.doc));
    });
  }

  /** Makes a version the current state. The state it replaces is kept first, so a restore can itself be undone. */
  restoreVersion(caseId: unknown, versionId: unknown): Result<Case> {
    return this.run(() => {
      const bad = checkId(caseId, 'The case');
      if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
      if (typeof versionId !== 'number' || !Number.isInteger(versionId)) return fail('INVALID_INPUT', 'The version is not a valid id.');
      return this.durableTx(() => {
        const row = this.liveRow(caseId);
        const v = this.st.versionDoc.get(versionId, caseId);
        if (!v) return notFound('This version');
        const old = this.validateStored(JSON.parse(v.doc));
        if (!old.ok) return old;
        const updatedAt = this.nextUpdatedAt(row);
        const next: Case = { ...old.data, id: caseId, createdAt: row.created_at, updatedAt };
        this.beforeChange(row, `Before restoring the version of ${v.created_at}`);
        this.overwriteCase(next, updatedAt);
        return this.readCase(caseId);
      });
    });
  }

  deleteVersion(caseId: unknown, versionId: unknown): Result<Record<string, never>> {
    return this.run(() => {
      const bad = checkId(caseId, 'The case');
      if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
      if (typeof versionId !== 'number' || !Number.isInteger(versionId)) return fail('INVALID_INPUT', 'The version is not a valid id.');
      return this.tx(() => this.st.deleteVersion.run(versionId, caseId).changes) === 1 ? ok({}) : notFound('This version');
    });
  }

  // ------------------------------------------------------------------ files

  /** The case as a `.cxcase` file's text and a file name for it. */
  exportCxcase(caseId: unknown): Result<{ fileName: string; text: string }> {
    return this.run(() => {
      const c = this.openCase(caseId);
      if (!c.ok) return c;
      return ok({ fileName: fileNameFor(c.data.name, '.cxcase'), text: serializeCxcase(c.data, this.config.app, this.nowIso()) });
    });
  }

  /** The same, as the contract's file payload (save dialog or download). */
  exportCxcaseFile(caseId: unknown): Result<FilePayload> {
    const r = this.exportCxcase(caseId);
    if (!r.ok) return r;
    return ok({ fileName: r.data.fileName, mime: 'application/json', base64: Buffer.from(r.data.text, 'utf8').toString('base64') });
  }

  /**
   * Imports a `.cxcase` file's text as a NEW case: everything is validated before anything is
   * written; an existing case is never overwritten (new id; "(imported)" added if the name is taken).
   */
  importCxcaseText(text: unknown): Result<ImportOutcome> {
    return this.run(() => {
      if (typeof text !== 'string') return fail('INVALID_FILE', 'The file could not be read as text. Nothing was imported.');
      const r = parseCxcaseText(text);
      if (!r.ok) {
        // A hostile file can produce thousands of problems; the first hundred say enough.
        const shown = r.problems.slice(0, MAX_REPORTED_PROBLEMS);
        if (r.problems.length > shown.length) shown.push({ path: '$', message: `…and ${r.problems.length - shown.length} more problems` });
        return fail('INVALID_FILE', r.message, shown);
      }
      return this.durableTx(() => {
        const added = this.addAsNew(r.value.case, 'imported');
        return ok({ summary: this.summaryOf(added.c.id), renamed: added.renamed });
      });
    });
  }

  // ------------------------------------------------------------------ settings

  getSettings(): Result<Settings> {
    return this.run(() => {
      const out: Settings = { ...DEFAULT_SETTINGS };
      const lang = this.readSetting('language', SettingsSchema.shape.language);
      if (lang !== undefined) out.language = lang;
      const last = this.readSetting('lastCaseId', SettingsSchema.shape.lastCaseId);
      if (last !== undefined) out.lastCaseId = last;
      return ok(out);
    });
  }

  updateSettings(patch: unknown): Result<Settings> {
    return this.run(() => {
      const r = SettingsSchema.partial().strict().safeParse(patch);
      if (!r.success) return invalid('The settings were not saved.', problemsFromIssues(r.error.issues));
      this.tx(() => {
        for (const [k, v] of Object.entries(r.data)) if (v !== undefined) this.st.putSetting.run(k, JSON.stringify(v));
      });
      return this.getSettings();
    });
  }

  getWindowState(): Result<WindowState | null> {
    return this.run(() => ok(this.readSetting('windowState', WindowStateSchema) ?? null));
  }

  setWindowState(state: unknown): Result<WindowState> {
    return this.run(() => {
      const r = WindowStateSchema.safeParse(state);
      if (!r.success) return invalid('The window position was not saved.', problemsFromIssues(r.error.issues));
      this.tx(() => this.st.putSetting.run('windowState', JSON.stringify(r.data)));
      return ok(r.data);
    });
  }

  /** A setting that is unreadable or invalid falls back to its default: settings are not worth refusing to start over. */
  private readSetting<T>(key: string, schema: z.ZodType<T>): T | undefined {
    const row = this.st.getSetting.get(key);
    if (!row) return undefined;
    try {
      const r = schema.safeParse(JSON.parse(row.value));
      return r.success ? r.data : undefined;
    } catch {
      return undefined;
    }
  }

  // ------------------------------------------------------------------ user benchmark figures

  /** User-added figures; a stored figure that fails validation is left in place but not returned. */
  listFigures(): Result<Figure[]> {
    return this.run(() =>
      ok(
        this.st.figures.all().flatMap((r) => {
          try {
            const f = UserFigureSchema.safeParse(JSON.parse(r.doc));
            return f.success ? [f.data] : [];
          } catch {
            return [];
          }
        }),
      ),
    );
  }

  saveFigure(figure: unknown): Result<Figure> {
    return this.run(() => {
      const r = UserFigureSchema.safeParse(figure);
      if (!r.success) return invalid('The benchmark figure was not saved.', problemsFromIssues(r.error.issues));
      const now = this.nowIso();
      this.tx(() => this.st.putFigure.run(r.data.id, JSON.stringify(r.data), now, now));
      return ok(r.data);
    });
  }

  deleteFigure(id: unknown): Result<Record<string, never>> {
    return this.run(() => {
      if (typeof id !== 'string') return fail('INVALID_INPUT', 'The figure is not a valid id.');
      return this.tx(() => this.st.deleteFigure.run(id).changes) === 1 ? ok({}) : notFound('This benchmark figure');
    });
  }

  // ------------------------------------------------------------------ integrity and backups

  /** SQLite's quick check: ['ok'] when the file is sound. */
  quickCheck(): Result<string[]> {
    return this.run(() => {
      const rows: unknown = this.db.pragma('quick_check');
      return ok(Array.isArray(rows) ? rows.map((r: unknown) => (isJsonObject(r) ? String(r['quick_check']) : String(r))) : [String(rows)]);
    });
  }

  listBackups(): Result<BackupInfo[]> {
    return this.run(() => ok(listBackups(this.config.backupDir)));
  }

  /** The rolling daily backup (called on open and, by the app, now and then). */
  async rollingBackup(everyMs?: number): Promise<Result<BackupInfo | null>> {
    if (this.closed) return fail('CLOSED', 'The case database is closed.');
    // One backup at a time: a second request while one runs shares its outcome.
    this.backupInFlight ??= guardAsync(async () =>
      ok(await rollingBackup(this.db, this.config.backupDir, this.config.now(), { ...(everyMs === undefined ? {} : { everyMs }), ...(this.config.nativeBinding ? { nativeBinding: this.config.nativeBinding } : {}) })),
    ).finally(() => {
      this.backupInFlight = null;
    });
    return this.backupInFlight;
  }

  /**
   * Keeps the daily backup going in a session that lasts for days: checks every `everyMs` (an hour)
   * whether the newest automatic backup is a day old. The timer never keeps the process alive.
   */
  startBackupSchedule(everyMs = 60 * 60 * 1000): void {
    if (this.backupTimer !== null || this.closed) return;
    this.backupTimer = setInterval(() => void this.rollingBackup(), everyMs);
    this.backupTimer.unref();
  }

  async backupNow(): Promise<Result<BackupInfo>> {
    if (this.closed) return fail('CLOSED', 'The case database is closed.');
    return guardAsync(async () => ok(await takeBackup(this.db, this.config.backupDir, 'auto', this.config.now(), this.config.nativeBinding)));
  }

  close(): void {
    if (this.closed) return;
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    if (this.backupTimer !== null) clearInterval(this.backupTimer);
    this.flushTimer = null;
    this.backupTimer = null;
    this.closed = true;
    this.db.close(); // the last connection closing checkpoints the WAL into the database file
  }
}
