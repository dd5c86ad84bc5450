/**
 * The register: every assumption that moves NPV, with its range, owner, confidence and source, edited
 * in place; sorted in case order or by tornado swing. An edit stores the range (with the defaults it
 * had) in the case, which reruns the analysis after the debounce.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import type { RangedAssumption } from '@shared/risk/register';
import { CONFIDENCES, type Confidence, type RiskRange } from '@shared/risk/schema';
import type { TornadoBar } from '@shared/risk/tornado';
import { NumberInput } from '../../components/fields';
import { displayText, formatMoney } from '../../format/numbers';
import { useStore } from '../../state/store';
import { assumptionLabel, isPercent } from './labels';
import { withRange } from './ranges';

function TextCell(props: { label: string; value: string; type?: string; save: (v: string) => string | null }) {
  const [text, setText] = useState(props.value);
  const [error, setError] = useState<string | null>(null);
  return (
    <input
      className={`input${error ? ' input-invalid' : ''}`}
      aria-label={props.label}
      aria-invalid={error ? true : undefined}
      title={error ?? undefined}
      type={props.type ?? 'text'}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        setError(props.save(e.target.value));
      }}
    />
  );
}

export function RegisterTable(props: { doc: Case; si: number; register: RangedAssumption[]; tornado: TornadoBar[] }) {
  const { t } = useTranslation();
  const edit = useStore((s) => s.edit);
  const [bySwing, setBySwing] = useState(true);
  const { doc, register } = props;
  const scenario = doc.scenarios[props.si];
  if (!scenario) return null;
  const swingOf = new Map(props.tornado.map((b) => [b.key, b.swing]));
  const rows = bySwing ? [...register].sort((a, b) => (swingOf.get(b.key) ?? 0) - (swingOf.get(a.key) ?? 0)) : register;
  const save = (a: RangedAssumption, patch: Partial<RiskRange>): string | null => {
    const r = edit(['risk', 'ranges'], withRange(doc, scenario.id, a, patch));
    return r.ok ? null : (r.problems[0]?.message ?? t('common.enterNumber'));
  };
  const money = (x: number) => formatMoney(x, doc.currency, doc.locale);
  return (
    <section className="chart-card" aria-labelledby="risk-register-heading" data-testid="risk-register">
      <header>
        <h3 id="risk-register-heading">{t('risk.register.title')}</h3>
        <button type="button" className="btn btn-small" aria-pressed={bySwing} onClick={() => setBySwing((x) => !x)}>
          {bySwing ? t('risk.register.sortCase') : t('risk.register.sortSwing')}
        </button>
      </header>
      <p className="muted small">{t('risk.register.intro')}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('risk.register.title')}>
        <table className="table risk-register">
          <thead>
            <tr>
              <th>{t('risk.register.assumption')}</th>
              <th className="num">{t('risk.register.likely')}</th>
              <th>{t('risk.register.low')}</th>
              <th>{t('risk.register.high')}</th>
              <th className="num">{t('risk.register.swing')}</th>
              <th>{t('risk.register.owner')}</th>
              <th>{t('risk.register.confidence')}</th>
              <th>{t('risk.register.sourceUrl')}</th>
              <th>{t('risk.register.sourceDate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              const label = assumptionLabel(t, a);
              const pct = isPercent(a);
              return (
                <tr key={a.key} data-key={a.key}>
                  <th scope="row">
                    {label}
                    {a.isDefault ? <span className="muted small"> · {a.publishedFigure ? t('risk.register.published') : t('risk.register.default')}</span> : null}
                  </th>
                  <td className="num">{displayText(a.value, doc.locale, pct)}{pct ? ' %' : ''}</td>
                  <td>
                    <NumberInput fieldKey={`risk.${scenario.id}.${a.key}.low`} label={`${label}: ${t('risk.register.low')}`} hideLabel value={a.low} locale={doc.locale} percent={pct} unit={pct ? '%' : undefined} commit={(v) => (v === null ? t('common.required') : save(a, { low: v, high: Math.max(v, a.high) }))} />
                  </td>
                  <td>
                    <NumberInput fieldKey={`risk.${scenario.id}.${a.key}.high`} label={`${label}: ${t('risk.register.high')}`} hideLabel value={a.high} locale={doc.locale} percent={pct} unit={pct ? '%' : undefined} commit={(v) => (v === null ? t('common.required') : save(a, { high: v, low: Math.min(v, a.low) }))} />
                  </td>
                  <td className="num">{money(swingOf.get(a.key) ?? 0)}</td>
                  <td>
                    <TextCell label={`${label}: ${t('risk.register.owner')}`} value={a.owner} save={(v) => save(a, { owner: v })} />
                  </td>
                  <td>
                    <select className="input" aria-label={`${label}: ${t('risk.register.confidence')}`} value={a.confidence ?? ''} onChange={(e) => save(a, { confidence: CONFIDENCES.find((c) => c === e.target.value) ?? null })}>
                      <option value="">—</option>
                      {CONFIDENCES.map((c: Confidence) => (
                        <option key={c} value={c}>{t(`risk.confidence.${c}`)}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <TextCell label={`${label}: ${t('risk.register.sourceUrl')}`} value={a.sourceUrl} type="url" save={(v) => save(a, { sourceUrl: v })} />
                  </td>
                  <td>
                    <TextCell label={`${label}: ${t('risk.register.sourceDate')}`} value={a.sourceDate} type="date" save={(v) => save(a, { sourceDate: v })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
