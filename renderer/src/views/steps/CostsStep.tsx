/** Step 5: cost reductions — the service baseline, saving lines and the investment (cost lines). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newCostLine, newSavingLine } from '@shared/case/factory';
import type { CostLine, SavingLine } from '@shared/case/schema';
import { BenchmarkHint } from '../../components/BenchmarkHint';
import { CheckField, NumberField, SelectField, TextField } from '../../components/fields';
import { CalendarMonthNote, CostAccountingCell, ServiceFinanceFields } from '../finance/FinanceFields';
import { RowActions, useAddRow } from '../../components/RowActions';
import { formatMoney, formatNumber } from '../../format/numbers';
import { useStore, type EditOutcome } from '../../state/store';
import { ChangeSelect, LineCard, ScrollTable, StepSection } from './common';
import type { StepProps } from './step-props';

const CATEGORIES = ['technology', 'people', 'services', 'other'] as const;
type CostKind = CostLine['kind'];

export function CostsStep(props: StepProps) {
  const { t } = useTranslation();
  const { doc, si, result } = props;
  const addRow = useAddRow();
  const change = useStore((st) => st.change);
  const s = doc.scenarios[si];
  if (!s) return null;
  const loc = doc.locale;
  const svc = ['scenarios', si, 'service'] as const;
  const savings = ['scenarios', si, 'savingLines'] as const;
  const costs = ['scenarios', si, 'costLines'] as const;
  const has = (k: SavingLine['kind']) => s.savingLines.some((l) => l.kind === k);
  const inScopeVolume = result.moments.reduce((a, m) => (m.inScope ? a + m.monthlyVolume : a), 0);
  const last = result.horizon;
  const money = (x: number | null | undefined) => formatMoney(x, doc.currency, loc);

  const addSaving = (kind: SavingLine['kind']) =>
    addRow(
      savings,
      () => {
        const line = newSavingLine(kind);
        line.label = t(`costs.defaultLabels.${kind}`);
        return line;
      },
      'label',
    );
  const addCost = (kind: CostKind) =>
    addRow(
      costs,
      () => {
        const line = newCostLine(kind);
        line.label = t(`costs.defaultLabels.${kind}`);
        return line;
      },
      'label',
    );
  /** A one-off at month 0 turned recurring starts in month 1 (recurring costs cannot be up front). */
  const setCostKind = (i: number, kind: CostKind) =>
    change((d) => {
      const l = d.scenarios[si]?.costLines[i];
      if (!l) return d;
      l.kind = kind;
      if (kind === 'recurring' && l.month < 1) l.month = 1;
      return d;
    });

  const onlyOne = (k: 'deflection' | 'ai') => (has(k) ? { disabled: true, 'aria-describedby': 'only-one-note', title: t('costs.onlyOne') } : {});

  return (
    <section aria-labelledby="step-heading">
      <StepSection id="service" title={t('costs.serviceHeading')}>
        <div className="card" data-testid="service-baseline">
          <div className="grid">
            <NumberField
              path={[...svc, 'assistedCostPerContact']}
              value={s.service.assistedCostPerContact}
              kind="money"
              locale={loc}
              unit={doc.currency}
              label={t('costs.assistedCostPerContact')}
              hint={<BenchmarkHint id="costPerContactAssisted" locale={loc} currency={doc.currency} />}
            />
            <NumberField
              path={[...svc, 'selfServiceCostPerContact']}
              value={s.service.selfServiceCostPerContact}
              kind="money"
              locale={loc}
              unit={doc.currency}
              label={t('costs.selfServiceCostPerContact')}
              hint={<BenchmarkHint id="costPerContactSelfService" locale={loc} currency={doc.currency} />}
            />
            <NumberField path={[...svc, 'aiCostPerResolution']} value={s.service.aiCostPerResolution} kind="money" locale={loc} unit={doc.currency} label={t('costs.aiCostPerResolution')} />
            <NumberField path={[...svc, 'agentHourCost']} value={s.service.agentHourCost} kind="money" locale={loc} unit={doc.currency} label={t('costs.agentHourCost')} />
            <NumberField path={[...svc, 'averageHandleTimeMinutes']} value={s.service.averageHandleTimeMinutes} kind="minutes" locale={loc} unit={t('costs.minutes')} label={t('costs.averageHandleTimeMinutes')} />
            <NumberField path={[...svc, 'resolutionRate']} value={s.service.resolutionRate} kind="percent" locale={loc} label={t('costs.resolutionRate')} />
            <ServiceFinanceFields scenario={s} si={si} doc={doc} />
          </div>
          <dl className="derived">
            <div>
              <dt>{t('moments.baseline')}</dt>
              <dd>{formatNumber(result.volume.baseline, loc, 0)}</dd>
            </div>
            <div>
              <dt>{t('costs.inScopeVolume')}</dt>
              <dd>{formatNumber(inScopeVolume, loc, 0)}</dd>
            </div>
            <div>
              <dt>{t('costs.assistedAtEnd', { m: last })}</dt>
              <dd>{formatNumber(result.volume.assisted[last], loc, 0)}</dd>
            </div>
            <div>
              <dt>{t('kpis.monthlySupportSpend')}</dt>
              <dd>{money(result.kpis.before.monthlySupportSpend)}</dd>
            </div>
          </dl>
        </div>
      </StepSection>

      <StepSection id="savings" title={t('costs.savingsHeading')}>
        <div className="step-toolbar">
          <button type="button" className="btn" onClick={() => addSaving('deflection')} {...onlyOne('deflection')}>
            + {t('costs.addDeflection')}
          </button>
          <button type="button" className="btn" onClick={() => addSaving('ai')} {...onlyOne('ai')}>
            + {t('costs.addAi')}
          </button>
          <button type="button" className="btn" onClick={() => addSaving('handleTime')}>
            + {t('costs.addHandleTime')}
          </button>
          <button type="button" className="btn" onClick={() => addSaving('escalation')}>
            + {t('costs.addEscalation')}
          </button>
          {has('deflection') || has('ai') ? (
            <span id="only-one-note" className="muted small toolbar-note">
              {t('costs.onlyOneNote')}
            </span>
          ) : null}
        </div>
        {s.savingLines.length === 0 ? <p className="empty">{t('costs.empty')}</p> : null}
        <div className="cards">
          {s.savingLines.map((l, i) => {
            const p = [...savings, i];
            return (
              <LineCard
                key={l.id}
                line={l}
                kindLabel={t(`costs.kinds.${l.kind}`)}
                testId="saving-line"
                listPath={savings}
                index={i}
                count={s.savingLines.length}
                doc={doc}
                result={result}
                totalsExtra={
                  l.kind === 'deflection' || l.kind === 'ai' ? (
                    <div>
                      <dt>{t(l.kind === 'deflection' ? 'costs.deflectedAtEnd' : 'costs.aiAtEnd', { m: last })}</dt>
                      <dd>{formatNumber((l.kind === 'deflection' ? result.volume.deflected : result.volume.aiResolved)[last], loc, 0)}</dd>
                    </div>
                  ) : null
                }
              >
                {l.kind === 'deflection' || l.kind === 'ai' ? (
                  <p className="muted small">
                    {t(l.kind === 'deflection' ? 'costs.deflectionExplain' : 'costs.aiExplain', { n: formatNumber(inScopeVolume, loc, 0) })}
                  </p>
                ) : null}
                {l.kind === 'handleTime' ? (
                  <div className="grid">
                    <NumberField path={[...p, 'ahtReductionMinutes']} value={l.ahtReductionMinutes} kind="minutes" locale={loc} unit={t('costs.minutes')} label={t('costs.ahtReductionMinutes')} />
                  </div>
                ) : null}
                {l.kind === 'escalation' ? (
                  <div className="grid">
                    <NumberField path={[...p, 'escalationsPerMonth']} value={l.escalationsPerMonth} kind="count" locale={loc} unit={t('units.perMonth')} label={t('costs.escalationsPerMonth')} />
                    <NumberField path={[...p, 'handoffsAvoided']} value={l.handoffsAvoided} kind="decimal" locale={loc} label={t('costs.handoffsAvoided')} />
                    <NumberField path={[...p, 'minutesPerHandoff']} value={l.minutesPerHandoff} kind="minutes" locale={loc} unit={t('costs.minutes')} label={t('costs.minutesPerHandoff')} />
                  </div>
                ) : null}
              </LineCard>
            );
          })}
        </div>
      </StepSection>

      <StepSection id="investment" title={t('costs.investmentHeading')}>
        <div className="step-toolbar">
          <button type="button" className="btn" onClick={() => addCost('oneOff')}>
            + {t('costs.addOneOff')}
          </button>
          <button type="button" className="btn" onClick={() => addCost('recurring')}>
            + {t('costs.addRecurring')}
          </button>
        </div>
        {s.costLines.length === 0 ? (
          <p className="empty">{t('costs.empty')}</p>
        ) : (
          <>
            <ScrollTable label={t('costs.investmentHeading')} className="table cost-table" testId="cost-table">
              <thead>
                <tr>
                  <th scope="col">{t('revenue.label')}</th>
                  <th scope="col">{t('costs.kind')}</th>
                  {/* Category and accounting share a cell: both classify the line, and one more column would not fit at 1280 px. */}
                  <th scope="col">{t('costs.category')} · {t('finance.accounting')}</th>
                  <th scope="col" className="num">{t('costs.amountHeader', { currency: doc.currency })}</th>
                  <th scope="col" className="num">{t('costs.month')}</th>
                  <th scope="col" className="num">{t('costs.contingency')}</th>
                  <th scope="col">{t('common.enabled')}</th>
                  <th scope="col" className="num">{t('lines.totalOverHorizon', { months: result.horizon })}</th>
                  <th scope="col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.costLines.map((l, i) => (
                  <CostRow key={l.id} line={l} index={i} count={s.costLines.length} listPath={costs} doc={doc} result={result} setKind={(v) => setCostKind(i, v)} />
                ))}
              </tbody>
            </ScrollTable>
            <p className="muted small">{t('costs.monthNote')}</p>
          </>
        )}
      </StepSection>
    </section>
  );
}

