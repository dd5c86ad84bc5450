/**
 * The .xlsx container: a plain zip (no zip64, no encryption) whose parts are compressed by Node's
 * native zlib. exceljs zips through JSZip, whose pure-JS UTF-8 encoder, CRC-32 and deflate cost about
 * as much as rendering the sheets; here each part is encoded, deflated (level 1: a few percent larger,
 * several times quicker than the default on big sheets) and checksummed natively, in the order added;
 * the deflating runs in the background while the caller renders the next part.
 * Format: PKWARE APPNOTE 6.3 — a local header before each part's data, then the central directory
 * listing every part, then the end-of-central-directory record.
 */
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

// Deflating on libuv's thread pool lets the next part be rendered meanwhile, on another core.
const deflate = promisify(deflateRaw);

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  data: Promise<Buffer>;
}

interface Placed {
  entry: Entry;
  data: Buffer;
  offset: number;
}

// Without zip64 a part, the archive and the part count must fit these fields; a workbook is megabytes.
const MAX_U32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** MS-DOS date and time (local time, 2-second resolution), as zip tools read them. */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private readonly stamp: { date: number; time: number };

  constructor(modified: Date) {
    this.stamp = dosDateTime(modified);
  }

  /** Adds one part (the same call shape as exceljs's ZipWriter.append, so its part writers can feed it). */
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void {
    const raw =
      typeof data !== 'string' ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data, options.base64 ? 'base64' : 'utf8');
    if (raw.length > MAX_U32 || this.entries.length >= MAX_ENTRIES) throw new Error('Workbook too large for a zip without zip64');
    const packed = deflate(raw, { level: 1 });
    // A rejection is awaited in finish(); until then it must not count as unhandled.
    packed.catch(() => undefined);
    this.entries.push({ name: Buffer.from(options.name, 'utf8'), crc: crc32(raw), size: raw.length, data: packed });
  }

  /** The archive's bytes, once every part is deflated. */
  async finish(): Promise<Buffer> {
    const placed: Placed[] = [];
    let offset = 0;
    for (const entry of this.entries) {
      const data = await entry.data;
      placed.push({ entry, data, offset });
      offset += 30 + entry.name.length + data.length;
      if (offset > MAX_U32) throw new Error('Workbook too large for a zip without zip64');
    }
    const chunks: Buffer[] = [];
    for (const p of placed) chunks.push(this.header(p, false), p.entry.name, p.data);
    const dirStart = offset;
    let dirSize = 0;
    for (const p of placed) {
      const h = this.header(p, true);
      chunks.push(h, p.entry.name);
      dirSize += h.length + p.entry.name.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(placed.length, 8);
    end.writeUInt16LE(placed.length, 10);
    end.writeUInt32LE(dirSize, 12);
    end.writeUInt32LE(dirStart, 16);
    chunks.push(end);
    return Buffer.concat(chunks);
  }

  /** A local file header (30 bytes) or a central directory header (46 bytes), without the name. */
  private header({ entry: e, data, offset }: Placed, central: boolean): Buffer {
    const h = Buffer.alloc(central ? 46 : 30);
    let at = 0;
    h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, at);
    at += 4;
    if (central) {
      h.writeUInt16LE(20, at); // made by: spec 2.0, MS-DOS attributes
      at += 2;
    }
    h.writeUInt16LE(20, at); // needed to extract: 2.0 (deflate)
    h.writeUInt16LE(0x0800, at + 2); // flags: names are UTF-8
    h.writeUInt16LE(8, at + 4); // method: deflate
    h.writeUInt16LE(this.stamp.time, at + 6);
    h.writeUInt16LE(this.stamp.date, at + 8);
    h.writeUInt32LE(e.crc, at + 10);
    h.writeUInt32LE(data.length, at + 14);
    h.writeUInt32LE(e.size, at + 18);
    h.writeUInt16LE(e.name.length, at + 22);
    // extra field length 0; central only: comment length, disk, internal and external attributes 0
    if (central) h.writeUInt32LE(offset, 42);
    return h;
  }
}
