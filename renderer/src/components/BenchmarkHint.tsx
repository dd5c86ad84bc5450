/** The published range of a benchmark figure and its source, shown under an input. */
import { useTranslation } from 'react-i18next';
import { citation, figure, type FigureId } from '../../../shared/benchmarks/library';
import type { Currency, Locale } from '../../../shared/case/schema';
import { useStore } from '../state/store';
import { formatMoney, formatNumber, formatPercent } from '../format/numbers';

export function figureRange(id: FigureId, locale: Locale, _currency?: Currency): string {
  const f = figure(id);
  const show = (x: number) => (f.unit === 'fraction' ? formatPercent(x, locale, 1) : f.unit === 'USD' ? formatMoney(x, 'USD', locale, 2) : formatNumber(x, locale, 1));
  if (f.typicalLow !== undefined && f.typicalHigh !== undefined && f.high !== null)
    return `${show(f.typicalLow)}–${show(f.typicalHigh)} (max ${show(f.high)})`;
  if (f.low !== null && f.high !== null && f.low !== f.high && f.low > 0) return `${show(f.low)}–${show(f.high)}`;
  if (f.high !== null && f.low === 0) return `≤ ${show(f.high)}`;
  return show(f.value);
}

export function BenchmarkHint(props: { id: FigureId; locale: Locale }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  return <>{t('hints.published', { range: figureRange(props.id, props.locale), source: citation(figure(props.id), language) })}</>;
}
