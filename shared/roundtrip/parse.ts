/**
 * Values finance typed as text into a workbook cell, read as the app would store them: "25%",
 * "12,5 %", "1.234,5", "1,234.5", "€ 2.500", "VERO". A spreadsheet keeps such an entry as a
 * string (the cell was text-formatted, or the separators were not the sheet's), so it reaches us
 * as a string and must be understood, or refused with the reason — never guessed silently.
 */
import { choiceCode, choiceSetAt, choiceWord } from '../case/choice-words';
import type { InputType, Scalar } from './schema';

export type Lang = 'en' | 'it';
export type Coerced = { ok: true; value: Scalar | null } | { ok: false; reason: string };

const CURRENCY = /[€$£]|\b(?:EUR|USD|GBP|CHF)\b/gi;

/**
 * A number written with either convention. Both separators present: the last one is the decimal
 * mark. One separator, used more than once: thousands. Used once before exactly three digits
 * ("1.234", "1,234"): ambiguous, so the workbook's language decides (it: "." groups, en: "," groups).
 * Otherwise it is the decimal mark. A trailing % divides by 100 (percentages are stored as fractions).
 */
export function parseNumberText(raw: string, lang: Lang): number | null {
  let s = raw.replace(CURRENCY, '').replace(/[\s\u00a0\u202f']/g, '');
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  const sign = s.startsWith('-') || s.startsWith('\u2212') ? -1 : 1;
  if (/^[-+\u2212]/.test(s)) s = s.slice(1);
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep === null) decimal = null;
    else if (s.split(sep).length > 2) decimal = null;
    else if (/^\d{1,3}$/.test(s.slice(0, s.indexOf(sep))) && /^\d{3}$/.test(s.slice(s.indexOf(sep) + 1))) {
      const langDecimal = lang === 'it' ? ',' : '.';
      decimal = sep === langDecimal ? sep : null;
    }
    else decimal = sep;
  }
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : s.includes('.') ? '.' : ',';
  const parts = s.split(group);
  // Thousands groups are three digits each (the first may be shorter): "1.23.4" is not a number.
  if (parts.length > 1) {
    const head = parts[0] ?? '';
    const rest = parts.slice(1);
    const last = rest[rest.length - 1] ?? '';
    const lastInt = decimal ? last.split(decimal)[0] ?? '' : last;
    if (!/^\d{1,3}$/.test(head) || rest.slice(0, -1).some((p) => !/^\d{3}$/.test(p)) || !/^\d{3}$/.test(lastInt)) return null;
  }
  const plain = parts.join('').replace(decimal ?? '\0', '.');
  if (!/^\d*\.?\d*$/.test(plain) || plain === '.') return null;
  const x = sign * Number(plain) * scale;
  return Number.isFinite(x) ? x : null;
}

const TRUE_WORDS = new Set(['true', 'vero', 'yes', 'sì', 'si', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'falso', 'no', 'n', '0']);

/**
 * A cell's content as the input's type wants it, or why it cannot be. `path` (the input's place in
 * the case) tells a choice which list of words it takes.
 */
export function coerce(type: InputType, value: Scalar, lang: Lang, path?: readonly unknown[]): Coerced {
  switch (type) {
    case 'number': {
      if (typeof value === 'number') return { ok: true, value };
      if (typeof value === 'boolean') return { ok: false, reason: 'A number is needed here, not true/false' };
      const x = parseNumberText(value, lang);
      return x === null ? { ok: false, reason: `"${value}" is not a number` } : { ok: true, value: x };
    }
    case 'flag': {
      if (typeof value === 'boolean') return { ok: true, value };
      // Spreadsheets without a boolean type (LibreOffice among them) may keep TRUE as 1.
      if (value === 1 || value === 0) return { ok: true, value: value === 1 };
      const w = String(value).trim().toLowerCase();
      if (TRUE_WORDS.has(w)) return { ok: true, value: true };
      if (FALSE_WORDS.has(w)) return { ok: true, value: false };
      return { ok: false, reason: `"${String(value)}" is not true or false` };
    }
    case 'text':
      // Free text checked by the case schema afterwards (the start month "2027-03").
      if (typeof value !== 'string') return { ok: false, reason: `"${String(value)}" is not text` };
      return { ok: true, value: value.trim() };
    case 'choice': {
      if (typeof value !== 'string') return { ok: false, reason: `"${String(value)}" is not one of the allowed words` };
      const set = path ? choiceSetAt(path) : undefined;
      if (!set) return { ok: true, value: value.trim() };
      // The workbook shows words in its language; a word of the other language or the code typed by hand is understood too.
      const code = choiceCode(set, value, lang);
      if (code !== null) return { ok: true, value: code };
      const words = set.codes.map((c) => choiceWord(set, c, lang)).join(', ');
      return { ok: false, reason: `"${value}" is not one of the allowed words: ${words}` };
    }
  }
}
