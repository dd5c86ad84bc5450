/** Step 4: revenue sources — retention, expansion and acquisition lines with timing and risk. */
import { useTranslation } from 'react-i18next';
import { newRevenueLine } from '@shared/case/factory';
import type { RevenueLine } from '@shared/case/schema';
import { churnReduction } from '@shared/engine/segments';
import { BenchmarkHint } from '../../components/BenchmarkHint';
import { NumberField, SelectField } from '../../components/fields';
import { useAddRow } from '../../components/RowActions';
import { useStore } from '../../state/store';
import { formatMoney, formatPercent } from '../../format/numbers';
import { LineCard } from './common';
import type { StepProps } from './step-props';

export function RevenueStep(props: StepProps) {
  const { t } = useTranslation();
  const { doc, si, result } = props;
  const addRow = useAddRow();
  const change = useStore((st) => st.change);
  const s = doc.scenarios[si];
  if (!s) return null;
  // The satisfaction target is the same measure as the CSAT of step 3: dissatisfied = 100% − CSAT.
  const csat = s.metrics.find((m) => m.metric === 'csat');
  const dissatisfiedOf = (x: number) => Math.round((1 - x) * 1e6) / 1e6;
  const applyCsat = (i: number) =>
    change((d) => {
      const l = d.scenarios[si]?.revenueLines[i];
      if (!l || l.kind !== 'retention' || !csat || csat.ours === null) return d;
      l.dissatisfiedNow = dissatisfiedOf(csat.ours);
      if (csat.target !== null) l.dissatisfiedTarget = dissatisfiedOf(csat.target);
      return d;
    });
  const base = ['scenarios', si, 'revenueLines'] as const;
  const loc = doc.locale;
  const noSegments = s.segments.length === 0;
  const firstSegment = s.segments.find((g) => g.priority) ?? s.segments[0];
  const segmentOptions = s.segments.map((g) => ({ value: g.id, label: g.name }));
  const add = (kind: RevenueLine['kind']) =>
    addRow(
      base,
      () => {
        const line = newRevenueLine(kind, firstSegment?.id ?? '');
        line.label = t(`revenue.defaultLabels.${kind}`);
        return line;
      },
      'label',
    );

  return (
    <section aria-labelledby="step-heading">
      <div className="step-toolbar">
        <button type="button" className="btn" disabled={noSegments} aria-describedby={noSegments ? 'need-segment' : undefined} onClick={() => add('retention')}>
          + {t('revenue.addRetention')}
        </button>
        <button type="button" className="btn" disabled={noSegments} aria-describedby={noSegments ? 'need-segment' : undefined} onClick={() => add('expansion')}>
          + {t('revenue.addExpansion')}
        </button>
        <button type="button" className="btn" onClick={() => add('acquisition')}>
          + {t('revenue.addAcquisition')}
        </button>
      </div>
      {noSegments ? (
        <p className="warning" id="need-segment" data-testid="need-segment">
          {t('revenue.needSegment')}
        </p>
      ) : null}
      {s.revenueLines.length === 0 ? <p className="empty">{t('revenue.empty')}</p> : null}
      <div className="cards">
        {s.revenueLines.map((l, i) => {
          const p = [...base, i];
          return (
            <LineCard
              key={l.id}
              line={l}
              kindLabel={t(`revenue.kinds.${l.kind}`)}
              testId="revenue-line"
              listPath={base}
              index={i}
              count={s.revenueLines.length}
              doc={doc}
              result={result}
              totalsExtra={
                <>
                  <div>
                    <dt>{t('revenue.lastMonthRevenue', { m: result.horizon })}</dt>
                    <dd>{formatMoney(result.lines.find((x) => x.id === l.id)?.revenue?.[result.horizon], doc.currency, loc)}</dd>
                  </div>
                  {l.kind === 'retention' ? (
                    <div>
                      <dt>{t('revenue.derivedRho')}</dt>
                      <dd data-testid="derived-rho">{formatPercent(churnReduction(l), loc, 1)}</dd>
                    </div>
                  ) : null}
                </>
              }
            >
              {l.kind === 'retention' ? (
                <div className="grid">
                  <SelectField path={[...p, 'segmentId']} value={l.segmentId} label={t('revenue.segment')} options={segmentOptions} />
                  <SelectField
                    path={[...p, 'churnReductionMode']}
                    value={l.churnReductionMode}
                    label={t('revenue.modeLabel')}
                    className="span-2"
                    options={[
                      { value: 'entered', label: t('revenue.modeEntered') },
                      { value: 'satisfaction', label: t('revenue.modeSatisfaction') },
                    ]}
                  />
                  {l.churnReductionMode === 'entered' ? (
                    <NumberField
                      path={[...p, 'churnReduction']}
                      value={l.churnReduction}
                      kind="percent"
                      locale={loc}
                      label={t('revenue.churnReduction')}
                      hint={<BenchmarkHint id="churnReduction12m" locale={loc} />}
                    />
                  ) : (
                    <>
                      <NumberField path={[...p, 'dissatisfiedNow']} value={l.dissatisfiedNow} kind="percent" locale={loc} label={t('revenue.dissatisfiedNow')} />
                      <NumberField
                        path={[...p, 'dissatisfiedTarget']}
                        value={l.dissatisfiedTarget}
                        kind="percent"
                        locale={loc}
                        label={t('revenue.dissatisfiedTarget')}
                        hint={t('revenue.fiveTimesHint')}
                      />
                      <div className="span-2 csat-link" data-testid="csat-link">
                        {csat && csat.ours !== null ? (
                          <>
                            <p className="muted">
                              {t('meanings.csatLink', { csat: formatPercent(csat.ours, loc, 0), dissatisfied: formatPercent(dissatisfiedOf(csat.ours), loc, 0) })}
                              {csat.target !== null ? <> {t('meanings.csatTarget', { target: formatPercent(csat.target, loc, 0), dissatisfied: formatPercent(dissatisfiedOf(csat.target), loc, 0) })}</> : null}
                            </p>
                            {l.dissatisfiedNow !== dissatisfiedOf(csat.ours) || (csat.target !== null && l.dissatisfiedTarget !== dissatisfiedOf(csat.target)) ? (
                              <button type="button" className="btn" onClick={() => applyCsat(i)}>
                                {t('meanings.csatUse')}
                              </button>
                            ) : null}
                          </>
                        ) : (
                          <p className="muted">{t('meanings.csatNone')}</p>
                        )}
                      </div>
                    </>
                  )}
                </div>
              ) : null}
              {l.kind === 'expansion' ? (
                <div className="grid">
                  <SelectField path={[...p, 'segmentId']} value={l.segmentId} label={t('revenue.segment')} options={segmentOptions} />
                  <NumberField path={[...p, 'uplift']} value={l.uplift} kind="percent" locale={loc} label={t('revenue.uplift')} hint={<BenchmarkHint id="expansionUplift" locale={loc} />} />
                </div>
              ) : null}
              {l.kind === 'acquisition' ? (
                <div className="grid">
                  <NumberField path={[...p, 'opportunitiesPerMonth']} value={l.opportunitiesPerMonth} kind="count" locale={loc} unit={t('units.perMonth')} label={t('revenue.opportunitiesPerMonth')} />
                  <NumberField path={[...p, 'conversionUplift']} value={l.conversionUplift} kind="percent" locale={loc} label={t('revenue.conversionUplift')} hint={t('revenue.conversionHint')} />
                  <NumberField path={[...p, 'firstYearValue']} value={l.firstYearValue} kind="money" locale={loc} unit={doc.currency} label={t('revenue.firstYearValue')} />
                  <NumberField path={[...p, 'grossMargin']} value={l.grossMargin} kind="percent" locale={loc} label={t('revenue.grossMargin')} />
                </div>
              ) : null}
            </LineCard>
          );
        })}
      </div>
    </section>
  );
}
