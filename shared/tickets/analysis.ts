/**
 * A ticket export read record by record: the first record is the header (which layout, which
 * columns), the next few thousand are held back to detect the date order, then every record is
 * read into a Ticket, classified and added to the figures. Bad rows are counted and the first 100
 * listed with their line and reason; nothing is dropped silently. Pure: the caller feeds records
 * (from CSV text or from a spreadsheet) and asks for the result at the end.
 */
import { ArrayCells, ViewCells, type RowCells } from './cells';
import type { RecordProblem } from './csv';
import type { CsvRecordView } from './csv-bytes';
import { makeClassifier, type KeywordRule } from './classify';
import { detectDateOrder, type DateOrder, type DateOrderFinding } from './dates';
import { TicketFigures, type Derived } from './derive';
import { MAX_LISTED_BAD_ROWS, TICKET_FIELDS, type BadRow, type ColumnMap, type TicketField } from './fields';
import { applyUserMapping, guessColumns, type UserMapping } from './generic';
import { layoutOf, mapLayout, recogniseLayout, type Format, type Layout, type Vendor } from './layouts';
import { makeCellsReader, type RowResult } from './mapping';
import type { Intent } from '../case/schema';

/** Records held back before the date order is decided. */
const DATE_SAMPLE = 5000;
/** Distinct values of the intent field listed for the value → intent table. */
const MAX_VALUES = 200;

export interface AnalysisOptions {
  format?: Format;
  map?: UserMapping;
  /** The order the user confirmed; otherwise the detected one (day-first when nothing tells). */
  dateOrder?: DateOrder;
  zoneOffsetMinutes?: number;
  rules?: readonly KeywordRule[];
  valueIntents?: Readonly<Record<string, Intent | null>>;
  customerDomains?: readonly string[];
}

export interface DatesFinding extends DateOrderFinding {
  /** The order used. */
  used: DateOrder;
  /** The user confirmed the order (or the dates proved it). */
  settled: boolean;
}

export interface AnalysisReport {
  ok: true;
  format: Vendor | 'generic';
  /** Field → header of the column used. */
  columns: Partial<Record<TicketField, string>>;
  dates: DatesFinding;
  zoneOffsetMinutes: number;
  rows: number;
  badRowCount: number;
  badRows: BadRow[];
  /** Distinct values of the intent column, with their count and the intent they were given. */
  intentValues: { value: string; tickets: number }[];
  derived: Derived;
}

export interface AnalysisFailure {
  ok: false;
  message: string;
}

type Stage = { kind: 'header' } | { kind: 'sampling'; held: { fields: string[]; line: number; problem: RecordProblem }[] } | { kind: 'reading' } | { kind: 'failed'; message: string };

export class TicketAnalysis {
  private stage: Stage = { kind: 'header' };
  private header: string[] = [];
  private map: ColumnMap = {};
  private layout: Layout | null = null;
  private dates: DatesFinding = { order: null, ambiguous: false, conflicting: false, used: 'dmy', settled: false };
  private readRow: ((cells: RowCells, problem: RecordProblem, view?: CsvRecordView) => RowResult) | null = null;
  private readonly arrayCells = new ArrayCells();
  private readonly viewCells = new ViewCells();
  private rows = 0;
  private badRowCount = 0;
  private readonly badRows: BadRow[] = [];
  private readonly values = new Map<string, number>();
  private readonly classify;
  private readonly figures: TicketFigures;
  private readonly zone: number;

  constructor(private readonly options: AnalysisOptions = {}) {
    this.zone = options.zoneOffsetMinutes ?? 0;
    this.classify = makeClassifier({ rules: options.rules, valueIntents: options.valueIntents });
    this.figures = new TicketFigures({ zoneOffsetMinutes: this.zone, customerDomains: options.customerDomains });
  }

  record(fields: string[], line: number, problem: RecordProblem): void {
    const s = this.stage;
    if (s.kind === 'failed') return;
    if (s.kind === 'header') return this.readHeader(fields);
    if (s.kind === 'sampling') {
      s.held.push({ fields, line, problem });
      if (s.held.length >= DATE_SAMPLE) this.startReading(s.held);
      return;
    }
    this.arrayCells.fields = fields;
    this.readOne(this.arrayCells, line, problem);
  }

