/** What `cxcase diff-xlsx` and `cxcase apply-xlsx` do (registered in roundtrip.ts, loaded only when run). */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Case } from '@shared/case/schema';
import { serializeCxcase } from '@shared/case/cxcase-file';
import { applyChanges } from '@shared/roundtrip/diff';
import { MAX_WORKBOOK_BYTES, type RoundTripReport, type Scalar } from '@shared/roundtrip/schema';
import { readBounded } from '../../files/read-bounded';
import { readRoundTrip, WorkbookReadError } from '../../roundtrip/index';
import { writeAtomically } from '../export-file';
import { readCaseFile } from '../io';
import { CliError, printProblems, type CliIo } from '../output';
import { VERSION } from '../version';


async function report(caseFile: string, workbook: string, io: CliIo): Promise<{ c: Case; r: RoundTripReport }> {
  const parsed = readCaseFile(caseFile);
  if (!parsed.ok) {
    printProblems(io, caseFile, parsed.problems);
    throw new CliError(null);
  }
  if (!workbook.toLowerCase().endsWith('.xlsx')) throw new CliError(`The workbook's name must end in .xlsx (got ${workbook}).`);
  const bytes = readBounded(workbook, MAX_WORKBOOK_BYTES);
  if (!bytes.ok) throw new CliError(bytes.message.replace('a CX Case file', 'an exported workbook'));
  try {
    return { c: parsed.value, r: await readRoundTrip(parsed.value, new Uint8Array(bytes.bytes)) };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new CliError(`${workbook}: ${e.message}`);
    throw e;
  }
}

const shown = (v: Scalar | null) => (v === null ? '(empty)' : typeof v === 'string' ? `"${v}"` : String(v));
const money = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function printReport(io: CliIo, r: RoundTripReport, workbook: string): void {
  const n = r.changes.length;
  io.out(`${basename(workbook)}: workbook of "${r.identity.caseName}", ${n} change${n === 1 ? '' : 's'}\n`);
  for (const ch of r.changes) {
    const where = [ch.scenarioName ?? 'Case', ch.step, ch.item, ch.field].filter((x) => x !== '').join(' · ');
    io.out(`  ${ch.path}  (${where})  ${shown(ch.from)} → ${shown(ch.to)}  NPV ${money(ch.npvEffect)}${ch.formula ? `  [formula =${ch.formula}]` : ''}${ch.conflict ? '  [also changed in the case since the export]' : ''}\n`);
  }
  if (n > 0) for (const t of r.together) io.out(`All changes together, ${t.scenarioName}: NPV ${t.npvBefore.toFixed(2)} → ${t.npvAfter.toFixed(2)} (${money(t.npvEffect)})\n`);
  const section = <T>(title: string, items: readonly T[], line: (x: T) => string) => {
    if (items.length === 0) return;
    io.out(`${title} (${items.length}):\n`);
    for (const x of items) io.out(`  ${line(x)}\n`);
  };
  section('Refused', r.refused, (x) => `${x.path} (${x.cell || x.name}) ${x.value === '' ? '(empty)' : `"${x.value}"`}: ${x.reason}`);
  section('Not importable', r.notImportable, (x) => `${x.where}: ${x.what}`);
  section('Overwritten formulas', r.overwrittenFormulas, (x) => `${x.sheet}!${x.cell}: the formula =${x.formula} was replaced by a value`);
}

export async function diffXlsx(caseFile: string, workbook: string, opts: { json?: boolean }, io: CliIo): Promise<void> {
  const { r } = await report(caseFile, workbook, io);
  if (opts.json) io.out(JSON.stringify(r, null, 2) + '\n');
  else printReport(io, r, workbook);
}

export async function applyXlsx(caseFile: string, workbook: string, opts: { out: string }, io: CliIo): Promise<void> {
  const out = resolve(opts.out);
  if (!out.toLowerCase().endsWith('.cxcase')) throw new CliError(`The new case file's name must end in .cxcase (got ${opts.out}).`);
  const { c, r } = await report(caseFile, workbook, io);
  const applied = applyChanges(c, r.changes);
  if (!applied.ok) throw new CliError(`The changes cannot be taken together: ${applied.reason}`);
  const now = new Date().toISOString();
  if (existsSync(out)) throw new CliError(`${out} already exists; apply-xlsx never replaces a file. Choose a new name.`);
  writeAtomically(out, serializeCxcase({ ...applied.value, updatedAt: now }, { name: 'CX Case', version: VERSION }, now));
  printReport(io, r, workbook);
  io.out(`Took ${r.changes.length} change${r.changes.length === 1 ? '' : 's'}; wrote ${out}\n`);
}
