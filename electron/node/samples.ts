/** The sample cases shipped in resources/samples, offered to a new user. Read-only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SampleInfoSchema, type SampleInfo } from '@shared/contract/api';
import { parseCxcaseText } from '@shared/case/cxcase-file';
import type { Case } from '@shared/case/schema';
import { fail, ok, type Result } from '@shared/contract/result';

const IndexSchema = z.object({ samples: z.array(SampleInfoSchema.extend({ file: z.string().regex(/^[A-Za-z0-9_.-]+\.cxcase$/) })) });

export interface SampleCatalog {
  list: () => SampleInfo[];
  load: (id: string) => Result<Case>;
}

export function sampleCatalog(resourcesDir: string): SampleCatalog {
  const dir = join(resourcesDir, 'samples');
  const parsedIndex = IndexSchema.safeParse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
  const entries = parsedIndex.success ? parsedIndex.data.samples : [];
  return {
    list: () => entries.map(({ id, name, description }) => ({ id, name, description })),
    load: (id) => {
      const e = entries.find((x) => x.id === id);
      if (!e) return fail('NOT_FOUND', 'There is no such sample.');
      const text = readFileSync(join(dir, e.file), 'utf8');
      const file = parseCxcaseText(text);
      return file.ok ? ok(file.value.case) : fail('INVALID_SAMPLE', `The sample ${e.file} is not valid: ${file.message}`, file.problems);
    },
  };
}
