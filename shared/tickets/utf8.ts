/**
 * UTF-8 checks on bytes, for the byte-level CSV reader: whether a record's bytes would decode with
 * a U+FFFD in them (an ill-formed sequence, decoded by the WHATWG rules into U+FFFD, or a U+FFFD
 * written in the file). The text reader marks such records by finding U+FFFD in the decoded text;
 * this finds the same records without decoding them.
 */
export function decodesToReplacement(b: Uint8Array, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      // No overlong forms, no UTF-16 surrogates.
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      // No overlong forms, nothing above U+10FFFF.
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return true;
    if (i + need >= to) return true;
    const b1 = b[i + 1]!;
    if (b1 < lo || b1 > hi) return true;
    for (let k = 2; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return true;
    // U+FFFD itself (EF BF BD): the text reader cannot tell it from an undecodable byte.
    if (c === 0xef && b1 === 0xbf && b[i + 2] === 0xbd) return true;
    i += need + 1;
  }
  return false;
}
