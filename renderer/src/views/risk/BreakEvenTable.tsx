/** Break-evens of the top drivers: the value at which NPV = 0, all else at likely, and how far it is from the likely value. */
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import type { BreakEven } from '@shared/risk/analyse';
import type { RangedAssumption } from '@shared/risk/register';
import { displayText, formatPercent } from '../../format/numbers';
import { assumptionLabel, isPercent } from './labels';

export function BreakEvenTable(props: { doc: Case; register: RangedAssumption[]; breakEvens: BreakEven[] }) {
  const { t } = useTranslation();
  const { doc } = props;
  const byKey = new Map(props.register.map((a) => [a.key, a]));
  return (
    <section className="chart-card" aria-labelledby="risk-be-heading" data-testid="risk-break-evens">
      <header>
        <h3 id="risk-be-heading">{t('risk.breakEven.title')}</h3>
      </header>
      <p className="muted small">{t('risk.breakEven.intro')}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('risk.register.assumption')}</th>
            <th className="num">{t('risk.register.likely')}</th>
            <th className="num">{t('risk.breakEven.value')}</th>
            <th className="num">{t('risk.breakEven.distance')}</th>
          </tr>
        </thead>
        <tbody>
          {props.breakEvens.map((b) => {
            const a = byKey.get(b.key);
            const pct = a ? isPercent(a) : false;
            const show = (v: number) => `${displayText(v, doc.locale, pct)}${pct ? ' %' : ''}`;
            const relative = b.value !== null && b.likely !== 0 ? (b.value - b.likely) / Math.abs(b.likely) : null;
            return (
              <tr key={b.key}>
                <th scope="row">{a ? assumptionLabel(t, a) : b.label}</th>
                <td className="num">{show(b.likely)}</td>
                <td className="num">{b.value === null ? t('risk.breakEven.none') : show(b.value)}</td>
                <td className="num">{b.distance === null ? '—' : `${show(b.distance)}${relative === null ? '' : ` (${formatPercent(relative, doc.locale, 0)})`}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
