/**
 * `npm run schema`: writes resources/schema/case.schema.json, the JSON Schema of the case document,
 * from the zod schema that is its single source (shared/case/schema.ts). Other tools (editors,
 * integrations) validate .cxcase files with it. A test checks the committed file equals a fresh
 * generation, so the file can never drift from the code.
 *
 * What JSON Schema cannot express (unique ids, references between rows, one deflection line per
 * scenario) is checked by the app and `cxcase validate`, not by this schema.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CASE_SCHEMA_VERSION, CaseSchema } from '@shared/case/schema';

export const SCHEMA_FILE = join(__dirname, '..', 'resources', 'schema', 'case.schema.json');

export function buildCaseJsonSchema(): Record<string, unknown> {
  // 'input': the schema of what a file may contain (before zod's trimming of names).
  const generated = z.toJSONSchema(CaseSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return {
    ...generated,
    $id: `https://cxcase.app/schema/case-v${CASE_SCHEMA_VERSION}.schema.json`,
    title: `CX Case document, format ${CASE_SCHEMA_VERSION}`,
    description:
      'A customer-service business case: scenarios with segments, key moments, competitor benchmarks, revenue, saving and cost lines. Percentages are fractions (0.25 = 25%), money is in the case currency, volumes are per month. Generated from shared/case/schema.ts by scripts/generate-schema.ts; do not edit by hand.',
  };
}

export function renderCaseJsonSchema(): string {
  return JSON.stringify(buildCaseJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] !== undefined && /generate-schema\.ts$/.test(process.argv[1])) {
  writeFileSync(SCHEMA_FILE, renderCaseJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
