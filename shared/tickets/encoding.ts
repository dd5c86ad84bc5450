/**
 * Which text encoding an export is in, told from its first bytes: a byte-order mark (UTF-8,
 * UTF-16 LE/BE), else UTF-16 by its zero bytes, else UTF-8 if the bytes are valid UTF-8, else
 * Windows-1252 (what Excel on Windows writes for "CSV"). The user is shown which one was used.
 */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface SniffedEncoding {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  bom: number;
}

export function sniffEncoding(head: Uint8Array): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // Text in UTF-16 without a mark: ASCII letters leave a zero in every other byte.
  const n = Math.min(head.length, 4096) & ~1;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) zeroEven++;
    if (head[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (pairs > 0 && zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return { encoding: 'utf-16le', bom: 0 };
  if (pairs > 0 && zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return { encoding: 'utf-16be', bom: 0 };
  try {
    // stream: true so a character cut at the end of the sample is not counted as invalid.
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

/** A streaming decoder for the sniffed encoding: bytes in, text out, characters split across chunks kept. */
export function chunkDecoder(sniffed: SniffedEncoding, utf8?: (bytes: Uint8Array) => string): { decode: (bytes: Uint8Array) => string; end: () => string } {
  if (sniffed.encoding === 'utf-8') return utf8Decoder(sniffed.bom, utf8);
  const d = new TextDecoder(sniffed.encoding, { fatal: false, ignoreBOM: true });
  let skip = sniffed.bom;
  return {
    decode(bytes) {
      const b = skip > 0 ? bytes.subarray(skip) : bytes;
      skip = 0;
      return d.decode(b, { stream: true });
    },
    end: () => d.decode(),
  };
}

/**
 * UTF-8 in whole chunks: the few bytes of a character cut at a chunk's end are carried to the next
 * chunk, and each chunk is decoded in one call — several times faster than a streaming decode.
 */
function utf8Decoder(bom: number, fast?: (bytes: Uint8Array) => string): { decode: (bytes: Uint8Array) => string; end: () => string } {
  const td = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const d = { decode: fast ?? ((b: Uint8Array) => td.decode(b)) };
  let skip = bom;
  let carry: Uint8Array | null = null;
  return {
    decode(bytes) {
      let b = skip > 0 ? bytes.subarray(skip) : bytes;
      skip = 0;
      if (carry) {
        const joined = new Uint8Array(carry.length + b.length);
        joined.set(carry);
        joined.set(b, carry.length);
        b = joined;
        carry = null;
      }
      const cut = completeLength(b);
      if (cut < b.length) carry = b.slice(cut);
      return d.decode(b.subarray(0, cut));
    },
    end: () => (carry ? d.decode(carry) : ''),
  };
}

/** Bytes up to the last character that is whole (a lead byte whose continuation bytes all arrived). */
function completeLength(b: Uint8Array): number {
  const n = b.length;
  let i = n - 1;
  while (i >= 0 && n - i < 4 && (b[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return n;
  const lead = b[i]!;
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + size > n ? i : n;
}
