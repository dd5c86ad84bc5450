/**
 * The engine's figures that need words: credibility flags, a payback that does not exist, an IRR
 * that means nothing, months where the cumulative net dips again. The engine returns structured
 * values; these put them in the reader's language (the `t` given) and the case's number format.
 * Shared by the results panel, the summary, the comparison and the report.
 */
import { citation, figure } from '@shared/benchmarks/library';
import type { Currency, Locale } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import type { ScenarioResult } from '@shared/engine/compute';
import type { CredibilityFlag } from '@shared/engine/flags';
import { monthLabel } from './calendar';
import { formatMoney, formatNumber, formatPercent, MISSING } from './numbers';

export type T = (key: string, vars?: Record<string, unknown>) => string;

export interface FlagWording {
  lang: Language;
  locale: Locale;
  currency: Currency;
  /** Name the moment or line in the sentence (false where a column already says it). */
  withSubject?: boolean;
}

/** "moment “Password reset”", "saving line “AI resolution”", "case setting"… */
export function flagSubject(t: T, flag: CredibilityFlag): string {
  return t(`trust.subject.${flag.subject.kind}`, { name: flag.subject.name });
}

/** A credibility flag as a sentence in the reader's language: figure, what it concerns, value, published limit, source. */
export function flagSentence(t: T, flag: CredibilityFlag, o: FlagWording): string {
  const f = figure(flag.figureId);
  const show = (x: number): string => {
    if (flag.direction === 'inconsistent') return formatMoney(x, o.currency, o.locale, 2);
    switch (f.unit) {
      case 'fraction':
        return formatPercent(x, o.locale, 1);
      case 'month':
        return t('results.paybackMonth', { m: formatNumber(x, o.locale, 1) });
      default:
        return formatNumber(x, o.locale, 2);
    }
  };
  const name =
    flag.direction === 'inconsistent' ? t(flag.path[flag.path.length - 1] === 'aiCostPerResolution' ? 'trust.aiCost' : 'trust.selfServiceCost') : f.label[o.lang];
  const what = o.withSubject === false ? name : t('trust.flagWhat', { figure: name, subject: flagSubject(t, flag) });
  return t(`flags.${flag.direction}`, { what, value: show(flag.value), limit: show(flag.limit), source: citation(f, o.lang) });
}

export interface Shown {
  value: string;
  /** Why the figure is shown as it is (no payback, IRR not meaningful); null when it speaks for itself. */
  reason: string | null;
}

/** Where a result has its calendar start month, months read as calendar months ("Mar 2027"). */
type Calendar = { startMonth?: string };

/** "Sep 2026" (or "month 7" without a calendar); or "—" with its reason: no costs to pay back, or not within the horizon. */
export function paybackShown(t: T, r: Pick<ScenarioResult, 'paybackMonth' | 'paybackNote'> & Calendar): Shown {
  if (r.paybackMonth !== null)
    return { value: r.startMonth === undefined ? t('results.paybackMonth', { m: r.paybackMonth }) : monthLabel(t, r.startMonth, r.paybackMonth), reason: null };
  return { value: MISSING, reason: t(r.paybackNote === 'noCosts' ? 'trust.noCosts' : 'trust.notWithinHorizon') };
}

/** "42%"; "not meaningful (> 1,000%)" with its reason; or "—" where no IRR exists. */
export function irrShown(t: T, r: Pick<ScenarioResult, 'irr' | 'irrNote'>, locale: Locale): Shown {
  if (r.irr === null) return { value: MISSING, reason: null };
  if (r.irrNote !== null) return { value: t('trust.irrNotMeaningful'), reason: t(r.irrNote === 'above1000' ? 'trust.irrAbove1000' : 'trust.irrSmallInvestment') };
  return { value: formatPercent(r.irr, locale, 0), reason: null };
}

/** One cell's text: the value, and its reason in brackets where there is one. */
export function withReason(s: Shown): string {
  return s.reason ? `${s.value} (${s.reason})` : s.value;
}

/** "month 14", "months 14–16 and 30": consecutive months as ranges, in the reader's language. */
export function monthList(t: T, months: readonly number[], startMonth?: string): string {
  const runs: string[] = [];
  const label = (m: number | undefined) => (startMonth === undefined ? String(m) : monthLabel(t, startMonth, m ?? 0));
  for (let i = 0; i < months.length; ) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === (months[j] ?? 0) + 1) j++;
    runs.push(i === j ? label(months[i]) : `${label(months[i])}–${label(months[j])}`);
    i = j + 1;
  }
  const list = runs.length === 1 ? (runs[0] ?? '') : `${runs.slice(0, -1).join(', ')} ${t('trust.and')} ${runs[runs.length - 1]}`;
  // Calendar months name themselves ("Aug 2026–Dec 2026"); month numbers need the word.
  if (startMonth !== undefined) return list;
  if (months.length === 1) return t('trust.monthOne', { m: months[0] });
  return t('trust.monthsMany', { list });
}

/** The sentence for a cumulative net that turns negative again after paying back; null when it holds. */
export function dipsSentence(t: T, r: Pick<ScenarioResult, 'negativeAfterPayback'> & Calendar): string | null {
  return r.negativeAfterPayback.length === 0 ? null : t('trust.dipsAfterPayback', { months: monthList(t, r.negativeAfterPayback, r.startMonth) });
}
