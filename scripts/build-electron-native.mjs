// Builds better-sqlite3 for Electron's ABI into build/native/electron, leaving node_modules' Node
// build untouched (the CLI and the tests use that one). Needs Electron's headers, so it runs only
// where Electron itself could be installed, i.e. with network access.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'cxcase-native-'));
cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true });
const gyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
const r = spawnSync(process.execPath, [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], {
  cwd: work,
  stdio: 'inherit',
});
if (r.status !== 0) {
  console.error('Could not build better-sqlite3 for Electron; the app cannot open its database in Electron.');
  process.exit(1);
}
mkdirSync(join(root, 'build', 'native', 'electron'), { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(root, 'build', 'native', 'electron', 'better_sqlite3.node'));
// npm start rebuilds when Electron is upgraded: a module built for another ABI would not load.
writeFileSync(join(root, 'build', 'native', 'electron', 'electron-version'), electronVersion);
console.log(`Built better-sqlite3 for Electron ${electronVersion}.`);
