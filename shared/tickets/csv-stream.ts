/**
 * A CSV export as bytes → records for a TicketAnalysis: the first chunk decides the encoding (and
 * the first line the delimiter); every later chunk is decoded and parsed as it comes, so memory
 * stays flat whatever the file's size.
 */
import { CsvReader, sniffDelimiter, type RecordSink } from './csv';
import { chunkDecoder, sniffEncoding, type Encoding } from './encoding';

export interface CsvFormatFound {
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
}

export class CsvByteStream {
  private decoder: ReturnType<typeof chunkDecoder> | null = null;
  private reader: CsvReader | null = null;
  private waiting = '';
  private found: CsvFormatFound | null = null;

  constructor(
    private readonly sink: RecordSink,
    private readonly delimiter?: string,
  ) {}

  get format(): CsvFormatFound | null {
    return this.found;
  }

  push(bytes: Uint8Array): void {
    if (!this.decoder) {
      const sniffed = sniffEncoding(bytes.subarray(0, 1 << 20));
      this.decoder = chunkDecoder(sniffed);
      this.found = { encoding: sniffed.encoding, bom: sniffed.bom > 0, delimiter: this.delimiter ?? ',' };
    }
    this.text(this.decoder.decode(bytes), false);
  }

  end(): void {
    if (this.decoder) this.text(this.decoder.end(), true);
    this.reader?.end(this.sink);
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
