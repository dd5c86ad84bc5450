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
