/** The published range of a benchmark figure and its source, shown under an input. */
import { useTranslation } from 'react-i18next';
import { citation, figure, type FigureId } from '@shared/benchmarks/library';
import type { Currency, Locale } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import { useStore } from '../state/store';
import type { T } from '../format/figures';
import { formatMoney, formatNumber, formatPercent } from '../format/numbers';

export function figureRange(id: FigureId, locale: Locale): string {
  const f = figure(id);
  const show = (x: number) => (f.unit === 'fraction' ? formatPercent(x, locale, 1) : f.unit === 'USD' ? formatMoney(x, 'USD', locale, 2) : formatNumber(x, locale, 1));
  if (f.typicalLow !== undefined && f.typicalHigh !== undefined && f.high !== null)
    return `${show(f.typicalLow)}–${show(f.typicalHigh)} (max ${show(f.high)})`;
  if (f.low !== null && f.high !== null && f.low !== f.high && f.low > 0) return `${show(f.low)}–${show(f.high)}`;
  if (f.high !== null && f.low === 0) return `≤ ${show(f.high)}`;
  return show(f.value);
}

/**
 * The hint's text. A money figure published in another currency than the case's is shown in its
 * own currency and said to be not converted ("USD 13.50 (Gartner 2024), not converted to EUR"):
 * never relabelled as the case's currency.
 */
export function benchmarkHintText(t: T, id: FigureId, locale: Locale, lang: Language, currency?: Currency): string {
  const f = figure(id);
  const source = citation(f, lang);
  if (currency !== undefined && f.unit === 'USD' && currency !== 'USD')
    return t('trust.usdNotConverted', { value: formatNumber(f.value, locale, 2, 2), source, currency });
  return t('hints.published', { range: figureRange(id, locale), source });
}

export function BenchmarkHint(props: { id: FigureId; locale: Locale; currency?: Currency }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  return <>{benchmarkHintText((k, o) => String(t(k, o ?? {})), props.id, props.locale, language, props.currency)}</>;
}
