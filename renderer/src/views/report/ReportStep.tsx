/** The Report step: the PDF's content on screen, in the app's language, for the scenario shown. */
import { useStore } from '../../state/store';
import type { StepProps } from '../steps/step-props';
import { Report } from './Report';

export function ReportStep({ doc, si, results }: StepProps) {
  const language = useStore((s) => s.language);
  return (
    <div className="report-preview" data-testid="report-preview">
      <Report doc={doc} results={results} scenarioIndex={si} scenarios="all" lang={language} date={new Date().toISOString()} />
    </div>
  );
}
