// Builds everything the CLI, the browser mode, the app and the tests need (run by `npm install`).
// Node entries are bundled with esbuild; Electron main, preload and the renderer with electron-vite.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2]; // 'node' or 'app' to build one half

// Native and heavy packages stay in node_modules, loaded at run time.
const external = ['better-sqlite3', 'exceljs', 'pdf-lib', 'playwright-core', 'electron'];

if (only !== 'app') {
  const entries = {
    cli: 'electron/node/cli/entry.ts',
    'risk-worker': 'electron/node/risk/worker-entry.ts',
    server: 'electron/node/server/entry.ts',
  };
  for (const [name, entry] of Object.entries(entries)) {
    if (!existsSync(join(root, entry))) continue;
    await build({
      entryPoints: [join(root, entry)],
      outfile: join(root, 'out', 'node', `${name}.cjs`),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: true,
      external,
      logLevel: 'warning',
    });
  }
  console.log('built out/node (CLI and local server)');
}

if (only !== 'node' && existsSync(join(root, 'electron.vite.config.ts'))) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
