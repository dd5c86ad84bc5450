/** Version history of a case: automatic versions and named snapshots; list, take, preview, restore, delete. */
import type { VersionInfo } from '@shared/contract/api';
import { fail, ok, type Result } from '@shared/contract/result';
import { name as nameSchema, type Case } from '@shared/case/schema';
import { notFound } from './errors';
import { checkId, invalid, toVersionInfo, trimmed, type StoreCore } from './store-core';

export function listVersions(store: StoreCore, caseId: unknown): Result<VersionInfo[]> {
  return store.run(() => {
    const bad = checkId(caseId, 'The case');
    if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
    if (!store.st.caseRow.get(caseId)) return notFound('This case');
    return ok(store.st.listVersions.all(caseId).map(toVersionInfo));
  });
}

/** A named snapshot of the case as it is now; kept until deleted. */
export function createSnapshot(store: StoreCore, caseId: unknown, label: unknown): Result<VersionInfo> {
  return store.run(() => {
    const bad = checkId(caseId, 'The case');
    if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
    const l = nameSchema().safeParse(trimmed(label));
    if (!l.success) return invalid('The snapshot was not saved: give it a name.', [{ path: '$.label', message: l.error.issues[0]?.message ?? 'Invalid name' }]);
    return store.durableTx(() => {
      const c = store.readCase(caseId);
      if (!c.ok) return c;
      const row = store.st.insertVersion.get(caseId, 'named', l.data, store.nowIso(), JSON.stringify(c.data));
      if (!row) return fail('INTERNAL', 'The snapshot was not saved.');
      return ok(toVersionInfo(row));
    });
  });
}

/** A version's document, validated (for a preview before restoring). */
export function getVersion(store: StoreCore, caseId: unknown, versionId: unknown): Result<Case> {
  return store.run(() => {
    const bad = checkId(caseId, 'The case');
    if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
    if (typeof versionId !== 'number' || !Number.isInteger(versionId)) return fail('INVALID_INPUT', 'The version is not a valid id.');
    const v = store.st.versionDoc.get(versionId, caseId);
    if (!v) return notFound('This version');
    return store.validateVersion(v.doc);
  });
}

/** Makes a version the current state. The state it replaces is kept first, so a restore can itself be undone. */
export function restoreVersion(store: StoreCore, caseId: unknown, versionId: unknown): Result<Case> {
  return store.run(() => {
    const bad = checkId(caseId, 'The case');
    if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
    if (typeof versionId !== 'number' || !Number.isInteger(versionId)) return fail('INVALID_INPUT', 'The version is not a valid id.');
    return store.durableTx(() => {
      const row = store.liveRow(caseId);
      const v = store.st.versionDoc.get(versionId, caseId);
      if (!v) return notFound('This version');
      const old = store.validateVersion(v.doc);
      if (!old.ok) return old;
      const updatedAt = store.nextUpdatedAt(row);
      const next: Case = { ...old.data, id: caseId, createdAt: row.created_at, updatedAt };
      store.beforeChange(row, `Before restoring the version of ${v.created_at}`);
      store.overwriteCase(next, updatedAt);
      return store.readCase(caseId);
    });
  });
}

export function deleteVersion(store: StoreCore, caseId: unknown, versionId: unknown): Result<Record<string, never>> {
  return store.run(() => {
    const bad = checkId(caseId, 'The case');
    if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
    if (typeof versionId !== 'number' || !Number.isInteger(versionId)) return fail('INVALID_INPUT', 'The version is not a valid id.');
    return store.tx(() => store.st.deleteVersion.run(versionId, caseId).changes) === 1 ? ok({}) : notFound('This version');
  });
}
