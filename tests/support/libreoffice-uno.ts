/**
 * Editing workbooks with LibreOffice itself, not the library that wrote them: one headless soffice
 * driven over Python-UNO (tests/support/lo_edit.py; Debian package python3-uno) opens each
 * workbook, applies the edits finance would make by hand, recalculates, reads named cells and saves
 * it as .xlsx. All workbooks of a call share one soffice launch.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SOFFICE } from './libreoffice';

export type LoOp =
  | { op: 'setValue'; name: string; value: number }
  | { op: 'setString'; name: string; text: string }
  /** A formula in LibreOffice's API syntax, e.g. "=0.1+0.05". */
  | { op: 'setFormula'; name: string; formula: string }
  | { op: 'clear'; name: string }
  | { op: 'renameSheet'; from: string; to: string }
  /** 0-based column index; 0 inserts before column A. */
  | { op: 'insertColumn'; sheet: string; index: number }
  /** 0-based first row and count: cut and pasted below the last used row. */
  | { op: 'moveRowsToEnd'; sheet: string; first: number; count: number }
  | { op: 'appendRow'; sheet: string; texts: (string | number)[] }
  | { op: 'overwrite'; sheet: string; cell: string; value: number };

export interface LoJob {
  in: string;
  out: string;
  ops: LoOp[];
  /** Defined names whose recalculated values are returned. */
  read?: string[];
}

export type LoValue = number | string | null | { error: number };

/** The system Python, which python3-uno extends (a pyenv or venv python3 earlier on PATH lacks it). */
export const PYTHON = process.env.CXCASE_PYTHON_UNO ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

export function pythonUnoAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import uno'], { encoding: 'utf8' }).status === 0;
}

/** Runs every job in one soffice; resolves to each output's values read after recalculation. */
export async function editWithLibreOffice(jobs: readonly LoJob[], timeoutMs = 300_000): Promise<Record<string, Record<string, LoValue>>> {
  const dir = mkdtempSync(join(tmpdir(), 'cxcase-lo-uno-'));
  try {
    const job = join(dir, 'job.json');
    const pipe = `cxcase_${process.pid}_${Date.now()}`;
    writeFileSync(job, JSON.stringify({ soffice: SOFFICE, profile: pathToFileURL(join(dir, 'profile')).href, pipe, workbooks: jobs }));
    const { code, out, err } = await new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
      const child = spawn(PYTHON, [join(__dirname, 'lo_edit.py'), job], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`LibreOffice editing timed out\n${err}`));
      }, timeoutMs);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, out, err });
      });
    });
    if (code !== 0) throw new Error(`lo_edit.py exited with ${code}\n${err}`);
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, Record<string, LoValue>>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
