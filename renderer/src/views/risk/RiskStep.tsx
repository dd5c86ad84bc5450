/**
 * The Risk step: what if the assumptions are wrong? The register of ranged assumptions, the tornado,
 * the break-evens and a Monte Carlo simulation, all computed in a Web Worker (useRisk) so typing here
 * or anywhere never waits for them.
 */
import { useTranslation } from 'react-i18next';
import { MAX_TRIALS, MIN_TRIALS } from '@shared/risk/schema';
import { NumberField } from '../../components/fields';
import type { StepProps } from '../steps/step-props';
import { BreakEvenTable } from './BreakEvenTable';
import { RegisterTable } from './RegisterTable';
import { SimulationCard } from './SimulationCard';
import { TornadoCard } from './TornadoCard';
import { useRisk } from './useRisk';
import './risk.css';

export function RiskStep(props: StepProps) {
  const { t } = useTranslation();
  const { doc, si, result } = props;
  const risk = useRisk(doc, si);
  return (
    <section aria-labelledby="step-heading" className="risk-step" data-testid="risk-step">
      <div className="grid risk-settings">
        <NumberField path={['risk', 'seed']} value={doc.risk.seed} kind="count" locale={doc.locale} label={t('risk.settings.seed')} help={t('risk.settings.seedHelp')} />
        <NumberField path={['risk', 'trials']} value={doc.risk.trials} kind="count" locale={doc.locale} label={t('risk.settings.trials')} help={t('risk.settings.trialsHelp', { min: MIN_TRIALS, max: MAX_TRIALS })} />
      </div>
      <SimulationCard doc={doc} state={risk} cancel={risk.cancel} rerun={risk.rerun} />
      {risk.register && risk.tornado && risk.breakEvens ? (
        <>
          <TornadoCard doc={doc} register={risk.register} tornado={risk.tornado} baseNpv={result.npv} basePayback={result.paybackMonth} />
          <BreakEvenTable doc={doc} register={risk.register} breakEvens={risk.breakEvens} />
          <RegisterTable doc={doc} si={si} register={risk.register} tornado={risk.tornado} />
        </>
      ) : null}
    </section>
  );
}
