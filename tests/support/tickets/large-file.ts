/** A large export written straight to disk in batches (the benchmark's million rows, or ten million). */
import { closeSync, openSync, writeSync } from 'node:fs';
import { formatDate, VENDORS, type Vendor } from './exports';
import { ticketStream } from './model';

function quote(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Writes `count` tickets in the vendor's layout (UTF-8, comma); returns the bytes written. */
export function writeLargeCsv(path: string, vendor: Vendor, count: number, seed = 1): number {
  const spec = VENDORS[vendor];
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    let batch = spec.columns.map(quote).join(',') + '\r\n';
    let n = 0;
    for (const t of ticketStream(seed, count)) {
      const values = spec.row(t, formatDate(t.created, spec.dateStyle));
      batch += spec.columns.map((c) => quote(values[c] ?? '')).join(',') + '\r\n';
      if (++n % 20_000 === 0) {
        bytes += writeSync(fd, batch);
        batch = '';
      }
    }
    bytes += writeSync(fd, batch);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
