/**
 * Building blocks of the report: its text function, number formats for the report's language, and
 * the section, figure and table shapes every part uses (so the print CSS has one set of classes).
 */
import type { ReactNode } from 'react';
import type { Case, Locale } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import { formatMoney, formatMoneyCompact, formatNumber, formatPercent, MISSING } from '../../format/numbers';
import { wrapLabel } from '../../charts/labels';
import i18n from '../../i18n';
import { reportLocale } from './locale';
import { PAGE_START_SECTIONS } from './sections';

export type T = (key: string, vars?: Record<string, unknown>) => string;

/** Text in the report's language, whatever language the app shows (the report is chosen per export). */
export function reportT(lang: Language): T {
  const t = i18n.getFixedT(lang);
  return (key, vars) => String(t(key, vars ?? {}));
}

export interface Fmt {
  money: (x: number | null | undefined) => string;
  /** With cents, for unit costs ($13.50 a contact). */
  money2: (x: number | null | undefined) => string;
  compact: (x: number | null | undefined) => string;
  num: (x: number | null | undefined, digits?: number) => string;
  pct: (x: number | null | undefined, digits?: number) => string;
}

/** Numbers follow the report's language (reportLocale: it → 1.234.567 €, en → €1,234,567) in the case's currency. */
export function fmtFor(doc: Case, lang: Language): Fmt {
  const locale = reportLocale(lang, doc.locale);
  return {
    money: (x) => formatMoney(x, doc.currency, locale),
    money2: (x) => formatMoney(x, doc.currency, locale, 2),
    compact: (x) => formatMoneyCompact(x, doc.currency, locale),
    num: (x, digits = 0) => formatNumber(x, locale, digits),
    pct: (x, digits = 1) => formatPercent(x, locale, digits),
  };
}

export interface Ctx {
  doc: Case;
  lang: Language;
  /** The locale numbers and dates are written in: the report's language, not the case's locale. */
  locale: Locale;
  t: T;
  f: Fmt;
  /** Figure number by figure id, in the order figures appear. */
  fig: (id: string) => number;
}

/** Most bars whose names are wrapped under them; with more, names are shortened and slanted. */
export const WRAP_MAX_BARS = 10;

/**
 * Category labels for a bar chart of named items: up to WRAP_MAX_BARS bars, each name in full,
 * wrapped onto up to five level lines as narrow as its bar allows (a word is never cut); beyond
 * that, short() names, which Chart.js slants to fit.
 */
export function categoryLabels(names: readonly string[]): (string | string[])[] {
  if (names.length > WRAP_MAX_BARS) return names.map((s) => short(s));
  const width = Math.min(24, Math.max(10, Math.floor(96 / Math.max(1, names.length))));
  return names.map((s) => wrapLabel(s.trim(), width, 5));
}

/** Chart axis labels stay short; tables carry the full names. */
export function short(label: string, max = 18): string {
  const s = label.trim();
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

export function Section(props: { id: string; n: string; title: string; children: ReactNode; className?: string }) {
  const newPage = PAGE_START_SECTIONS.some((s) => s === props.id);
  return (
    <section className={`report-section${newPage ? ' report-new-page' : ''} ${props.className ?? ''}`} aria-labelledby={`rs-${props.id}`} data-section={props.id}>
      <h2 id={`rs-${props.id}`} className="report-h2">
        <span className="report-sec-n">{props.n}</span> {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** A numbered figure: caption above the chart, kept on one page. */
export function Figure(props: { ctx: Ctx; id: string; title: string; children: ReactNode }) {
  const n = props.ctx.fig(props.id);
  return (
    <figure className="report-figure" data-figure={n}>
      <figcaption>
        <strong>{props.ctx.t('report.figure', { n })}</strong> — {props.title}
      </figcaption>
      {props.children}
    </figure>
  );
}

export interface Column<R> {
  head: string;
  cell: (r: R) => ReactNode;
  /** Right-aligned numbers. */
  num?: boolean;
  className?: string;
}

/** A table that paginates: the header row repeats on every page, rows never split. */
export function Table<R>(props: { caption?: string; columns: Column<R>[]; rows: R[]; rowKey: (r: R, i: number) => string; foot?: R[]; className?: string }) {
  const cell = (c: Column<R>, r: R, j: number) => (
    <td key={j} className={`${c.num ? 'num' : ''} ${c.className ?? ''}`}>
      {c.cell(r)}
    </td>
  );
  return (
    <table className={`report-table ${props.className ?? ''}`}>
      {props.caption ? <caption>{props.caption}</caption> : null}
      <thead>
        <tr>
          {props.columns.map((c, j) => (
            <th key={j} scope="col" className={`${c.num ? 'num' : ''} ${c.className ?? ''}`}>
              {c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={props.rowKey(r, i)}>{props.columns.map((c, j) => cell(c, r, j))}</tr>
        ))}
      </tbody>
      {props.foot && props.foot.length > 0 ? (
        <tfoot>
          {props.foot.map((r, i) => (
            <tr key={`f${i}`}>{props.columns.map((c, j) => cell(c, r, j))}</tr>
          ))}
        </tfoot>
      ) : null}
    </table>
  );
}

export function NoData({ t }: { t: T }) {
  return <p className="report-muted">{t('report.noData')}</p>;
}

export function yesNo(t: T, x: boolean): string {
  return x ? t('report.yes') : t('report.no');
}

export { MISSING };

/** Year columns split into groups of at most `size`, so wide horizons (10 years) fit a portrait page. */
export function chunks<X>(xs: readonly X[], size: number): X[][] {
  const out: X[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}
