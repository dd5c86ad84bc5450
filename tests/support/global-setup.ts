/**
 * Runs once before the suite: builds the CLI bundle, the local server and the renderer from the
 * sources as they are now, so an end-to-end or CLI test never runs yesterday's build (~2-5 s).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(__dirname, '..', '..');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed before the tests:\n${r.stdout}\n${r.stderr}`);
}
