/** Cases: listing and search, create, open, autosave of the whole case, rename, duplicate, trash. */
import { z } from 'zod';
import type { CaseSummary } from '@shared/contract/api';
import { fail, ok, type AppError, type Result } from '@shared/contract/result';
import { blankCase } from '@shared/case/factory';
import { isJsonObject } from '@shared/case/migrate';
import { CURRENCIES, LOCALES, MAX_NAME_LENGTH, name as nameSchema, type Case } from '@shared/case/schema';
import { parseCase, problemsFromIssues } from '@shared/case/validate';
import { notFound } from './errors';
import { searchText } from './schema';
import { checkId, invalid, toSummary, trimmed, type StoreCore, type SummaryRow } from './store-core';

export const CreateCaseInputSchema = z.strictObject({
  name: nameSchema(),
  client: z.string().max(MAX_NAME_LENGTH, { error: `At most ${MAX_NAME_LENGTH} characters` }).optional(),
  author: z.string().max(MAX_NAME_LENGTH, { error: `At most ${MAX_NAME_LENGTH} characters` }).optional(),
  currency: z.enum(CURRENCIES).optional(),
  locale: z.enum(LOCALES).optional(),
});
export type CreateCaseInput = z.input<typeof CreateCaseInputSchema>;

export function listCases(store: StoreCore, o: { query?: string; trash?: boolean; sort?: 'updated' | 'name' } = {}): Result<CaseSummary[]> {
  return store.run(() => {
    const query = typeof o.query === 'string' ? o.query.slice(0, 200) : '';
    const words = searchText(query).split(/\s+/).filter(Boolean).slice(0, 8);
    const where = [o.trash === true ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL', ...words.map(() => "c.search_text LIKE ? ESCAPE '\\'")];
    const order = o.sort === 'name' ? 'c.name COLLATE NOCASE, c.id' : 'c.updated_at DESC, c.id';
    const sql = `SELECT c.id, c.name, c.client, c.updated_at, c.deleted_at, (SELECT count(*) FROM scenarios s WHERE s.case_id = c.id) AS scenario_count FROM cases c WHERE ${where.join(' AND ')} ORDER BY ${order}`;
    const params = words.map((w) => `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    return ok(store.db.prepare<string[], SummaryRow>(sql).all(...params).map(toSummary));
  });
}

export function createCase(store: StoreCore, input: unknown): Result<Case> {
  return store.run(() => {
    const r = CreateCaseInputSchema.safeParse(isJsonObject(input) ? { ...input, name: trimmed(input['name']) } : input);
    if (!r.success) return invalid('The new case was not created: check the highlighted fields.', problemsFromIssues(r.error.issues));
    const doc = blankCase({ ...r.data, now: store.nowIso() });
    const checked = parseCase(doc);
    if (!checked.ok) return invalid('The new case was not created.', checked.problems);
    return store.durableTx(() => ok(store.addAsNew(checked.value, 'number').c));
  });
}

/** A new case from a whole document, e.g. a sample the caller has read: validated, new id, unique name. */
export function createCaseFrom(store: StoreCore, doc: unknown): Result<Case> {
  return store.run(() => {
    const r = parseCase(doc);
    if (!r.ok) return invalid('This case could not be added: it is not valid.', r.problems);
    return store.durableTx(() => ok(store.addAsNew(r.value, 'number').c));
  });
}

export function openCase(store: StoreCore, id: unknown): Result<Case> {
  return store.run(() => checkId(id, 'The case') ?? (typeof id === 'string' ? store.readCase(id) : notFound('This case')));
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
export function saveCase(store: StoreCore, doc: unknown, expectedUpdatedAt?: string): Result<{ updatedAt: string }> {
  return store.run(() => {
    const expected: unknown = expectedUpdatedAt;
    if (expected !== undefined && typeof expected !== 'string') return fail('INVALID_INPUT', 'The change was not saved: the time the case was last seen is not valid.');
    const r = parseCase(doc);
    if (!r.ok) return invalid('The change was not saved: the case is not valid.', r.problems);
    const c = r.value;
    return store.tx(() => {
      const row = store.liveRow(c.id);
      // Checked before "unchanged": the rule does not depend on what the document holds.
      if (expected !== undefined && expected !== row.updated_at)
        return fail('CONFLICT', 'This case was changed elsewhere (in another window) since you opened it, so nothing was saved. Reopen it to see the newest version.');
      const docs = c.scenarios.map((s) => JSON.stringify(s));
      // Read once: the rows as stored serve the "unchanged" test and the write (an autosave of a large
      // case would otherwise read every scenario's document twice).
      const rows = store.st.scenarioRows.all(c.id);
      if (store.sameAsStored(c, row, docs, rows)) return ok({ updatedAt: row.updated_at });
      const updatedAt = store.nextUpdatedAt(row);
      store.beforeChange(row);
      store.overwriteCase({ ...c, createdAt: row.created_at }, updatedAt, docs, rows);
      return ok({ updatedAt });
    });
  });
}

export function renameCase(store: StoreCore, id: unknown, newName: unknown): Result<CaseSummary> {
  const n = nameSchema().safeParse(trimmed(newName));
  if (!n.success) return invalid('The case was not renamed.', problemsFromIssues(n.error.issues).map((p) => ({ ...p, path: '$.name' })));
  const r = store.mutate(id, (c) => ok({ next: { ...c, name: n.data }, value: null }));
  if (!r.ok) return r;
  return store.run(() => ok(store.summaryOf(String(id))));
}

export function duplicateCase(store: StoreCore, id: unknown): Result<CaseSummary> {
  return store.run(() => {
    const bad = checkId(id, 'The case');
    if (bad || typeof id !== 'string') return bad ?? notFound('This case');
    return store.durableTx(() => {
      const c = store.readCase(id);
      if (!c.ok) return c;
      const copy = store.addAsNew(c.data, 'copy').c;
      return ok(store.summaryOf(copy.id));
    });
  });
}

/** Moves a case to the trash; nothing is deleted. */
export function trashCase(store: StoreCore, id: unknown): Result<Record<string, never>> {
  return store.run(() => {
    const bad = checkId(id, 'The case');
    if (bad || typeof id !== 'string') return bad ?? notFound('This case');
    return store.durableTx(() => {
      const row = store.st.caseRow.get(id);
      if (!row) return notFound('This case');
      if (row.deleted_at === null) store.st.setDeleted.run(store.nowIso(), id);
      return ok({});
    });
  });
}

export function restoreCase(store: StoreCore, id: unknown): Result<Record<string, never>> {
  return store.run(() => {
    const bad = checkId(id, 'The case');
    if (bad || typeof id !== 'string') return bad ?? notFound('This case');
    return store.durableTx(() => {
      if (!store.st.caseRow.get(id)) return notFound('This case');
      store.st.setDeleted.run(null, id);
      return ok({});
    });
  });
}

/**
 * Deletes for good a case that is already in the trash (an explicit second step by the user): its
 * row, scenarios and versions (ON DELETE CASCADE, foreign keys are on) in one transaction, then
 * `eraseFreedSpace` so its text is no longer in the file's free pages nor in the WAL.
 * A case not in the trash is refused (NOT_IN_TRASH) and nothing changes.
 */
export function purgeCase(store: StoreCore, id: unknown): Result<Record<string, never>> {
  return store.run(() => {
    const bad = checkId(id, 'The case');
    if (bad || typeof id !== 'string') return bad ?? notFound('This case');
    const r = secureDeleting(store, () =>
      store.durableTx((): Result<Record<string, never>> => {
        const row = store.st.caseRow.get(id);
        if (!row) return notFound('This case');
        if (row.deleted_at === null) return notInTrash(row.name);
        store.st.purge.run(id);
        return ok({});
      }),
    );
    if (r.ok) eraseFreedSpace(store);
    return r;
  });
}

const IdsSchema = z.array(z.string()).max(100_000);

/**
 * Empties the trash: deletes for good every case in it — or, given `ids` (the cases the user saw in
 * the trash when confirming), exactly those, all or none: if one of them is no longer in the trash
 * (restored in another window) or gone, nothing is deleted. One transaction, then `eraseFreedSpace`.
 */
export function emptyTrash(store: StoreCore, ids?: unknown): Result<{ deleted: number }> {
  return store.run(() => {
    let wanted: string[] | null = null;
    if (ids !== undefined) {
      const parsed = IdsSchema.safeParse(ids);
      if (!parsed.success) return fail('INVALID_INPUT', 'The cases to delete are not a valid list.');
      for (const id of parsed.data) {
        const bad = checkId(id, 'The case');
        if (bad) return bad;
      }
      wanted = [...new Set(parsed.data)];
    }
    const r = secureDeleting(store, () =>
      store.durableTx((): Result<{ deleted: number }> => {
        const targets = wanted ?? store.db.prepare<[], { id: string }>('SELECT id FROM cases WHERE deleted_at IS NOT NULL').all().map((x) => x.id);
        for (const id of targets) {
          const row = store.st.caseRow.get(id);
          if (!row) return notFound('A case in the trash');
          if (row.deleted_at === null) return notInTrash(row.name);
        }
        for (const id of targets) store.st.purge.run(id);
        return ok({ deleted: targets.length });
      }),
    );
    if (r.ok && r.data.deleted > 0) eraseFreedSpace(store);
    return r;
  });
}

function notInTrash(name: string): { ok: false; error: AppError } {
  return fail('NOT_IN_TRASH', `“${name}” is not in the trash, so it was not deleted: only a case in the trash can be deleted for good. Nothing was deleted.`);
}

/** Runs `fn` with SQLite's secure_delete on: the deleted rows' bytes are overwritten with zeros, not just marked free. */
function secureDeleting<T>(store: StoreCore, fn: () => T): T {
  const before: unknown = store.db.pragma('secure_delete', { simple: true });
  store.db.pragma('secure_delete = ON');
  try {
    return fn();
  } finally {
    store.db.pragma(`secure_delete = ${before === 1 ? 'ON' : 'OFF'}`);
  }
}

/**
 * After a delete for good: earlier edits of the case (renames, autosaves, pruned versions) left
 * old copies of its text in free space that secure_delete does not reach, so the file is rebuilt
 * (VACUUM, with its temporary copy in memory, not in a temp file) and the WAL, which still holds
 * the frames that once wrote the case, is checkpointed and truncated to zero bytes. The case is
 * already deleted and committed: if this fails (the disk full), the deletion stands and the text
 * is erased by a later one.
 */
function eraseFreedSpace(store: StoreCore): void {
  const tempStore: unknown = store.db.pragma('temp_store', { simple: true });
  try {
    store.db.pragma('temp_store = MEMORY');
    store.db.exec('VACUUM');
    store.db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (e) {
    console.error('[cxcase] erasing the freed space after a delete for good failed:', e);
  } finally {
    store.db.pragma(`temp_store = ${typeof tempStore === 'number' ? tempStore : 0}`);
  }
}
