/** Names the store gives: file names from case names, and names that are not yet taken. */
import { newId } from '@shared/case/factory';
import { MAX_NAME_LENGTH } from '@shared/case/schema';

export type NameStyle = 'imported' | 'copy' | 'number';

/** A name that is valid in every file system, from a case name; `extension` with or without its dot. */
export function fileNameFor(caseName: string, extension: string): string {
  const ext = extension === '' || extension.startsWith('.') ? extension : `.${extension}`;
  const base = caseName
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${base || 'case'}${ext}`;
}

/** "Name", else "Name (imported)", "Name (imported 2)", … within the length limit. */
export function uniqueName(base: string, taken: ReadonlySet<string>, style: NameStyle): string {
  const free = (n: string) => !taken.has(n.toLowerCase());
  if (free(base)) return base;
  for (let i = 1; i < 10_000; i++) {
    const word = style === 'imported' ? 'imported' : style === 'copy' ? 'copy' : '';
    const suffix = style === 'number' ? ` (${i + 1})` : i === 1 ? ` (${word})` : ` (${word} ${i})`;
    const candidate = base.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (free(candidate)) return candidate;
  }
  return `${base.slice(0, MAX_NAME_LENGTH - 20)} (${newId('n')})`;
}
