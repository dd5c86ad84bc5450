/**
 * Structure rules the code review asks for, checked on every source file: no import cycles between
 * modules (a view importing the registry that imports it), imports across layers through the
 * tsconfig path aliases (`@shared/engine/compute`, not `../../../shared/engine/compute`), and no
 * source file over 400 lines unless its opening comment says why it is kept whole.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const SOURCE_DIRS = ['shared', 'electron', 'renderer/src', 'scripts'];
const MAX_LINES = 400;
/** The phrase a long file's opening comment carries, followed by its reason. */
export const LONG_FILE_MARK = 'Kept whole at over 400 lines because';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(root, d)));

/** tsconfig's path aliases: "@shared/" → <root>/shared/ … */
const ALIASES: [string, string][] = Object.entries(
  (JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths,
).map(([key, [target]]) => [key.replace(/\*$/, ''), join(root, (target ?? '').replace(/\*$/, ''))]);

/** The top-level layer a file belongs to (electron/ counts as its three parts). */
const LAYERS = ['electron/node', 'electron/main', 'electron/preload', 'shared', 'renderer', 'resources', 'tests', 'scripts'];
function layerOf(file: string): string | undefined {
  const rel = relative(root, file).split('\\').join('/');
  return LAYERS.find((l) => rel === l || rel.startsWith(`${l}/`));
}

function resolveImport(from: string, spec: string): string | null {
  const alias = ALIASES.find(([prefix]) => spec.startsWith(prefix));
  const base = alias ? join(alias[1], spec.slice(alias[0].length)) : resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'((?:\.|@[a-z-]+\/)[^']*)'/g)].map((m) => m[1]!);
  return specs.map((s) => resolveImport(file, s)).filter((p): p is string => p !== null);
}

/** Every cycle in the import graph, each as the list of files from its first member back to it. */
function importCycles(): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map((p) => relative(root, p)));
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe('source structure', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no import cycles between modules', () => {
    expect(importCycles()).toEqual([]);
  });

  it('imports across layers through the path aliases, never a relative path out of its own layer', () => {
    const testFiles = sourceFiles(join(root, 'tests'));
    const crossing = [...files, ...testFiles].flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return [...text.matchAll(/(?:from\s+|import\(\s*|vi\.mock\(\s*)'(\.\.?\/[^']*)'/g)]
        .map((m) => m[1]!)
        .filter((spec) => {
          // Files at the root (package.json) belong to no layer.
          const target = layerOf(resolve(dirname(f), spec));
          return target !== undefined && target !== layerOf(f);
        })
        .map((spec) => `${relative(root, f)}: ${spec}`);
    });
    expect(crossing).toEqual([]);
  });

  it('keeps every source file under 400 lines unless its opening comment says why', () => {
    const unexplained = files
      .map((f) => ({ f: relative(root, f), text: readFileSync(f, 'utf8') }))
      .filter(({ text }) => text.split('\n').length > MAX_LINES)
      .filter(({ text }) => !text.slice(0, 1500).includes(LONG_FILE_MARK))
      .map(({ f, text }) => `${f} (${text.split('\n').length} lines)`);
    expect(unexplained).toEqual([]);
  });
});
