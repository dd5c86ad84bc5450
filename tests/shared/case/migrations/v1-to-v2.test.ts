/** Case format 1 → 2: every Model v2 field at the value that keeps format 1's figures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_SCHEMA_VERSION } from '@shared/case/schema';
import { describe, expect, it } from 'vitest';
import { v1ToV2 } from '@shared/case/migrations/v1-to-v2';
import { MIGRATIONS } from '@shared/case/migrate';
import { parseCase } from '@shared/case/validate';

const v1Sample = () => JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'support', 'engine-v1', 'samples', 'b2b-software.cxcase'), 'utf8')) as Record<string, unknown>;

describe('v1ToV2', () => {
  it('is the app table step from format 1', () => {
    expect(MIGRATIONS[1]).toBe(v1ToV2);
  });

  it('adds the case settings, with the month the case was created as its start month', () => {
    const doc = v1ToV2(v1Sample());
    expect(doc).toMatchObject({ startMonth: '2026-01', fiscalYearStartMonth: 1, taxRate: 0, discounting: 'monthly', wageInflation: 0, costInflation: 0 });
  });

  it('adds segment growth, service volume growth and FTE hours, and marks every cost line opex with a 36-month life', () => {
    const doc = v1ToV2(v1Sample()) as { scenarios: { segments: object[]; service: object; costLines: object[] }[] };
    for (const s of doc.scenarios) {
      for (const g of s.segments) expect(g).toMatchObject({ customerGrowth: 0 });
      expect(s.service).toMatchObject({ volumeGrowth: 0, productiveHoursPerFte: 120 });
      for (const l of s.costLines) expect(l).toMatchObject({ accounting: 'opex', lifeMonths: 36 });
    }
  });

  it('a format-1 file reads as a valid case of the current format (through format 2), reported as migrated from 1', () => {
    const r = parseCase(v1Sample());
    expect(r.ok && r.migratedFrom).toBe(1);
    expect(r.ok && r.value.schemaVersion).toBe(CASE_SCHEMA_VERSION);
  });

  it('keeps a value the document already has (the schema then judges it) and does not change its input', () => {
    const input = { ...v1Sample(), taxRate: 0.2 };
    const before = JSON.stringify(input);
    expect(v1ToV2(input).taxRate).toBe(0.2);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('passes what is not the expected shape through, for the schema to report', () => {
    expect(v1ToV2({ schemaVersion: 1, scenarios: 'none' }).scenarios).toBe('none');
    expect(v1ToV2({ schemaVersion: 1, scenarios: [7, { segments: 3, service: null, costLines: [1] }] }).scenarios).toEqual([7, { segments: 3, service: null, costLines: [1] }]);
    // No readable creation date: no start month is invented; validation says it is required.
    expect('startMonth' in v1ToV2({ schemaVersion: 1, createdAt: 'yesterday' })).toBe(false);
    const r = parseCase({ ...v1Sample(), createdAt: 'yesterday' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual({ path: '$.startMonth', message: 'Required' });
  });
});
