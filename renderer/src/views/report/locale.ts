/**
 * The locale the report's numbers and dates are written in. A report is read in its own language,
 * so its numbers follow that language, not the case's locale (which the app's screens follow):
 * an Italian report writes 1.721.370 €, an English one €1,721,370 — always in the case's currency.
 * An English report keeps the case's own English locale (en-GB stays en-GB); otherwise en-US.
 */
import type { Locale } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';

export function reportLocale(lang: Language, caseLocale: Locale): Locale {
  if (lang === 'it') return 'it-IT';
  return caseLocale.startsWith('en-') ? caseLocale : 'en-US';
}
