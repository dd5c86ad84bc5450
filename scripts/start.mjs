// `npm start`: the desktop app in Electron where its binary is installed; otherwise (or with
// `-- --browser`) the local browser mode, saying so. Arguments after `--` go to the browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const rest = args.filter((a) => a !== '--browser');

function electronBinary() {
  try {
    const p = require('electron'); // the binary's path, or a throw when it was never downloaded
    return typeof p === 'string' && existsSync(p) ? p : null;
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
  const native = join(root, 'build', 'native', 'electron', 'better_sqlite3.node');
  if (!existsSync(native)) spawnSync(process.execPath, [join(root, 'scripts', 'build-electron-native.mjs')], { stdio: 'inherit' });
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
