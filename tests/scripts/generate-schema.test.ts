/** The committed JSON Schema of the case document is exactly what the zod schema generates, and it works. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { renderCaseJsonSchema, SCHEMA_FILE } from '@scripts/generate-schema';
import { generateCases } from '../support/arbitraries';

const samples = join(__dirname, '..', '..', 'resources', 'samples');

describe('resources/schema/case.schema.json', () => {
  it('equals a fresh generation from shared/case/schema.ts (run `npm run schema` after changing the schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderCaseJsonSchema());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);

  it('accepts the sample cases and generated cases', () => {
    for (const f of ['b2b-software.cxcase', 'online-retailer.cxcase']) {
      const ok = validate(JSON.parse(readFileSync(join(samples, f), 'utf8')));
      expect(validate.errors ?? [], f).toEqual([]);
      expect(ok).toBe(true);
    }
    for (const c of generateCases(10)) expect(validate(c), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an unknown field, a percentage of 250% and a missing scenario list', () => {
    const good = JSON.parse(readFileSync(join(samples, 'b2b-software.cxcase'), 'utf8')) as Record<string, unknown> & {
      scenarios: { segments: { grossMargin: number }[] }[];
    };
    expect(validate({ ...good, colour: 'red' })).toBe(false);
    const pct = structuredClone(good);
    const seg = pct.scenarios[0]?.segments[0];
    if (seg) seg.grossMargin = 2.5;
    expect(validate(pct)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/scenarios/0/segments/0/grossMargin')).toBe(true);
    const { scenarios: _omit, ...noScenarios } = good;
    expect(validate(noScenarios)).toBe(false);
  });
});
