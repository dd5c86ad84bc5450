/**
 * What counts as text in a case: no control characters (a single-line string has no line breaks
 * either; free text keeps newlines and tabs), no invisible text-direction characters (which make a
 * name read differently from what it is, e.g. "‮fdp.exe" shown as "exe.pdf"), no lone UTF-16
 * surrogates (not characters at all: they cannot be written as UTF-8). Also the escaping used where
 * untrusted text is printed to a terminal.
 */

/** Bidirectional formatting characters: LRM, RLM, ALM, the embeddings/overrides and the isolates. */
const BIDI = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;

/* eslint-disable no-control-regex -- finding control characters is the point of these patterns */
/** Code points refused in single-line text: C0 and C1 controls, DEL, line/paragraph separators, bidi controls. */
export const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;
/** Free text (notes, sources): the same, but newlines, carriage returns and tabs are allowed. */
export const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;
/* eslint-enable no-control-regex */

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Index of the first lone surrogate in s, or -1. */
export function loneSurrogateAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** Why `s` is not acceptable text, or null. `multiLine`: newlines and tabs are allowed. */
export function textProblem(s: string, multiLine: boolean): string | null {
  const m = (multiLine ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).exec(s);
  if (m) {
    const code = m[0].charCodeAt(0);
    const at = `at character ${m.index + 1}`;
    if (BIDI.test(m[0])) return `Contains an invisible text-direction character (${hex(code)}) ${at}; remove it`;
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return `Must be a single line (a line break is ${at})`;
    return `Contains a control character (${hex(code)}) ${at}; remove it`;
  }
  const lone = loneSurrogateAt(s);
  if (lone >= 0) return `Contains an invalid character (a lone UTF-16 surrogate, ${hex(s.charCodeAt(lone))}) at character ${lone + 1}`;
  return null;
}

/**
 * For printing untrusted text (names, paths, problems) to a terminal: control characters (but
 * newline and tab), bidi controls and lone surrogates become visible \uXXXX escapes. Inside a JSON
 * string literal such an escape is still valid JSON for the same character.
 */
export function escapeForTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex -- see above
  const re = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  return s.replace(re, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
