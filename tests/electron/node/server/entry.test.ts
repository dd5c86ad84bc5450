/**
 * The local browser mode's command line (`npm start -- --browser …`): a wrong option is one clear
 * sentence and exit 1, never a stack trace, and nothing is opened.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePort } from '@electron-node/server/entry';

const root = join(__dirname, '..', '..', '..', '..');

describe('npm start -- --browser: options', () => {
  it('parsePort takes whole numbers from 0 to 65535 only', () => {
    expect(parsePort(undefined)).toBe(0);
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('65535')).toBe(65535);
    for (const bad of ['abc', '99999', '65536', '-1', '1.5', '', ' ', '0x50', '1e3', '８０']) expect(parsePort(bad), bad).toBeNull();
  });

  it.each([
    [['--port', 'abc'], /^CX Case: --port must be a whole number from 0 to 65535 \(got "abc"\)$/],
    [['--port', '99999'], /^CX Case: --port must be a whole number from 0 to 65535 \(got "99999"\)$/],
    [['--port=-1'], /--port must be a whole number from 0 to 65535/],
    [['--frobnicate'], /^CX Case: Unknown option '--frobnicate'/],
  ])('%j: one clear line, exit 1, no stack trace, no data folder touched', (args, message) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cxcase-entry-'));
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs'), '--browser', '--data-dir', dataDir, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(r.stderr).not.toMatch(/RangeError|TypeError|ERR_/);
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
