import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore } from '../../storage/open';
import { defaultDatabasePath } from '../../storage/paths';
import type { CaseStore, CaseSummary } from '../../storage/store';
import { refuseOverwrite, writeAtomically } from '../export-file';
import { VERSION } from '../version';
import { CliError, type CliIo } from '../output';

/** A case by id, else by exact name (ignoring case); trashed cases are found too, live ones first. */
export function findCase(store: CaseStore, ref: string): CaseSummary {
  const all: CaseSummary[] = [];
  for (const trash of [false, true]) {
    const r = store.listCases({ trash });
    if (!r.ok) throw new CliError(r.error.message);
    all.push(...r.data);
  }
  const byId = all.find((c) => c.id === ref);
  if (byId) return byId;
  const byName = all.filter((c) => c.name.toLowerCase() === ref.trim().toLowerCase());
  const [first] = byName;
  if (first && byName.length === 1) return first;
  if (byName.length > 1)
    throw new CliError(`${byName.length} cases are named "${ref}"; give the id instead: ${byName.map((c) => c.id).join(', ')}`);
  throw new CliError(`No case with the id or name "${ref}" in this database (${all.length} case${all.length === 1 ? '' : 's'} in it).`);
}

export interface ExportCxcaseOptions {
  db?: string;
  out?: string;
  force?: boolean;
}

/** `cxcase export <case> --cxcase`: a case from the database to a portable .cxcase file (registered in export.ts). */
export async function exportCxcase(ref: string, opts: ExportCxcaseOptions, io: CliIo): Promise<void> {
  const db = opts.db ?? defaultDatabasePath();
  if (!existsSync(db)) throw new CliError(`There is no case database at ${db}.`);
  const opened = await openStore({ path: db, app: { name: 'CX Case', version: VERSION } });
  if (!opened.ok) throw new CliError(opened.error.message);
  try {
    const found = findCase(opened.store, ref);
    const r = opened.store.exportCxcase(found.id);
    if (!r.ok) throw new CliError(r.error.message);
    const out = resolve(opts.out ?? r.data.fileName);
    refuseOverwrite(out, opts.force);
    writeAtomically(out, r.data.text);
    io.out(`Exported "${found.name}" to ${out}\n`);
  } finally {
    opened.store.close();
  }
}
