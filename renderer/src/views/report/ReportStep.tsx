/**
 * The Report step: the PDF's content on screen, in the app's language, for the scenario shown —
 * with the risk page once the simulation (in a Web Worker) has run, as the printed report has it.
 */
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import type { StepProps } from '../steps/step-props';
import { Report } from './Report';
import { useReportRisk } from './useReportRisk';

export function ReportStep({ doc, si, results }: StepProps) {
  const language = useStore((s) => s.language);
  const { t } = useTranslation();
  const { risk, running } = useReportRisk(doc, si);
  return (
    <div className="report-preview" data-testid="report-preview" data-risk={risk ? 'ready' : running ? 'running' : 'none'}>
      {running && !risk ? <p className="report-note">{t('risk.report.simulating')}</p> : null}
      <Report doc={doc} results={results} scenarioIndex={si} scenarios="all" lang={language} date={new Date().toISOString()} risk={risk} />
    </div>
  );
}
