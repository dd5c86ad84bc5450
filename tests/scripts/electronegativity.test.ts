/**
 * Electronegativity (Doyensec's Electron security checker) over the main process, the preload and the
 * renderer, offline: every finding must be fixed or be in the reviewed list with its reason.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  description: string;
}

const reviewed = (JSON.parse(readFileSync(join(__dirname, 'electronegativity.reviewed.json'), 'utf8')) as { reviewed: { id: string; file: string; reason: string }[] }).reviewed;
const key = (f: { id: string; file: string }) => `${f.id} ${f.file}`;

describe('Electronegativity', () => {
  it('finds nothing but the reviewed findings, and each reviewed finding is still there', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'electronegativity.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const findings = JSON.parse(r.stdout) as Finding[];
    const known = new Set(reviewed.map(key));
    const fresh = findings.filter((f) => !known.has(key(f))).map((f) => `${key(f)}:${f.line} ${f.severity}: ${f.description}`);
    expect(fresh, 'new findings: fix them, or review them in tests/scripts/electronegativity.reviewed.json').toEqual([]);
    const found = new Set(findings.map(key));
    expect(reviewed.filter((f) => !found.has(key(f))).map(key), 'reviewed findings no longer reported: remove them from the list').toEqual([]);
  }, 90_000);

  it('every reviewed finding says why it is not a problem', () => {
    for (const f of reviewed) expect(f.reason.length, key(f)).toBeGreaterThan(40);
  });
});