  /**
   * A record as a CSV byte view (valid during the call only): read in place once reading has
   * started, as texts before (the header and the held-back sample).
   */
  recordView(view: CsvRecordView, line: number, problem: RecordProblem): void {
    if (this.stage.kind !== 'reading') return this.record(view.fields(), line, problem);
    this.viewCells.view = view;
    this.readOne(this.viewCells, line, problem, view);
  }

  finish(): AnalysisReport | AnalysisFailure {
    const s = this.stage;
    if (s.kind === 'failed') return { ok: false, message: s.message };
    if (s.kind === 'header') return { ok: false, message: 'The file is empty: it has no header and no tickets.' };
    if (s.kind === 'sampling') this.startReading(s.held);
    const derived = this.figures.summary();
    if (derived.tickets === 0 && this.rows > 0 && this.badRowCount === this.rows)
      return { ok: false, message: `None of the ${this.rows} rows could be read as a ticket (first problem, line ${this.badRows[0]?.line}: ${this.badRows[0]?.reason}).` };
    const columns: Partial<Record<TicketField, string>> = {};
    for (const f of TICKET_FIELDS) {
      const i = this.map[f];
      if (i !== undefined) columns[f] = this.header[i] ?? '';
    }
    const intentValues = [...this.values].map(([value, tickets]) => ({ value, tickets })).sort((a, b) => b.tickets - a.tickets || a.value.localeCompare(b.value));
    return {
      ok: true,
      format: this.layout?.vendor ?? 'generic',
      columns,
      dates: this.dates,
      zoneOffsetMinutes: this.zone,
      rows: this.rows,
      badRowCount: this.badRowCount,
      badRows: this.badRows,
      intentValues: intentValues.slice(0, MAX_VALUES),
      derived,
    };
  }

  private fail(message: string): void {
    this.stage = { kind: 'failed', message };
  }

  private readHeader(fields: string[]): void {
    this.header = fields.map((h) => h.trim());
    const format = this.options.format ?? 'auto';
    this.layout = format === 'generic' ? null : format === 'auto' ? recogniseLayout(this.header) : layoutOf(format);
    const base = this.layout ? mapLayout(this.layout, this.header) : guessColumns(this.header);
    const { map, missing } = applyUserMapping(base, this.header, this.options.map ?? {});
    if (missing.length > 0) return this.fail(`The file has no column named ${missing.map((m) => `"${m}"`).join(', ')}. Its columns: ${this.listColumns()}.`);
    this.map = map;
    if (map.created === undefined)
      return this.fail(
        `This file does not look like a ticket export: no column gives the date each ticket was created. Its columns: ${this.listColumns()}. Map one with --map created=COLUMN (and the other fields likewise).`,
      );
    this.stage = { kind: 'sampling', held: [] };
  }

  private listColumns(): string {
    const shown = this.header.slice(0, 30).map((h) => `"${h.slice(0, 60)}"`);
    return shown.join(', ') + (this.header.length > 30 ? ` and ${this.header.length - 30} more` : '');
  }

  private startReading(held: { fields: string[]; line: number; problem: RecordProblem }[]): void {
    const ci = this.map.created!;
    const finding = detectDateOrder(held.map((h) => h.fields[ci] ?? ''));
    const confirmed = this.options.dateOrder;
    this.dates = { ...finding, used: confirmed ?? finding.order ?? 'dmy', settled: confirmed !== undefined || finding.order !== null || !finding.ambiguous };
    const units = this.layout?.units ?? { firstResponse: 'minutes', resolution: 'minutes', handleTime: 'minutes' };
    this.readRow = makeCellsReader({ header: this.header, map: this.map, units, dateOrder: this.dates.used, zoneOffsetMinutes: this.zone });
    this.stage = { kind: 'reading' };
    for (const h of held) {
      this.arrayCells.fields = h.fields;
      this.readOne(this.arrayCells, h.line, h.problem);
    }
  }

  private readOne(cells: RowCells, line: number, problem: RecordProblem, view?: CsvRecordView): void {
    this.rows++;
    const r = this.readRow!(cells, problem, view);
    if (!r.ok) {
      this.badRowCount++;
      if (this.badRows.length < MAX_LISTED_BAD_ROWS) this.badRows.push({ line, reason: r.reason });
      return;
    }
    const t = r.ticket;
    if (t.intentValue !== null && (this.values.has(t.intentValue) || this.values.size < MAX_VALUES * 5))
      this.values.set(t.intentValue, (this.values.get(t.intentValue) ?? 0) + 1);
    this.figures.add(t, this.classify(t, r.words));
  }
}
