/**
 * Compare step wording: a figure's difference from the base scenario, and each changed input as a
 * path in words with its two values, formatted in the case's locale and currency. The figures are
 * the engine's; this only subtracts two of them and formats.
 */
import type { Case } from '@shared/case/schema';
import type { DiffValue, InputChange } from '@shared/case/scenario-diff';
import { formatMoney, formatNumber, formatPercent, MISSING } from '../../format/numbers';
import { formatMetric } from './benchmarkGaps';

type T = (k: string, o?: Record<string, unknown>) => string;

/** How a difference reads: money or a count (absolute and relative), points for a rate, months. */
export type DeltaKind = 'money' | 'money2' | 'count' | 'pp' | 'months';

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** x − base, or null when either is missing or not finite. */
export function delta(base: number | null | undefined, x: number | null | undefined): number | null {
  return finite(base) && finite(x) && finite(x - base) ? x - base : null;
}

/** (x − base) ÷ |base|, or null when the base is zero or either is missing. */
export function relativeDelta(base: number | null | undefined, x: number | null | undefined): number | null {
  const d = delta(base, x);
  return d === null || !finite(base) || base === 0 ? null : d / Math.abs(base);
}

const EPS = 1e-9;
const sign = (d: number) => (d > EPS ? '+' : d < -EPS ? '−' : '');

/** A difference as shown in the Δ column: "+$12,000 (+8.5%)", "−3.20 pp", "+2 months", "—". */
export function formatDelta(doc: Case, kind: DeltaKind, base: number | null | undefined, x: number | null | undefined, t: T): string {
  const d = delta(base, x);
  if (d === null) return MISSING;
  const s = sign(d);
  const abs = Math.abs(d) < EPS ? 0 : Math.abs(d);
  if (kind === 'pp') return `${s}${formatNumber(abs * 100, doc.locale, 2, 2)} ${t('units.pp')}`;
  if (kind === 'months') return `${s}${formatNumber(abs, doc.locale, 0)} ${t('units.months')}`;
  const head = kind === 'count' ? formatNumber(abs, doc.locale, 0) : formatMoney(abs, doc.currency, doc.locale, kind === 'money2' ? 2 : 0);
  const rel = relativeDelta(base, x);
  const tail = rel === null || abs === 0 ? '' : ` (${sign(rel)}${formatPercent(Math.abs(rel), doc.locale, 1)})`;
  return `${s}${head}${tail}`;
}

// ---------- what changed ----------

const COLLECTION_TYPE: Record<InputChange['collection'], string> = {
  segments: 'segments.name',
  moments: 'moments.name',
  competitors: 'benchmarks.competitor',
  metrics: 'benchmarks.metric',
  revenueLines: 'revenue.label',
  savingLines: 'revenue.label',
  costLines: 'costs.investmentHeading',
  service: 'costs.serviceHeading',
};

/** The item in words: "Segment ‘Enterprise’", "Retention line ‘Saves’", "NPS", "Service baseline". */
export function itemWords(c: InputChange, t: T): string {
  if (!c.item) return t(COLLECTION_TYPE[c.collection]);
  if (c.collection === 'metrics') return t(`benchmarks.metrics.${c.item.id}`);
  const type =
    c.collection === 'revenueLines' && c.item.kind
      ? t(`revenue.kinds.${c.item.kind}`)
      : c.collection === 'savingLines' && c.item.kind
        ? t(`costs.kinds.${c.item.kind}`)
        : t(COLLECTION_TYPE[c.collection]);
  return t('compareView.item', { type, name: c.item.name });
}

const FIELD_KEYS: Record<string, string> = {
  name: 'common.name', label: 'common.name', notes: 'common.notes', source: 'common.source', enabled: 'common.enabled',
  startMonth: 'revenue.startMonth', rampMonths: 'revenue.rampMonths', haircut: 'revenue.haircut',
};

/** The field's label as the step shows it. */
export function fieldWords(c: InputChange, t: T): string {
  const f = c.field ?? '';
  if (c.collection === 'metrics' && f === 'competitors') return c.competitor?.name ?? f;
  if (c.collection === 'service' && f === 'volumeOverride') return t('moments.baseline');
  if (c.collection === 'revenueLines' && f === 'segmentId') return t('revenue.segment');
  if (FIELD_KEYS[f]) return t(FIELD_KEYS[f]);
  const ns = { segments: 'segments', moments: 'moments', competitors: 'benchmarks', metrics: 'benchmarks', revenueLines: 'revenue', savingLines: 'costs', costLines: 'costs', service: 'costs' }[c.collection];
  return t(`${ns}.${f}`, { defaultValue: f });
}

/** The whole path: "Cost reductions › Service baseline › Agent hour cost". */
export function changePath(c: InputChange, t: T): string {
  const parts = [t(`steps.${c.step}`), itemWords(c, t)];
  if (c.change === 'changed') parts.push(fieldWords(c, t));
  return parts.join(' › ');
}

const CHOICES: Record<string, (v: string) => string> = {
  'segments.tier': (v) => `segments.tiers.${v}`,
  'moments.intent': (v) => `moments.intents.${v}`,
  'moments.channel': (v) => `moments.channels.${v}`,
  'moments.volumeMode': (v) => `moments.${v}`,
  'revenueLines.churnReductionMode': (v) => `revenue.${v}`,
  'costLines.category': (v) => `costs.categories.${v}`,
  'costLines.kind': (v) => `costs.kinds.${v}`,
};

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One side's value with its unit; "—" for a value that is not there. */
export function formatDiffValue(doc: Case, c: InputChange, v: DiffValue | null, t: T): string {
  if (v === null || v.value === null) return MISSING;
  const x = v.value;
  const loc = doc.locale;
  if (typeof x === 'boolean') return x ? t('common.yes') : t('common.no');
  if (typeof x === 'string') {
    if (v.unit === 'choice') {
      const key = CHOICES[`${c.collection}.${c.field ?? ''}`];
      return key ? t(key(x), { defaultValue: x }) : x;
    }
    return x.trim() === '' ? t('compareView.emptyText') : `“${short(x.replace(/\s+/g, ' '))}”`;
  }
  switch (v.unit) {
    case 'money':
      return formatMoney(x, doc.currency, loc, Number.isInteger(x) ? 0 : 2);
    case 'percent':
      return formatPercent(x, loc, 2);
    case 'minutes':
      return `${formatNumber(x, loc, 2)} ${t('units.minutes')}`;
    case 'month':
      return t('compareView.monthN', { m: formatNumber(x, loc, 0) });
    case 'months':
      return `${formatNumber(x, loc, 0)} ${t('units.months')}`;
    case 'metric':
      return c.metric ? formatMetric(c.metric, x, loc) : formatNumber(x, loc, 2);
    default:
      return formatNumber(x, loc, 2);
  }
}

export interface ChangeWords {
  path: string;
  before: string;
  after: string;
  /** "added" / "removed" for a whole item; null for a changed field. */
  note: string | null;
}

export function changeWords(doc: Case, c: InputChange, t: T): ChangeWords {
  return {
    path: changePath(c, t),
    before: c.change === 'added' ? MISSING : formatDiffValue(doc, c, c.before, t),
    after: c.change === 'removed' ? MISSING : formatDiffValue(doc, c, c.after, t),
    note: c.change === 'changed' ? null : t(`compareView.${c.change}`),
  };
}
