import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCaseFileBytes, parseCxcaseText, serializeCxcase } from '@shared/case/cxcase-file';
import { escapeForTerminal, loneSurrogateAt, textProblem } from '@shared/case/text';
import { parseCase } from '@shared/case/validate';
import { generateCase } from '../../support/arbitraries';

const good = generateCase(7, { scenarios: [1, 1], segments: [1, 1], revenueLines: [1, 1] });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reaches into any field of the document
type Doc = Record<string, any>;
const problemsWith = (edit: (c: Doc) => void) => {
  const c: Doc = structuredClone(good);
  edit(c);
  const r = parseCase(c);
  return r.ok ? [] : r.problems;
};

describe('text that is not text', () => {
  it.each([
    ['NUL', 'a\u0000b', /control character \(U\+0000\) at character 2/],
    ['BEL', 'bell\u0007', /control character \(U\+0007\)/],
    ['a terminal escape', '\u001b[31mred', /control character \(U\+001B\)/],
    ['DEL', 'x\u007f', /control character \(U\+007F\)/],
    ['a C1 control', 'x\u0085', /control character \(U\+0085\)/],
    ['a right-to-left override', 'Invoice \u202Efdp.exe', /invisible text-direction character \(U\+202E\)/],
    ['a left-to-right embedding', '\u202Ax', /text-direction character \(U\+202A\)/],
    ['a first-strong isolate', 'x\u2068y', /text-direction character \(U\+2068\)/],
    ['a right-to-left mark', 'x\u200Fy', /text-direction character \(U\+200F\)/],
    ['a lone high surrogate', 'x\uD800', /lone UTF-16 surrogate, U\+D800/],
    ['a lone low surrogate', '\uDC00x', /lone UTF-16 surrogate, U\+DC00/],
    ['a newline', 'two\nlines', /single line/],
    ['a line separator', 'two\u2028lines', /single line/],
    ['a tab', 'a\tb', /control character \(U\+0009\)/],
  ])('a name with %s is refused with a message naming the character', (_what, name, message) => {
    const problems = [
      ...problemsWith((c) => (c.name = name)),
      ...problemsWith((c) => (c.scenarios[0].segments[0].name = name)),
      ...problemsWith((c) => (c.scenarios[0].revenueLines[0].label = name)),
      ...problemsWith((c) => (c.client = name)),
    ];
    expect(problems.map((p) => p.path)).toEqual(['$.name', '$.scenarios[0].segments[0].name', '$.scenarios[0].revenueLines[0].label', '$.client']);
    for (const p of problems) expect(p.message).toMatch(message);
  });

  it('notes keep newlines and tabs but not other controls, bidi characters or lone surrogates', () => {
    expect(problemsWith((c) => (c.notes = 'line one\r\n\tline two'))).toEqual([]);
    expect(problemsWith((c) => (c.notes = 'x\u0000'))).toEqual([{ path: '$.notes', message: expect.stringMatching(/U\+0000/) }]);
    expect(problemsWith((c) => (c.scenarios[0].segments[0].notes = '\u202E'))).toEqual([{ path: '$.scenarios[0].segments[0].notes', message: expect.stringMatching(/U\+202E/) }]);
    expect(problemsWith((c) => (c.notes = '\uDBFF'))).toEqual([{ path: '$.notes', message: expect.stringMatching(/lone UTF-16 surrogate/) }]);
  });

  it('accepts real text: accents, CJK, Arabic and Hebrew letters, emoji (surrogate pairs)', () => {
    for (const name of ['Café crème', '客户服务', 'خدمة العملاء', 'שירות לקוחות', 'Support 🚀👩🏽‍💻', 'Ünïcödé — “quoted”']) {
      expect(problemsWith((c) => (c.name = name)), name).toEqual([]);
      expect(textProblem(name, false)).toBeNull();
    }
  });

  it('finds lone surrogates, and only them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(loneSurrogateAt(s)).toBe(-1);
        expect(loneSurrogateAt(s + '\uD83D')).toBe(s.length);
      }),
    );
  });

  it('the envelope and its app name follow the same rules', () => {
    const text = serializeCxcase(good, { name: 'CX Case\u202E', version: '0.1.0' }, '2026-01-05T09:00:00Z');
    const r = parseCxcaseText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ path: '$.app.name', message: expect.stringMatching(/U\+202E/) }]);
  });
});

describe('escapeForTerminal', () => {
  it('shows controls, bidi characters and lone surrogates as \\u escapes, keeps newlines, tabs and real text', () => {
    expect(escapeForTerminal('a\u001b[2Jb\u202Ec\u0000\r')).toBe('a\\u001b[2Jb\\u202ec\\u0000\\u000d');
    expect(escapeForTerminal('x\uD800y')).toBe('x\\ud800y');
    expect(escapeForTerminal('line\n\tCafé 🚀 客户')).toBe('line\n\tCafé 🚀 客户');
  });

  it('keeps JSON valid and equal: an escaped JSON text parses to the same value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(JSON.parse(escapeForTerminal(JSON.stringify({ s })))).toEqual({ s });
      }),
    );
  });
});

describe('decoding a case file', () => {
  it('strict UTF-8: invalid bytes are refused, never replaced', () => {
    for (const bytes of [[0xc3, 0x28], [0xe9], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
      const r = decodeCaseFileBytes(Uint8Array.from([0x7b, ...bytes, 0x7d]));
      expect(r, String(bytes)).toEqual({ ok: false, message: expect.stringMatching(/not valid UTF-8/) });
    }
  });

  it('drops a byte-order mark; UTF-16 has its own message', () => {
    expect(decodeCaseFileBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: '{}' });
    expect(decodeCaseFileBytes(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00]))).toEqual({ ok: false, message: expect.stringMatching(/UTF-16/) });
    expect(decodeCaseFileBytes(Uint8Array.from([0xfe, 0xff, 0x00, 0x7b]))).toEqual({ ok: false, message: expect.stringMatching(/UTF-16/) });
    expect(decodeCaseFileBytes(new TextEncoder().encode('{"n":"Café 🚀"}'))).toEqual({ ok: true, text: '{"n":"Café 🚀"}' });
  });
});

describe('a document without schemaVersion', () => {
  it('is one clear problem, not one "Unknown field" per field', () => {
    const { schemaVersion: _v, ...rest } = good;
    const r = parseCxcaseText(JSON.stringify(rest));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^missing schemaVersion: this is not a CX Case file, or it was damaged/);
    expect(r.problems).toEqual([{ path: '$', message: r.message }]);
  });
});
