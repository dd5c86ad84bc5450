/** Number formats in the case's currency; percentages as %. */
import type { Currency } from '@shared/case/schema';

export interface Formats {
  money: string;
  money2: string;
  pct: string;
  int: string;
  dec: string;
  ratio: string;
  df: string;
}

const SYMBOL: Record<Currency, string> = { EUR: '"€"', USD: '"$"', GBP: '"£"', CHF: '"CHF "' };

export function formats(currency: Currency): Formats {
  const s = SYMBOL[currency];
  return {
    money: `${s}#,##0;-${s}#,##0`,
    money2: `${s}#,##0.00;-${s}#,##0.00`,
    pct: '0.0%',
    int: '#,##0',
    dec: '#,##0.00',
    ratio: '0.00',
    df: '0.000000',
  };
}

/**
 * A TRUE/FALSE input's format. LibreOffice reads an .xlsx logical value as the number 1/0 and shows
 * the words only by a format; with General it picks one per cell while importing, so identical cells
 * of one row came out as 1 in one scenario's column and TRUE in the next. This is the format
 * LibreOffice itself writes for a logical cell; Excel shows its own TRUE/FALSE (VERO/FALSO) for a
 * logical value whatever the format, so both show the same words.
 */
export function booleanFormat(lang: 'en' | 'it'): string {
  return lang === 'it' ? '"VERO";"VERO";"FALSO"' : '"TRUE";"TRUE";"FALSE"';
}
