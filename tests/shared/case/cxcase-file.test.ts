import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForbiddenKeys, MAX_CXCASE_BYTES, parseCxcaseText, serializeCxcase, utf8Length } from '@shared/case/cxcase-file';
import { arbCase, generateCase } from '../../support/arbitraries';

const APP = { name: 'CX Case', version: '0.1.0' };

describe('.cxcase files', () => {
  it('round-trips any valid case through its file text', () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const r = parseCxcaseText(serializeCxcase(c, APP, '2026-01-05T09:00:00Z'));
        expect(r.ok && r.value.case).toEqual(c);
        expect(r.ok && r.value.app).toEqual(APP);
      }),
      { numRuns: 40 },
    );
  });

  it('accepts a byte-order mark and a bare case document', () => {
    const c = generateCase(1);
    expect(parseCxcaseText('\uFEFF' + serializeCxcase(c, APP, '2026-01-05T09:00:00Z')).ok).toBe(true);
    const bare = parseCxcaseText(JSON.stringify(c));
    expect(bare.ok && bare.bare).toBe(true);
  });

  it('finds forbidden keys anywhere and refuses absurd nesting without overflowing the stack', () => {
    const doc = JSON.parse('{"a":[{"b":{"__proto__":1}}],"constructor":2,"c":{"prototype":3}}');
    expect(findForbiddenKeys(doc).map((p) => p.path).sort()).toEqual(['$.a[0].b.__proto__', '$.c.prototype', '$.constructor']);
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const r = parseCxcaseText(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/Nested more than 64 levels/);
  });

  it('measures size in UTF-8 bytes: 20 MB of multi-byte text is refused even though it has fewer characters', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    const text = '€'.repeat(Math.ceil(MAX_CXCASE_BYTES / 3) + 10);
    expect(text.length).toBeLessThan(MAX_CXCASE_BYTES);
    const r = parseCxcaseText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/larger than 20 MB/);
  });

  it('names the file header problems', () => {
    const c = generateCase(2);
    const r = parseCxcaseText(JSON.stringify({ format: 'cxcase', formatVersion: 1, exportedAt: 'yesterday', app: APP, case: c }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['$.exportedAt']);
  });
});
