/**
 * What the risk-page tests share: the shipped samples, the risk page's text out of a printed PDF, and
 * the NPV row of its Monte Carlo table as the report formats it, to compare with analyseRisk.
 */
import { join } from 'node:path';
import type { Case } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import type { RiskAnalysis } from '@shared/risk/analyse';
import { readCaseFile } from '@electron-node/cli/io';
import { formatMoney } from '@renderer/src/format/numbers';
import { en } from '@renderer/src/i18n/en';
import { it as itDict } from '@renderer/src/i18n/it';
import { reportLocale } from '@renderer/src/views/report/locale';
import { type PdfFile, ROOT } from './pdf-tools';

export const DICT = { en, it: itDict };
export const squash = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
export const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function sample(name: 'b2b-software' | 'online-retailer'): Case {
  const r = readCaseFile(join(ROOT, 'resources', 'samples', `${name}.cxcase`));
  if (!r.ok) throw new Error(`sample ${name} is invalid`);
  return r.value;
}

/** Every page's text, squashed. */
export function pagesOf(pdf: PdfFile): string[] {
  return Array.from({ length: pdf.info().pages }, (_, i) => squash(pdf.text(i + 1)));
}

/** The risk page's text: the cover's contents name every section, so it is the first page after the cover with its title ('' if none). */
export function riskPageOf(pages: readonly string[], lang: Language): string {
  return pages.slice(1).find((p) => p.includes(DICT[lang].report.sections.risk)) ?? '';
}

/** The NPV row's four figures in the order the table shows them (pdftotext puts the row's name before or after its head). */
export function npvRow(c: Case, a: RiskAnalysis, lang: Language): RegExp {
  const locale = reportLocale(lang, c.locale);
  const row = [a.npv.p10, a.npv.p50, a.npv.p90, a.npv.mean].map((x) => esc(squash(formatMoney(x, c.currency, locale)))).join(' ');
  return new RegExp(`P10 P50 P90 ${DICT[lang].risk.mc.mean} (${DICT[lang].risk.mc.npv} )?${row}`);
}