/** One cost line as a table row; its source and notes open in a row beneath. */
function CostRow(props: {
  line: CostLine;
  index: number;
  count: number;
  listPath: readonly (string | number)[];
  doc: StepProps['doc'];
  result: StepProps['result'];
  setKind: (k: CostKind) => EditOutcome;
}) {
  const { t } = useTranslation();
  const { line: l, index: i, listPath, doc, result } = props;
  const [open, setOpen] = useState(false);
  const p = [...listPath, i];
  const loc = doc.locale;
  const row = result.years.lines.find((x) => x.id === l.id);
  const total = row?.values[result.years.columns.indexOf('total')];
  const detailsId = `cost-details-${l.id}`;
  return (
    <>
      <tr data-testid="cost-line" data-kind={l.kind} className={l.enabled ? undefined : 'row-disabled'} aria-label={`${t(`costs.kinds.${l.kind}`)}: ${l.label}`}>
        <th scope="row" className="cost-label">
          <TextField path={[...p, 'label']} value={l.label} label={t('revenue.label')} hideLabel />
        </th>
        <td>
          <ChangeSelect<CostKind>
            label={t('costs.kind')}
            hideLabel
            value={l.kind}
            options={[
              { value: 'oneOff', label: t('costs.kinds.oneOff') },
              { value: 'recurring', label: t('costs.kinds.recurring') },
            ]}
            apply={props.setKind}
          />
        </td>
        <td>
          <div className="cost-class">
            <SelectField path={[...p, 'category']} value={l.category} hideLabel label={t('costs.category')} options={CATEGORIES.map((c) => ({ value: c, label: t(`costs.categories.${c}`) }))} />
            <CostAccountingCell line={l} path={p} doc={doc} />
          </div>
        </td>
        <td className="num col-amount">
          <NumberField
            path={[...p, 'amount']}
            value={l.amount}
            kind="money"
            locale={loc}
            hideLabel
            unit={l.kind === 'recurring' ? t('costs.perMonthShort') : undefined}
            label={l.kind === 'recurring' ? t('costs.amountMonthly') : t('costs.amount')}
          />
        </td>
        <td className="num col-month">
          <NumberField path={[...p, 'month']} value={l.month} kind="months" locale={loc} hideLabel label={l.kind === 'recurring' ? t('costs.startMonth') : t('costs.paidInMonth')} />
          <CalendarMonthNote doc={doc} month={l.month} />
        </td>
        <td className="num col-cont">
          <NumberField path={[...p, 'contingency']} value={l.contingency} kind="percent" locale={loc} hideLabel label={t('costs.contingency')} />
        </td>
        <td>
          <CheckField path={[...p, 'enabled']} value={l.enabled} hideLabel label={`${t('common.enabled')}: ${l.label}`} />
        </td>
        <td className="num" data-testid="line-total">
          {formatMoney(total, doc.currency, loc)}
        </td>
        <td>
          <div className="row-actions">
            <button type="button" className="icon-btn" aria-expanded={open} aria-controls={detailsId} aria-label={`${t('costs.details')}: ${l.label}`} onClick={() => setOpen((x) => !x)}>
              {open ? '▾' : '▸'}
            </button>
            <RowActions listPath={listPath} index={i} count={props.count} name={l.label} />
          </div>
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} className="details-row">
          <td colSpan={9}>
            <div className="grid grid-wide">
              <TextField path={[...p, 'source']} value={l.source} label={`${t('common.source')}: ${l.label}`} />
              <TextField path={[...p, 'notes']} value={l.notes} label={`${t('common.notes')}: ${l.label}`} multiline />
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}
