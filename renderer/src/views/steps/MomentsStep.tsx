/** Step 2: key moments — volume per moment, automation candidates and protected moments. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newMoment } from '@shared/case/factory';
import { CHANNELS, INTENTS } from '@shared/case/schema';
import { BenchmarkHint } from '../../components/BenchmarkHint';
import { CheckField, NumberField, SelectField, TextField } from '../../components/fields';
import { RowActions, useAddRow } from '../../components/RowActions';
import { formatNumber, formatPercent } from '../../format/numbers';
import { momentCoverage } from '@shared/engine/volume';
import { useStore } from '../../state/store';
import { useTicketWizard } from '../../state/tickets';
import { TicketWizard } from '../tickets/TicketWizard';
import { ChangeSelect } from './common';
import type { StepProps } from './step-props';

type VolumeMode = 'share' | 'absolute';

export function MomentsStep(props: StepProps) {
  const { t } = useTranslation();
  const { doc, si, result } = props;
  const change = useStore((st) => st.change);
  const addRow = useAddRow();
  const wizard = useTicketWizard();
  const ticketsButton = useRef<HTMLButtonElement>(null);
  const s = doc.scenarios[si];
  if (!s) return null;
  const base = ['scenarios', si, 'moments'] as const;
  const loc = doc.locale;
  const V = result.volume.baseline;
  // What the segments alone give (the engine's contacts a month per segment), shown when overridden.
  const derivedBaseline = result.segments.reduce((a, g) => a + g.monthlyContacts, 0);
  // How much of the baseline the moments cover (shares need not add up to 100%: say what the total means).
  const coverage = momentCoverage(s.moments, V);
  const coverageOver = coverage !== null && coverage > 1 + 1e-9;
  const coverageUnder = coverage !== null && coverage < 1 - 1e-9;

  /** Switching the mode keeps the moment's monthly volume: 0.18 of 1,000 becomes 180 a month and back. */
  const setMode = (i: number, mode: VolumeMode) =>
    change((d) => {
      const m = d.scenarios[si]?.moments[i];
      if (!m || m.volumeMode === mode) return d;
      const monthly = result.moments[i]?.monthlyVolume ?? 0;
      m.volume = mode === 'absolute' ? Math.round(monthly * 100) / 100 : V > 0 ? monthly / V : 0;
      m.volumeMode = mode;
      return d;
    });

  return (
    <section aria-labelledby="step-heading">
      <div className="baseline-panel card" data-testid="baseline-panel">
        <div className="baseline-figure">
          <span className="field-label">{t('moments.baseline')}</span>
          <strong className="big-number" data-testid="baseline-volume">{formatNumber(V, loc, 0)}</strong>
          <span className="muted">
            {s.service.volumeOverride === null ? t('moments.baselineFromSegments') : t('moments.baselineOverridden', { derived: formatNumber(derivedBaseline, loc, 0) })}
          </span>
        </div>
        <NumberField
          path={['scenarios', si, 'service', 'volumeOverride']}
          value={s.service.volumeOverride}
          kind="count"
          nullable
          locale={loc}
          unit={t('units.perMonth')}
          label={t('moments.volumeOverride')}
          hint={t('moments.volumeOverrideHint')}
          className="baseline-override"
        />
        {s.service.volumeOverride !== null || s.service.volumeSource !== '' ? (
          <TextField path={['scenarios', si, 'service', 'volumeSource']} value={s.service.volumeSource} label={t('tickets.baselineSource')} className="baseline-source" />
        ) : null}
      </div>
      {coverage !== null ? (
        <p className={`shares-total${coverageOver ? ' warning' : coverageUnder ? ' note' : ' muted'}`} role="status" data-testid="shares-total">
          {coverageOver
            ? t('meanings.sharesOver', { pct: formatPercent(coverage, loc, 0) })
            : t('meanings.sharesTotal', { pct: formatPercent(coverage, loc, 0) })}
          {coverageUnder ? <> {t('meanings.sharesUnder', { rest: formatPercent(1 - coverage, loc, 0) })}</> : null}
        </p>
      ) : null}
      {result.volume.momentsExceedBaseline && coverage === null ? (
        <p className="warning" role="status" data-testid="moments-exceed">
          {t('moments.exceeds')}
        </p>
      ) : null}
      <div className="step-toolbar">
        <button type="button" className="btn" onClick={() => addRow(base, (xs) => newMoment(`${t('moments.name')} ${xs.length + 1}`), 'name')}>
          + {t('moments.add')}
        </button>
        <button ref={ticketsButton} type="button" className="btn" onClick={() => wizard.setOpen(true)} data-testid="tickets-open">
          {t('tickets.open')}
        </button>
      </div>
      {wizard.open ? <TicketWizard si={si} onClose={() => wizard.setOpen(false)} returnFocus={() => ticketsButton.current} /> : null}
      {s.moments.length === 0 ? <p className="empty">{t('moments.empty')}</p> : null}
      <div className="cards">
        {s.moments.map((m, i) => {
          const fig = result.moments[i];
          const p = [...base, i];
          return (
            <article key={m.id} className={`card${m.protected ? ' card-protected' : ''}`} aria-label={m.name} data-testid="moment-card">
              <header className="card-head">
                <TextField path={[...p, 'name']} value={m.name} label={t('moments.name')} className="grow" />
                <div className="pills" aria-live="polite">
                  {fig?.inScope ? (
                    <span className="pill pill-candidate" data-testid="pill-candidate">
                      {t('meanings.toAutomate')}
                      <span className="sr-only">: {t('meanings.toAutomateSr')}</span>
                    </span>
                  ) : null}
                  {fig?.automationSuggested ? (
                    <span className="pill pill-suggested" data-testid="pill-suggested" title={t('meanings.suggestedHint')}>
                      {t('meanings.suggested')}
                      <span className="sr-only">: {t('meanings.suggestedHint')}</span>
                    </span>
                  ) : null}
                  {m.protected ? (
                    <span className="pill pill-protected" data-testid="pill-protected" title={t('moments.protectedHint')}>
                      {t('moments.protected')}
                    </span>
                  ) : null}
                </div>
                <RowActions listPath={base} index={i} count={s.moments.length} name={m.name} />
              </header>
              <div className="grid">
                <SelectField path={[...p, 'intent']} value={m.intent} label={t('moments.intent')} options={INTENTS.map((v) => ({ value: v, label: t(`moments.intents.${v}`) }))} />
                <SelectField path={[...p, 'channel']} value={m.channel} label={t('moments.channel')} options={CHANNELS.map((v) => ({ value: v, label: t(`moments.channels.${v}`) }))} />
                <ChangeSelect<VolumeMode>
                  label={t('moments.volumeMode')}
                  help={t('meanings.help.volumeMode')}
                  value={m.volumeMode}
                  options={[
                    { value: 'share', label: t('moments.share') },
                    { value: 'absolute', label: t('moments.absolute') },
                  ]}
                  apply={(v) => setMode(i, v)}
                />
                {m.volumeMode === 'share' ? (
                  <NumberField path={[...p, 'volume']} value={m.volume} kind="percent" locale={loc} label={t('moments.volumeShare')} />
                ) : (
                  <NumberField path={[...p, 'volume']} value={m.volume} kind="count" locale={loc} unit={t('units.perMonth')} label={t('moments.volumeAbsolute')} />
                )}
                <NumberField path={[...p, 'satisfaction']} value={m.satisfaction} kind="percent" nullable locale={loc} label={t('moments.satisfaction')} hint={t('moments.satisfactionHint')} />
              </div>
              <div className="grid">
                <div className="flag-stack">
                  <CheckField path={[...p, 'automatable']} value={m.automatable} label={t('moments.automatable')} />
                  <CheckField path={[...p, 'protected']} value={m.protected} label={t('moments.protected')} hint={t('moments.protectedHint')} />
                </div>
                <NumberField
                  path={[...p, 'deflectionRate']}
                  value={m.deflectionRate}
                  kind="percent"
                  locale={loc}
                  label={t('moments.deflectionRate')}
                  disabled={m.protected}
                  hint={m.protected ? t('meanings.protectedReason') : <BenchmarkHint id="deflectionRate" locale={loc} />}
                />
                <NumberField
                  path={[...p, 'aiResolutionRate']}
                  value={m.aiResolutionRate}
                  kind="percent"
                  locale={loc}
                  label={t('moments.aiResolutionRate')}
                  disabled={m.protected}
                  hint={m.protected ? t('meanings.protectedReason') : <BenchmarkHint id="aiResolutionRate" locale={loc} />}
                />
                <TextField path={[...p, 'source']} value={m.source} label={t('common.source')} className="span-2" />
                <TextField path={[...p, 'notes']} value={m.notes} label={t('common.notes')} multiline className="span-2" />
              </div>
              <dl className="derived">
                <div>
                  <dt>{t('moments.monthlyVolume')}</dt>
                  <dd data-testid="moment-volume">{formatNumber(fig?.monthlyVolume, loc, 0)}</dd>
                </div>
                <div>
                  <dt>{t('moments.scope')}</dt>
                  <dd>{fig?.inScope ? t('moments.inScope') : m.protected ? t('moments.outProtected') : t('moments.outNotAutomatable')}</dd>
                </div>
              </dl>
            </article>
          );
        })}
      </div>
    </section>
  );
}
