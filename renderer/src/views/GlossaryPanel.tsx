/** The glossary: every term the case uses, defined in the user's language, and the method in short. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The terms in reading order: customers and value, service, the benchmark metrics, finance. */
const TERMS = [
  'arpu', 'churn', 'clv', 'cac', 'clvPerConversation', 'marginAtRisk',
  'baseline', 'automatable', 'protected', 'deflection', 'aiResolution',
  'aht', 'fcr', 'frt', 'csat', 'ces', 'nps',
  'churnReduction', 'ramp', 'haircut', 'contingency', 'discountRate', 'npv', 'irr', 'roi', 'payback', 'horizon',
] as const;

/** The method's paragraphs, as the report's Method appendix says them (docs/method.md in short). */
const METHOD = ['intro', 'time', 'ramp', 'risk', 'volume', 'deflection', 'handling', 'retention', 'growth', 'outputs', 'kpis'] as const;

export function GlossaryPanel(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the glossary takes the reader to it (keyboard and screen-reader users included).
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      id="glossary"
      className="settings-panel glossary-panel"
      aria-labelledby="glossary-heading"
      data-testid="glossary"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <div className="step-toolbar">
        <h2 id="glossary-heading" className="step-title" tabIndex={-1} ref={heading}>
          {t('glossary.heading')}
        </h2>
        <button type="button" className="btn btn-ghost" onClick={props.onClose}>
          {t('glossary.close')}
        </button>
      </div>
      <p className="muted">{t('glossary.intro')}</p>
      <dl>
        {TERMS.map((k) => (
          <div key={k} style={{ display: 'contents' }} data-testid="glossary-term">
            <dt>{t(`glossary.terms.${k}.term`)}</dt>
            <dd>{t(`glossary.terms.${k}.def`)}</dd>
          </div>
        ))}
      </dl>
      <h3 id="glossary-method">{t('glossary.method')}</h3>
      {METHOD.map((k) => (
        <p key={k}>{t(`report.method.${k}`)}</p>
      ))}
    </section>
  );
}
