/**
 * The case store: every operation the UI needs on the cases database, synchronous (better-sqlite3
 * is), each returning a Result — data, or an error a user can read. Nothing here throws to the
 * caller, whatever it is given: the main process passes on input that came from the renderer.
 *
 * This class is the public face; the operations live by concern in `cases.ts`, `scenarios.ts`,
 * `versions.ts`, `files.ts` and `settings.ts`, on the shared core in `store-core.ts` (connection,
 * statements, transactions, reading and writing one case). Integrity checks, backups and closing
 * are here.
 */
import type { CaseSummary, FilePayload, Settings, VersionInfo } from '@shared/contract/api';
import { fail, ok, type Result } from '@shared/contract/result';
import type { Figure } from '@shared/benchmarks/library';
import { isJsonObject } from '@shared/case/migrate';
import type { Case, Scenario } from '@shared/case/schema';
import { listBackups, rollingBackup, takeBackup, type BackupInfo } from './backups';
import * as cases from './cases';
import { guardAsync } from './errors';
import * as files from './files';
import * as scenarios from './scenarios';
import * as settings from './settings';
import { StoreCore } from './store-core';
import * as versions from './versions';

export type { CaseSummary, VersionInfo, Settings };
export { DEFAULT_AUTO_VERSION_EVERY_MS, DEFAULT_KEEP_AUTO_VERSIONS, type StoreConfig } from './store-core';
export { CreateCaseInputSchema, type CreateCaseInput } from './cases';
export { MAX_REPORTED_PROBLEMS, type ImportOutcome } from './files';
export { DEFAULT_SETTINGS, UserFigureSchema, WindowStateSchema, type WindowState } from './settings';
export { fileNameFor, uniqueName } from './names';

export class CaseStore extends StoreCore {
  private backupTimer: NodeJS.Timeout | null = null;
  private backupInFlight: Promise<Result<BackupInfo | null>> | null = null;

  // ------------------------------------------------------------------ cases (cases.ts)

  /** Cases, newest change first; `query` matches name or client, ignoring case and accents, every word. */
  listCases(o: { query?: string; trash?: boolean; sort?: 'updated' | 'name' } = {}): Result<CaseSummary[]> {
    return cases.listCases(this, o);
  }
  createCase(input: unknown): Result<Case> {
    return cases.createCase(this, input);
  }
  /** A new case from a whole document, e.g. a sample the caller has read: validated, new id, unique name. */
  createCaseFrom(doc: unknown): Result<Case> {
    return cases.createCaseFrom(this, doc);
  }
  openCase(id: unknown): Result<Case> {
    return cases.openCase(this, id);
  }
  /** Autosave of the whole case; CONFLICT when `expectedUpdatedAt` is given and is not the stored one (see cases.ts). */
  saveCase(doc: unknown, expectedUpdatedAt?: string): Result<{ updatedAt: string }> {
    return cases.saveCase(this, doc, expectedUpdatedAt);
  }
  renameCase(id: unknown, newName: unknown): Result<CaseSummary> {
    return cases.renameCase(this, id, newName);
  }
  duplicateCase(id: unknown): Result<CaseSummary> {
    return cases.duplicateCase(this, id);
  }
  /** Moves a case to the trash; nothing is deleted. */
  trashCase(id: unknown): Result<Record<string, never>> {
    return cases.trashCase(this, id);
  }
  restoreCase(id: unknown): Result<Record<string, never>> {
    return cases.restoreCase(this, id);
  }
  /**
   * Deletes for good a case that is in the trash (NOT_IN_TRASH otherwise): its scenarios and versions
   * with it, in one transaction, and its text erased from the file's free space and the WAL.
   */
  purgeCase(id: unknown): Result<Record<string, never>> {
    return cases.purgeCase(this, id);
  }
  /** Deletes for good every case in the trash, or exactly `ids`, all of which must be in it (see cases.ts). */
  emptyTrash(ids?: unknown): Result<{ deleted: number }> {
    return cases.emptyTrash(this, ids);
  }

