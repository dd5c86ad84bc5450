/**
 * LibreOffice, headless, for tests that need a real spreadsheet engine: open files, RECALCULATE every
 * formula, save them in another format. Many files go through one soffice launch (it costs seconds).
 *
 * Recalculation: LibreOffice 7.x ignores the workbook's fullCalcOnLoad flag and by default never
 * recalculates an .xlsx on load (it trusts the cached results). Each run therefore uses a fresh user
 * profile (-env:UserInstallation, so parallel runs never collide) whose registrymodifications.xcu sets
 * Calc's OOXMLRecalcMode and ODFRecalcMode to 0 = "always recalculate".
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = process.env.SOFFICE_BIN ?? 'soffice';

/** "LibreOffice 7.4.7.2 …", or null when soffice cannot be run. */
export function libreOfficeVersion(): string | null {
  const r = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** Target format for --convert-to, e.g. 'xlsx', 'ods', 'pdf', or a filter string 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1'. */
  to: string;
  outDir: string;
  /** Recalculate every formula on load (default true). */
  recalc?: boolean;
  timeoutMs?: number;
}

export interface ConvertResult {
  /** Input path → output path. */
  outputs: Map<string, string>;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Converts `files` in ONE soffice launch. Input basenames must be unique (outputs share `outDir`).
 * Rejects if soffice fails, times out, or leaves any expected output missing.
 */
export async function convertWithLibreOffice(files: readonly string[], o: ConvertOptions): Promise<ConvertResult> {
  if (files.length === 0) return { outputs: new Map(), stdout: '', stderr: '', ms: 0 };
  const names = new Set(files.map((f) => basename(f, extname(f))));
  if (names.size !== files.length) throw new Error('convertWithLibreOffice: input file names must be unique');
  mkdirSync(o.outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'cxcase-lo-profile-'));
  if (o.recalc ?? true) {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  }
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--invisible',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    o.to,
    '--outdir',
    o.outDir,
    ...files,
  ];
  const t0 = performance.now();
  try {
    const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
      const child = spawn(SOFFICE, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`soffice timed out after ${o.timeoutMs ?? 300_000} ms\n${err}`));
      }, o.timeoutMs ?? 300_000);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ stdout: out, stderr: err, code });
      });
    });
    if (code !== 0) throw new Error(`soffice exited with ${code}\n${stderr}`);
    const ext = o.to.split(':')[0] ?? o.to;
    const outputs = new Map<string, string>();
    const missing: string[] = [];
    for (const f of files) {
      const out = join(o.outDir, `${basename(f, extname(f))}.${ext}`);
      if (existsSync(out)) outputs.set(f, out);
      else if (ext !== 'csv') missing.push(f);
    }
    if (missing.length > 0) throw new Error(`soffice wrote nothing for ${missing.join(', ')}\n${stdout}\n${stderr}`);
    return { outputs, stdout, stderr, ms: performance.now() - t0 };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Opens each .xlsx in LibreOffice, recalculates everything and saves it again as .xlsx in outDir. */
export function recalculateXlsx(files: readonly string[], outDir: string, timeoutMs?: number): Promise<ConvertResult> {
  return convertWithLibreOffice(files, { to: 'xlsx', outDir, recalc: true, timeoutMs });
}
