/**
 * The executive summary in words, generated from the engine's figures: the headline, the lines
 * that carry the case, when it pays back against the published range, and which assumptions sit
 * outside their published ranges. Pure: same case, result and language in, same sentences out.
 * Text comes from the UI dictionaries (report.narrative); numbers follow the report's language (reportLocale).
 */
import type { Case } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import { citation, figure } from '@shared/benchmarks/library';
import type { ScenarioResult } from '@shared/engine/compute';
import { dipsSentence, flagSentence, irrShown, type T } from '../../format/figures';
import { formatMoney, formatNumber, formatPercent } from '../../format/numbers';
import { en } from '../../i18n/en';
import { it } from '../../i18n/it';
import { reportLocale } from './locale';

const DICTIONARIES = { en, it } as const;

/** How many flagged assumptions the summary names before pointing to the appendix. */
export const FLAGS_NAMED = 3;

/** "{{x}}" placeholders filled from `vars`; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

export interface LineShare {
  id: string;
  label: string;
  pv: number;
  /** Share of the present value of all benefits. */
  share: number;
}

/**
 * Benefit lines ranked by present value (the engine's year table, PV column), largest first, with
 * their share of the total benefits. Lines that add nothing (PV ≤ 0) are left out.
 */
export function benefitShares(result: ScenarioResult): LineShare[] {
  const total = result.pvBenefits;
  if (!(total > 0)) return [];
  return result.years.lines
    .filter((l) => l.group !== 'cost')
    .map((l) => ({ id: l.id, label: l.label, pv: l.values[l.values.length - 1] ?? 0 }))
    .filter((l) => l.pv > 0)
    .sort((a, b) => b.pv - a.pv)
    .map((l) => ({ ...l, share: l.pv / total }));
}

export type PaybackReading = 'earlier' | 'within' | 'later' | 'none';

/** Where the payback month sits against the published range ("ROI turns positive in month 9 to 12"). */
export function paybackReading(month: number | null): PaybackReading {
  if (month === null) return 'none';
  const f = figure('paybackMonth');
  if (f.low !== null && month < f.low) return 'earlier';
  if (f.high !== null && month > f.high) return 'later';
  return 'within';
}

export interface NarrativeInput {
  doc: Case;
  result: ScenarioResult;
  lang: Language;
}

/** A text function over the dictionaries (pure: no i18next instance), for the shared wording helpers. */
export function dictionaryT(lang: Language): T {
  return (key, vars) => {
    let node: unknown = DICTIONARIES[lang];
    for (const part of key.split('.')) node = node && typeof node === 'object' ? Object.getOwnPropertyDescriptor(node, part)?.value : undefined;
    const filled: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(vars ?? {})) filled[k] = typeof v === 'number' ? v : String(v);
    return typeof node === 'string' ? fill(node, filled) : key;
  };
}

/** The summary's paragraphs, in order: headline (+ IRR), lines, payback, assumptions. */
export function buildNarrative({ doc, result, lang }: NarrativeInput): string[] {
  const d = DICTIONARIES[lang].report.narrative;
  const t = dictionaryT(lang);
  const locale = reportLocale(lang, doc.locale);
  const money = (x: number) => formatMoney(x, doc.currency, locale);
  const pct = (x: number | null) => formatPercent(x, locale, 0);
  const out: string[] = [];

  const head = { horizon: result.horizon, scenario: result.scenarioName, npv: money(result.npv), pvBenefits: money(result.pvBenefits), pvCosts: money(result.pvCosts), roi: pct(result.roi) };
  let first = result.npv < 0 ? d.negative : result.roi === null ? d.headlineNoCost : d.headline;
  first = fill(first, head);
  const irr = irrShown(t, result, locale);
  if (irr.reason) first += ' ' + t('trust.irrSentence', { reason: irr.reason });
  else if (result.irr !== null) first += ' ' + fill(d.irr, { irr: pct(result.irr), rate: formatPercent(doc.discountRate, locale, 1) });
  out.push(first);

  const shares = benefitShares(result);
  const [a, b] = shares;
  const q = (s: string) => `“${s}”`;
  if (a && b) out.push(fill(d.linesTwo, { a: q(a.label), aShare: pct(a.share), b: q(b.label), bShare: pct(b.share) }));
  else if (a) out.push(fill(d.linesOne, { a: q(a.label), aShare: pct(a.share) }));
  else out.push(d.linesNone);

  // Without any cost there is nothing to pay back: the sentence would only say "month 0".
  const reading = paybackReading(result.paybackMonth);
  if (!(result.pvCosts > 0)) {
    // nothing to add
  } else if (reading === 'none' || result.paybackMonth === null) out.push(fill(d.paybackNone, { horizon: result.horizon }));
  else {
    const f = figure('paybackMonth');
    const vars = { m: result.paybackMonth, low: formatNumber(f.low, locale), high: formatNumber(f.high, locale), source: citation(f, lang) };
    const dips = dipsSentence(t, result);
    out.push(fill(reading === 'earlier' ? d.paybackEarlier : reading === 'later' ? d.paybackLater : d.paybackWithin, vars) + (dips ? ` ${dips}` : ''));
  }

  const flags = result.flags;
  if (flags.length === 0) out.push(d.flagsNone);
  else {
    // The sentences end with a full stop; in a list they are joined by semicolons.
    const named = flags.slice(0, FLAGS_NAMED).map((f) => flagSentence(t, f, { lang, locale, currency: doc.currency }).replace(/\.$/, ''));
    const rest = flags.length - named.length;
    const list = named.join('; ') + (rest > 0 ? '; ' + fill(d.flagsMore, { n: rest }) : '');
    out.push(fill(flags.length === 1 ? d.flagsOne : d.flagsSome, { n: flags.length, list }));
  }
  return out;
}
