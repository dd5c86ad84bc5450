// The path aliases of tsconfig.json ("@shared/*" → "shared/*") as bundler aliases: tsconfig is the
// one list; esbuild reads it itself, Vite (electron-vite) and Vitest get it from here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface TsConfig {
  compilerOptions?: { paths?: Record<string, string[]> };
}

export function pathAliases(root: string): { find: string; replacement: string }[] {
  const config = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as TsConfig;
  return Object.entries(config.compilerOptions?.paths ?? {}).map(([key, targets]) => ({
    find: key.replace(/\/\*$/, ''),
    replacement: join(root, (targets[0] ?? '').replace(/\/\*$/, '')),
  }));
}
