/**
 * An export's header row, read on its own: the wizard's mapping step lists the file's columns.
 * CSV: the first megabyte through the same byte reader as the analysis (encoding and delimiter
 * detected alike); XLSX: the first row of the first worksheet. Nothing but column names is kept.
 */
import { open } from 'node:fs/promises';
import { CsvByteStream } from '@shared/tickets/csv-stream';
import { eachXlsxRow } from './xlsx-rows';

const HEAD_BYTES = 1 << 20;

export function isZipStart(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

export async function readHeader(path: string): Promise<string[]> {
  const fh = await open(path, 'r');
  let head: Buffer;
  try {
    const b = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(b, 0, HEAD_BYTES, 0);
    head = b.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  let header: string[] = [];
  if (isZipStart(head)) {
    await eachXlsxRow(path, (fields) => ((header = fields.map((f) => f.trim())), true));
    return header;
  }
  let seen = false;
  const stream = new CsvByteStream((fields) => {
    if (!seen) header = fields.map((f) => f.trim());
    seen = true;
  });
  stream.push(head);
  stream.end();
  return header;
}
