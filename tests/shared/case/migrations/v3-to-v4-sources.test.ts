import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCase } from '@shared/engine/compute';
import { parseCase } from '@shared/case/validate';
import { v3ToV4Sources } from '@shared/case/migrations/v3-to-v4-sources';
import type { Case } from '@shared/case/schema';

const root = join(__dirname, '..', '..', '..', '..');

/** A sample as format 3 wrote it: no source on moments, none on the baseline volume. */
function asFormat3(file: string): Record<string, unknown> {
  const c = JSON.parse(readFileSync(join(root, 'resources', 'samples', file), 'utf8')) as Case;
  return {
    ...c,
    schemaVersion: 3,
    scenarios: c.scenarios.map(({ moments, service, ...s }) => {
      const { volumeSource: _v, ...svc } = service;
      return { ...s, service: svc, moments: moments.map(({ source: _s, ...m }) => m) };
    }),
  };
}

describe('case format 3 → 4 (sources on moments and the baseline volume)', () => {
  for (const file of ['b2b-software.cxcase', 'online-retailer.cxcase']) {
    it(`${file}: a format-3 case migrates, gets empty sources and computes identically`, () => {
      const v3 = asFormat3(file);
      const moments = (v3['scenarios'] as { moments: Record<string, unknown>[] }[]).flatMap((s) => s.moments);
      expect(moments.length).toBeGreaterThan(0);
      expect(moments.some((m) => 'source' in m)).toBe(false);
      const r = parseCase(v3);
      if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      expect(r.migratedFrom).toBe(3);
      expect(r.value.schemaVersion).toBe(4);
      for (const s of r.value.scenarios) {
        expect(s.moments.every((m) => m.source === '')).toBe(true);
        expect(s.service.volumeSource).toBe('');
      }
      const current = parseCase(JSON.parse(readFileSync(join(root, 'resources', 'samples', file), 'utf8')));
      if (!current.ok) throw new Error('the sample does not validate');
      expect(computeCase(r.value)).toEqual(computeCase(current.value));
    });
  }

  it('keeps sources that are already there', () => {
    const doc = { scenarios: [{ moments: [{ id: 'm', source: 'tickets.csv' }], service: { volumeSource: 'tickets.csv' } }] };
    expect(v3ToV4Sources(doc)).toEqual(doc);
  });

  it('leaves shapes it does not know for validation to report', () => {
    expect(v3ToV4Sources({ scenarios: 'x' })).toEqual({ scenarios: 'x' });
    expect(v3ToV4Sources({ scenarios: [null, { moments: 'y' }] })).toEqual({ scenarios: [null, { moments: 'y' }] });
  });
});
