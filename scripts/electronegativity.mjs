// Runs Electronegativity (Doyensec's Electron security checker) over the app's sources offline and
// prints its findings as JSON: [{ id, file, line, severity, confidence, manualReview, description }].
// tests/scripts/electronegativity.test.ts compares them with the reviewed list next to it.
//
// The main process, the preload and the renderer are copied into one temporary folder and scanned
// together, so its global checks (CSP, navigation limits, permission handler…) see the whole app.
// Two things the tool would fetch from the network are kept offline: its translations (it falls back
// to the English it ships) and the list of Electron releases (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK,
// excluded: tests/scripts/electron-support.test.ts covers keeping Electron supported).
// Its own command line does not run here (it needs an old commander), so its runner is called.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const runnerPath = require.resolve('@doyensec/electronegativity');

// Every network call the tool makes goes through `got`: answer them all with "offline".
for (const from of ['locales/i18n.js', 'finder/checks/GlobalChecks/AvailableSecurityFixesGlobalCheck.js']) {
  const gotPath = createRequire(join(dirname(runnerPath), from)).resolve('got');
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = () => Promise.reject(new Error('offline'));
  require.cache[gotPath] = stub;
}

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'cxcase-electronegativity-'));
const log = console.log;
try {
  for (const dir of ['electron/main', 'electron/preload', 'renderer']) cpSync(join(root, dir), join(work, dir), { recursive: true });
  console.log = () => undefined; // the tool's progress messages would mix with the JSON on stdout
  const run = require(runnerPath);
  const result = await run(
    { input: work, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'], parserPlugins: [] },
    false,
  );
  console.log = log;
  if (result.errors.length) {
    console.error(JSON.stringify(result.errors, null, 2));
    process.exitCode = 1;
  }
  const findings = result.issues.map((i) => ({
    id: i.id,
    file: i.file,
    line: i.location.line,
    severity: i.severity.name,
    confidence: i.confidence.name,
    manualReview: Boolean(i.manualReview),
    description: i.description,
  }));
  process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
} finally {
  console.log = log;
  rmSync(work, { recursive: true, force: true });
}
