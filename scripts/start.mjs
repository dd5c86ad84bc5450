// `npm start`: the desktop app in Electron where its binary is installed; otherwise (or with
// `-- --browser`) the local browser mode, saying so. Arguments after `--` go to the browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const rest = args.filter((a) => a !== '--browser');

/**
 * The installed Electron binary, or null. Since Electron 42, `require('electron')` downloads the
 * binary when it is missing (it used to throw), so the path is read the way that module does, from
 * node_modules/electron/path.txt, without requiring it: no download is ever started from here.
 */
function electronBinary() {
  try {
    const dir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const p = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

if (!existsSync(join(root, 'out', 'node', 'server.cjs')) || !existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const electron = forceBrowser ? null : electronBinary();
if (electron) {
  // better-sqlite3 needs a build for Electron's ABI, kept apart from the Node build the tests use.
  // Rebuilt when Electron was upgraded since (another Electron major has another ABI).
  const native = join(root, 'build', 'native', 'electron', 'better_sqlite3.node');
  const stamp = join(root, 'build', 'native', 'electron', 'electron-version');
  const major = (v) => String(v).split('.')[0];
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const builtFor = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  if (!existsSync(native) || major(builtFor) !== major(electronVersion)) spawnSync(process.execPath, [join(root, 'scripts', 'build-electron-native.mjs')], { stdio: 'inherit' });
  const child = spawn(electron, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!forceBrowser)
    console.log(
      'Electron is not available on this machine (its binary is not installed; where the network allows, run `npm run electron:install`).\n' +
        'Starting the local browser mode instead: open the address below in a browser on this computer.',
    );
  process.argv = [process.argv[0], 'server', ...rest];
  require(join(root, 'out', 'node', 'server.cjs')).main();
}
