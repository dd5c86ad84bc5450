/**
 * A CSV export as bytes → records for a TicketAnalysis: the first chunk decides the encoding (and
 * the first line the delimiter); every later chunk is parsed as it comes, so memory stays flat
 * whatever the file's size. UTF-8 (most exports) is split into records as bytes (csv-bytes.ts) and
 * only the fields read are decoded; UTF-16 and Windows-1252 are decoded first and read as text.
 */
import { ByteCsvReader, fieldsSink, type FieldText, type RecordViewSink } from './csv-bytes';
import { CsvReader, sniffDelimiter, type RecordSink } from './csv';
import { chunkDecoder, sniffEncoding, type Encoding } from './encoding';

const SNIFF_BYTES = 1 << 20;

export interface CsvFormatFound {
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
}

/** For UTF-8 files: records as byte views (instead of arrays of texts), and a faster field decoder. */
export interface ByteRecordOptions {
  view?: RecordViewSink;
  field?: FieldText;
}

export class CsvByteStream {
  private decoder: ReturnType<typeof chunkDecoder> | null = null;
  private reader: CsvReader | null = null;
  private bytes: ByteCsvReader | null = null;
  private waiting = '';
  private found: CsvFormatFound | null = null;
  private head: Uint8Array[] = [];
  private headBytes = 0;

  /**
   * `utf8` may be a faster UTF-8 decoder than TextDecoder (Node's Buffer), used for whole chunks;
   * it must turn invalid bytes into U+FFFD as TextDecoder does.
   */
  constructor(
    private readonly sink: RecordSink,
    private readonly delimiter?: string,
    private readonly utf8?: (bytes: Uint8Array) => string,
    private readonly byteRecords: ByteRecordOptions = {},
  ) {}

  get format(): CsvFormatFound | null {
    return this.found;
  }

  /** The next chunk of the file; the stream keeps no reference to it (its buffer may be reused). */
  push(bytes: Uint8Array): void {
    if (this.bytes) return this.bytes.push(bytes);
    if (this.decoder) return this.text(this.decoder.decode(bytes), false);
    // The encoding is told from the first megabyte (or the whole file if smaller): an accented
    // letter may first appear thousands of rows in.
    // A copy: the caller may reuse its buffer for the next chunk.
    this.head.push(bytes.slice());
    this.headBytes += bytes.length;
    if (this.headBytes >= SNIFF_BYTES) this.decide(false);
  }

  end(): void {
    if (!this.decoder && !this.bytes) this.decide(true);
    if (this.bytes) return this.bytes.end();
    if (this.decoder) this.text(this.decoder.end(), true);
    this.reader?.end(this.sink);
  }

  private decide(final: boolean): void {
    const head = new Uint8Array(this.headBytes);
    let at = 0;
    for (const b of this.head) {
      head.set(b, at);
      at += b.length;
    }
    this.head = [];
    const sniffed = sniffEncoding(head.subarray(0, SNIFF_BYTES));
    this.found = { encoding: sniffed.encoding, bom: sniffed.bom > 0, delimiter: this.delimiter ?? ',' };
    if (sniffed.encoding === 'utf-8' && (this.delimiter === undefined || (this.delimiter.length === 1 && this.delimiter.charCodeAt(0) < 0x80))) {
      // The delimiter is sniffed from the whole first line: its end must be in the head.
      const body = head.subarray(sniffed.bom);
      const text = this.utf8 ? this.utf8(body) : new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      if (final || /[\r\n]/.test(text)) {
        const d = this.delimiter ?? sniffDelimiter(text);
        this.found.delimiter = d;
        this.bytes = new ByteCsvReader(d.charCodeAt(0), this.byteRecords.view ?? fieldsSink(this.sink), this.byteRecords.field);
        this.bytes.push(body);
        return;
      }
    }
    this.decoder = chunkDecoder(sniffed, this.utf8);
    this.text(this.decoder.decode(head), false);
  }

  private text(s: string, final: boolean): void {
    if (!this.reader) {
      // The delimiter is sniffed from the whole first line: wait for its end (or the file's).
      this.waiting += s;
      if (!final && !/[\r\n]/.test(this.waiting)) return;
      const d = this.delimiter ?? sniffDelimiter(this.waiting);
      if (this.found) this.found.delimiter = d;
      this.reader = new CsvReader(d);
      s = this.waiting;
      this.waiting = '';
    }
    this.reader.push(s, this.sink);
  }
}