  // ------------------------------------------------------------------ scenarios (scenarios.ts)

  /** Autosave of one edited scenario: validated with its case, one row written. */
  saveScenario(caseId: unknown, scenario: unknown): Result<{ updatedAt: string }> {
    return scenarios.saveScenario(this, caseId, scenario);
  }
  addScenario(caseId: unknown, scenarioName?: unknown): Result<Scenario> {
    return scenarios.addScenario(this, caseId, scenarioName);
  }
  duplicateScenario(caseId: unknown, scenarioId: unknown): Result<Scenario> {
    return scenarios.duplicateScenario(this, caseId, scenarioId);
  }
  renameScenario(caseId: unknown, scenarioId: unknown, newName: unknown): Result<Scenario> {
    return scenarios.renameScenario(this, caseId, scenarioId, newName);
  }
  /** `orderedIds` must name every scenario of the case exactly once. */
  reorderScenarios(caseId: unknown, orderedIds: unknown): Result<string[]> {
    return scenarios.reorderScenarios(this, caseId, orderedIds);
  }
  deleteScenario(caseId: unknown, scenarioId: unknown): Result<Record<string, never>> {
    return scenarios.deleteScenario(this, caseId, scenarioId);
  }

  // ------------------------------------------------------------------ versions (versions.ts)

  listVersions(caseId: unknown): Result<VersionInfo[]> {
    return versions.listVersions(this, caseId);
  }
  /** A named snapshot of the case as it is now; kept until deleted. */
  createSnapshot(caseId: unknown, label: unknown): Result<VersionInfo> {
    return versions.createSnapshot(this, caseId, label);
  }
  /** A version's document, validated (for a preview before restoring). */
  getVersion(caseId: unknown, versionId: unknown): Result<Case> {
    return versions.getVersion(this, caseId, versionId);
  }
  /** Makes a version the current state. The state it replaces is kept first, so a restore can itself be undone. */
  restoreVersion(caseId: unknown, versionId: unknown): Result<Case> {
    return versions.restoreVersion(this, caseId, versionId);
  }
  deleteVersion(caseId: unknown, versionId: unknown): Result<Record<string, never>> {
    return versions.deleteVersion(this, caseId, versionId);
  }

  // ------------------------------------------------------------------ files (files.ts)

  /** The case as a `.cxcase` file's text and a file name for it. */
  exportCxcase(caseId: unknown): Result<{ fileName: string; text: string }> {
    return files.exportCxcase(this, caseId);
  }
  /** The same, as the contract's file payload (save dialog or download). */
  exportCxcaseFile(caseId: unknown): Result<FilePayload> {
    return files.exportCxcaseFile(this, caseId);
  }
  /** Imports a `.cxcase` file's text as a NEW case; nothing is overwritten. */
  importCxcaseText(text: unknown): Result<files.ImportOutcome> {
    return files.importCxcaseText(this, text);
  }

  // ------------------------------------------------------------------ settings and figures (settings.ts)

  getSettings(): Result<Settings> {
    return settings.getSettings(this);
  }
  updateSettings(patch: unknown): Result<Settings> {
    return settings.updateSettings(this, patch);
  }
  getWindowState(): Result<settings.WindowState | null> {
    return settings.getWindowState(this);
  }
  setWindowState(state: unknown): Result<settings.WindowState> {
    return settings.setWindowState(this, state);
  }
  /** User-added figures; a stored figure that fails validation is left in place but not returned. */
  listFigures(): Result<Figure[]> {
    return settings.listFigures(this);
  }
  saveFigure(figure: unknown): Result<Figure> {
    return settings.saveFigure(this, figure);
  }
  deleteFigure(id: unknown): Result<Record<string, never>> {
    return settings.deleteFigure(this, id);
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
