import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serializeCxcase } from '@shared/case/cxcase-file';
import type { Case } from '@shared/case/schema';
import { generateCase } from '../../../support/arbitraries';
import { freshStore, unwrap } from './helpers';

/** Every row of every table, read through a second connection: "unchanged" means this is equal. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    return Object.fromEntries(tables.map((t) => [t.name, db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

const APP = { name: 'CX Case', version: '0.1.0' };
const good = generateCase(42, { scenarios: [2, 2], segments: [2, 3] });
const file = (c: unknown, over: Record<string, unknown> = {}) => JSON.stringify({ format: 'cxcase', formatVersion: 1, exportedAt: '2026-01-05T09:00:00Z', app: APP, case: c, ...over });
const withSegment = (patch: Record<string, unknown>): Case => {
  const s0 = good.scenarios[0]!;
  return { ...good, scenarios: [{ ...s0, segments: s0.segments.map((g, i) => (i === 0 ? { ...g, ...patch } : g)) }, ...good.scenarios.slice(1)] } as Case;
};

const BAD: { name: string; text: () => string; message: RegExp; path?: string }[] = [
  { name: 'a newer file format', text: () => file(good, { formatVersion: 2 }), message: /newer version of CX Case/, path: '$.formatVersion' },
  { name: 'a newer case format', text: () => file({ ...good, schemaVersion: 99 }), message: /newer version of CX Case/, path: '$.case.schemaVersion' },
  { name: 'another format', text: () => file(good, { format: 'xlsx' }), message: /not a CX Case file/, path: '$.format' },
  { name: 'a negative number', text: () => file(withSegment({ customers: -5 })), message: /1 problem/, path: '$.case.scenarios[0].segments[0].customers' },
  { name: 'text for a number', text: () => file(withSegment({ arpu: 'lots' })), message: /1 problem/, path: '$.case.scenarios[0].segments[0].arpu' },
  { name: 'an infinite number (1e999)', text: () => file(withSegment({ cac: 7 })).replace('"cac":7', '"cac":1e999'), message: /1 problem/, path: '$.case.scenarios[0].segments[0].cac' },
  { name: '50 MB of junk', text: () => randomBytes(25 * 1024 * 1024).toString('hex'), message: /larger than 20 MB/ },
  { name: 'a __proto__ key', text: () => file(good).replace('"case":{', '"case":{"__proto__":{"polluted":true},'), message: /not allowed/, path: '$.case.__proto__' },
  {
    name: 'a nested constructor key',
    text: () => file(good).replace('"service":{', '"service":{"constructor":{"prototype":{"x":1}},'),
    message: /not allowed/,
    path: '$.case.scenarios[0].service.constructor',
  },
  { name: 'a name of 100,000 characters', text: () => file({ ...good, name: 'N'.repeat(100_000) }), message: /1 problem/, path: '$.case.name' },
  { name: 'not JSON', text: () => '{"format": "cxcase", ', message: /not valid JSON/ },
  { name: 'an empty file', text: () => '', message: /not valid JSON/ },
  { name: 'a JSON array', text: () => '[1,2,3]', message: /does not hold a JSON object/ },
  { name: 'a header without a case', text: () => file(undefined), message: /1 problem|not valid/ },
];

describe('importing a .cxcase file', () => {
  it.each(BAD)('$name: a clear error, the database unchanged', async ({ text, message, path }) => {
    const { store, path: dbPath } = await freshStore();
    unwrap(store.createCaseFrom(good));
    const before = dump(dbPath);
    const r = store.importCxcaseText(text());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_FILE');
    expect(r.error.message).toMatch(message);
    expect(r.error.message.length).toBeLessThan(400);
    for (const p of r.error.problems ?? []) expect(p.message.length).toBeLessThan(200);
    if (path) expect(r.error.problems?.map((p) => p.path)).toContain(path);
    expect(dump(dbPath)).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports at most a hundred problems for a file full of them', async () => {
    const { store } = await freshStore();
    const s0 = good.scenarios[0]!;
    const junkCase = { ...good, scenarios: [{ ...s0, segments: Array.from({ length: 150 }, (_, i) => ({ ...s0.segments[0], id: `s${i}`, customers: -1, arpu: -1 })) }] };
    const r = store.importCxcaseText(file(junkCase));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.problems).toHaveLength(101);
    const more = /^…and (\d+) more problems$/.exec(r.error.problems?.[100]?.message ?? '');
    expect(Number(more?.[1])).toBeGreaterThanOrEqual(200); // 150 segments × 2 bad numbers, beyond the first 100
  });

  it('adds a new case and never overwrites an existing one, even with the same id and name', async () => {
    const { store } = await freshStore();
    const existing = unwrap(store.createCaseFrom(good));
    const text = serializeCxcase({ ...existing, notes: 'from the file' }, APP, '2026-01-05T09:00:00Z');
    const first = unwrap(store.importCxcaseText(text));
    const second = unwrap(store.importCxcaseText(text));
    expect(first.summary.id).not.toBe(existing.id);
    expect(first.summary.name).toBe(`${good.name} (imported)`);
    expect(first.renamed).toBe(true);
    expect(second.summary.name).toBe(`${good.name} (imported 2)`);
    expect(unwrap(store.openCase(existing.id))).toEqual(existing);
    expect(unwrap(store.openCase(first.summary.id)).notes).toBe('from the file');
  });

  it('round-trips: export then import gives the same case under a new id', async () => {
    const { store } = await freshStore();
    const c = unwrap(store.createCaseFrom(generateCase(77, { scenarios: [3, 3] })));
    const out = unwrap(store.exportCxcase(c.id));
    expect(out.fileName).toBe(`${c.name.replace(/[\\/:*?"<>|]/g, '-')}.cxcase`);
    const imported = unwrap(store.openCase(unwrap(store.importCxcaseText(out.text)).summary.id));
    expect({ ...imported, id: c.id, name: c.name, createdAt: c.createdAt, updatedAt: c.updatedAt }).toEqual(c);
  });

  it('reads a bare case document too (what `cxcase validate` accepts)', async () => {
    const { store } = await freshStore();
    const r = unwrap(store.importCxcaseText(JSON.stringify(good)));
    expect(r.summary.name).toBe(good.name);
  });
});
