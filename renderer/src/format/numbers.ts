/**
 * Numbers for people: formatted for the case's locale and currency, parsed back with the locale's
 * decimal separator. Nothing that is not a finite number is ever printed: it shows as an em dash.
 */
import type { Currency, Locale } from '@shared/case/schema';

export const MISSING = '—';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, opts);
    cache.set(key, f);
  }
  return f;
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

export function formatMoney(x: number | null | undefined, currency: Currency, locale: Locale, digits = 0): string {
  return finite(x) ? nf(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: 'always' }).format(x) : MISSING;
}

/** Large amounts in compact form for chart axes and tiles: €1.2M / 1,2 Mln €. */
export function formatMoneyCompact(x: number | null | undefined, currency: Currency, locale: Locale): string {
  return finite(x) ? nf(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(x) : MISSING;
}

/** `minDigits` keeps a column of figures aligned (1.00% above 0.90%); by default trailing zeros go. */
export function formatNumber(x: number | null | undefined, locale: Locale, digits = 0, minDigits = 0): string {
  return finite(x) ? nf(locale, { minimumFractionDigits: minDigits, maximumFractionDigits: digits, useGrouping: 'always' }).format(x) : MISSING;
}

/** A fraction as a percentage: 0.255 → 25.5%. */
export function formatPercent(x: number | null | undefined, locale: Locale, digits = 1, minDigits = 0): string {
  return finite(x) ? nf(locale, { style: 'percent', minimumFractionDigits: minDigits, maximumFractionDigits: digits }).format(x) : MISSING;
}

export function decimalSeparator(locale: Locale): string {
  return nf(locale, {}).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

export function groupSeparator(locale: Locale): string {
  return nf(locale, {}).formatToParts(12345678).find((p) => p.type === 'group')?.value ?? ',';
}

/**
 * Parses what a person types, in their locale: "1.234,5" in Italian, "1,234.5" in English. A lone
 * "." or "," followed by digits is read as the locale's decimal separator when unambiguous.
 * Returns null for anything that is not a finite number.
 */
export function parseLocaleNumber(text: string, locale: Locale): number | null {
  const s = text.trim().replace(/[\s\u00a0\u202f']/g, '').replace(/[%€$£]|CHF/g, '');
  const dec = decimalSeparator(locale);
  const grp = groupSeparator(locale);
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A thousands group never starts with 0: "0.125" is a decimal, not 125.
  const grouped = new RegExp(`^[-+]?[1-9]\\d{0,2}(${esc(grp)}\\d{3})+$`);
  const plain = /^[-+]?\d+$/;
  let normal: string;
  if (s.includes(dec)) {
    const parts = s.split(dec);
    if (parts.length !== 2) return null;
    const [int = '', frac = ''] = parts;
    if (!/^\d+$/.test(frac)) return null;
    if (int === '' || int === '-' || int === '+') normal = `${int}0.${frac}`;
    else if (plain.test(int)) normal = `${int}.${frac}`;
    else if (grouped.test(int)) normal = `${int.split(grp).join('')}.${frac}`;
    else return null;
  } else if (plain.test(s)) {
    normal = s;
  } else if (grouped.test(s)) {
    normal = s.split(grp).join('');
  } else if (grp === '.' && /^[-+]?\d*\.\d+$/.test(s)) {
    // "12.5" typed in Italian: one dot and not a thousands pattern — a decimal point.
    normal = s;
  } else {
    return null;
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** The text an input shows for a stored value (percent fields show 25 for 0.25). */
export function editText(x: number | null, locale: Locale, percent: boolean): string {
  if (x === null || !Number.isFinite(x)) return '';
  const v = percent ? Math.round(x * 100 * 1e9) / 1e9 : x;
  return nf(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(v);
}

/** The text an input shows when not focused: grouped in the case's locale (1,800,000 / 1.800.000). */
export function displayText(x: number | null, locale: Locale, percent: boolean): string {
  if (x === null || !Number.isFinite(x)) return '';
  const v = percent ? Math.round(x * 100 * 1e9) / 1e9 : x;
  return nf(locale, { useGrouping: true, maximumFractionDigits: 10 }).format(v);
}

/** A locale by its own name, as people pick it: "Italiano (Italia)", "English (United States)". */
export function localeName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', languageDisplay: 'standard' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

export function formatDate(iso: string, locale: Locale | string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? MISSING : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
