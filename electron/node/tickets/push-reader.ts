/**
 * An export read from bytes as they arrive (the browser mode's upload, chunk by chunk): CSV through
 * the pure byte reader, XLSX through exceljs's streaming reader fed by a pass-through stream. Each
 * chunk is read and dropped — the file is never assembled in memory nor written to disk. The first
 * record is kept as the header (column names, for the mapping step); the rest only feed the
 * aggregates.
 */
import { PassThrough } from 'node:stream';
import { TicketAnalysis, type AnalysisOptions, type AnalysisReport, type AnalysisFailure } from '@shared/tickets/analysis';
import type { RecordProblem } from '@shared/tickets/csv';
import { CsvByteStream } from '@shared/tickets/csv-stream';
import type { FileFacts } from '@shared/tickets/summary-json';
import { isZipStart } from './header';
import { eachXlsxRow } from './xlsx-rows';

export type PushedOutcome = { ok: true; report: AnalysisReport; file: FileFacts; header: string[] } | { ok: false; message: string; header: string[] };

export class PushedExport {
  private readonly analysis: TicketAnalysis;
  private csv: CsvByteStream | null = null;
  private xlsx: { input: PassThrough; done: Promise<void> } | null = null;
  private header: string[] | null = null;
  private rowsSeen = 0;

  constructor(
    private readonly name: string,
    options: AnalysisOptions,
  ) {
    this.analysis = new TicketAnalysis(options);
  }

  get rows(): number {
    return Math.max(0, this.rowsSeen - 1);
  }

  private readonly sink = (fields: string[], line: number, problem: RecordProblem) => {
    if (this.header === null) this.header = fields.map((f) => f.trim());
    this.rowsSeen++;
    this.analysis.record(fields, line, problem);
  };

  /** Takes the next chunk; resolves once a workbook's reader has taken it (back-pressure). */
  async push(bytes: Uint8Array): Promise<void> {
    if (!this.csv && !this.xlsx) {
      if (isZipStart(bytes)) {
        const input = new PassThrough();
        this.xlsx = { input, done: eachXlsxRow(input, (f, line) => this.sink(f, line, null)) };
        // A failure surfaces in end(); no unhandled rejection meanwhile.
        this.xlsx.done.catch(() => undefined);
      } else this.csv = new CsvByteStream(this.sink, undefined, (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8'));
    }
    if (this.csv) return this.csv.push(bytes);
    const input = this.xlsx!.input;
    if (!input.write(bytes)) await new Promise<void>((resolve) => input.once('drain', resolve));
  }

  async end(): Promise<PushedOutcome> {
    const header = this.header ?? [];
    let kind: FileFacts['kind'] = 'csv';
    if (this.xlsx) {
      kind = 'xlsx';
      this.xlsx.input.end();
      try {
        await this.xlsx.done;
      } catch (e) {
        return { ok: false, message: `${this.name} is not a readable Excel workbook (${e instanceof Error ? e.message : String(e)}).`, header };
      }
    } else {
      // An empty upload still ends as a CSV: the analysis then says the file is empty.
      this.csv ??= new CsvByteStream(this.sink);
      this.csv.end();
    }
    const r: AnalysisReport | AnalysisFailure = this.analysis.finish();
    if (!r.ok) return { ok: false, message: r.message, header: this.header ?? [] };
    const found = this.csv?.format ?? null;
    return { ok: true, report: r, header: this.header ?? [], file: { name: this.name, kind, encoding: found?.encoding ?? null, delimiter: found?.delimiter ?? null } };
  }

  /** Drops what is pending (a cancelled upload). */
  cancel(): void {
    this.xlsx?.input.destroy();
  }
}
