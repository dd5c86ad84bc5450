/** The case workspace: case bar, scenario tabs, the stepper, the current step and the live results. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, LOCALES, type Case } from '@shared/case/schema';
import { exportOpenCase } from '../state/actions';
import { BenchmarkHint } from '../components/BenchmarkHint';
import { ExportExcelButton } from '../components/ExportExcelButton';
import { ExportScopeButton } from '../components/ExportScopeButton';
import { NumberField, SelectField, TextField } from '../components/fields';
import { useResults } from '../state/results';
import { currentScenarioIndex, draftNames, STEPS, useStore, type StepId } from '../state/store';
import { useFocusRequests } from '../components/focus';
import { localeName } from '../format/numbers';
import { FinanceSettings } from './finance/FinanceSettings';
import { GlossaryPanel } from './GlossaryPanel';
import { HistoryPanel } from './HistoryPanel';
import { ResultsPanel } from './ResultsPanel';
import { ScenarioTabs } from './ScenarioTabs';
import { ImportChangesButton } from './roundtrip/ImportChangesButton';
import { STEP_VIEWS } from './steps/registry';

function SaveIndicator() {
  const { t } = useTranslation();
  const state = useStore((s) => s.saveState);
  const err = useStore((s) => s.saveError);
  const drafts = useStore((s) => s.drafts);
  const requestFocus = useStore((s) => s.requestFocus);
  const first = drafts[0];
  const message = t('trust.notSaved', { count: drafts.length, fields: draftNames(drafts) });
  // A field holding text that is not a valid value is not saved, whatever the last save did: say so,
  // and take the user to it.
  if (first)
    return (
      <span className="save-state save-invalid" role="status" data-testid="save-state" data-state="invalid">
        <button type="button" className="link save-link" title={message} onClick={() => requestFocus(first.key, first.at)}>
          {message}
        </button>
      </span>
    );
  const text = state === 'error' ? t('save.error', { message: err ?? '' }) : state === 'conflict' ? t('save.conflict') : t(`save.${state}`);
  return (
    <span className={`save-state save-${state}`} role="status" data-testid="save-state" data-state={state}>
      {text}
    </span>
  );
}

function CaseSettings({ doc }: { doc: Case }) {
  const { t } = useTranslation();
  return (
    <div className="grid case-settings">
      <TextField path={['name']} value={doc.name} label={t('caseBar.caseName')} />
      <TextField path={['client']} value={doc.client} label={t('caseBar.client')} />
      <TextField path={['author']} value={doc.author} label={t('caseBar.author')} />
      <SelectField path={['currency']} value={doc.currency} label={t('caseBar.currency')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
      <SelectField path={['locale']} value={doc.locale} label={t('caseBar.locale')} options={LOCALES.map((l) => ({ value: l, label: localeName(l) }))} />
      <NumberField path={['horizonMonths']} value={doc.horizonMonths} kind="months" locale={doc.locale} unit={t('units.months')} label={t('caseBar.horizon')} />
      <NumberField path={['discountRate']} value={doc.discountRate} kind="percent" locale={doc.locale} label={t('caseBar.discountRate')} hint={<BenchmarkHint id="discountRate" locale={doc.locale} />} />
    </div>
  );
}

export function Workspace({ doc }: { doc: Case }) {
  const { t } = useTranslation();
  const route = useStore((s) => s.route);
  const si = useStore(currentScenarioIndex);
  const goStep = useStore((s) => s.goStep);
  const goHome = useStore((s) => s.goHome);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  const canUndo = useStore((s) => s.past.length > 0);
  const canRedo = useStore((s) => s.future.length > 0);
  const language = useStore((s) => s.language);
  const [showSettings, setShowSettings] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [showGlossary, setShowGlossary] = useState(false);
  const results = useResults();
  useFocusRequests();
  const step: StepId = route.name === 'case' ? route.step : 'segments';
  const result = results?.[si];
  if (!results || !result) return null;
  const View = STEP_VIEWS[step];

  return (
    <div className="workspace">
      <header className="case-bar">
        <button type="button" className="btn btn-ghost" onClick={() => void goHome()}>
          ← {t('caseBar.home')}
        </button>
        <h1 className="case-title" title={doc.name}>{doc.name}</h1>
        <button type="button" className="btn btn-ghost" aria-expanded={showSettings} aria-controls="case-settings" onClick={() => setShowSettings((x) => !x)}>
          {t('caseBar.settings')}
        </button>
        <button type="button" className="btn btn-ghost" aria-expanded={showHistory} onClick={() => setShowHistory((x) => !x)}>
          {t('caseBar.history')}
        </button>

        <div className="spacer" />
        <SaveIndicator />
        <button type="button" className="btn btn-ghost" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title={t('trust.undoTitle')}>
          {t('common.undo')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Y" title={t('trust.redoTitle')}>
          {t('common.redo')}
        </button>
        <ExportExcelButton doc={doc} si={si} />
        <ImportChangesButton />
        <ExportScopeButton kind="pdf" doc={doc} si={si} />
        <button type="button" className="btn" onClick={() => void exportOpenCase('cxcase')}>{t('caseBar.exportCase')}</button>
      </header>
      {showSettings ? (
        <section id="case-settings" className="settings-panel" aria-label={t('caseBar.settings')}>
          <CaseSettings doc={doc} />
          <FinanceSettings doc={doc} />
        </section>
      ) : null}
      {showHistory ? <HistoryPanel caseId={doc.id} /> : null}

      <ScenarioTabs doc={doc} si={si} />
      <nav className="stepper stepper-with-glossary" aria-label={t('steps.label')}>
        <ol>
          {STEPS.map((s, i) => (
            <li key={s}>
              <button type="button" className={`step${s === step ? ' step-active' : ''}`} aria-current={s === step ? 'step' : undefined} onClick={() => goStep(s)}>
                {i < 5 ? <span className="step-n">{i + 1}</span> : null}
                {t(`steps.${s}`)}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="btn btn-ghost glossary-btn" aria-expanded={showGlossary} aria-controls="glossary" onClick={() => setShowGlossary((x) => !x)}>
          <span aria-hidden="true" className="infotip-btn">i</span> {t('glossary.button')}
        </button>
      </nav>
      {showGlossary ? <GlossaryPanel onClose={() => setShowGlossary(false)} /> : null}
      <div className="workspace-body">
        <main id="main" className="step-content" tabIndex={-1}>
          <h2 id="step-heading" className="step-title">{t(`steps.${step}`)}</h2>
          <p className="step-intro">{t(`stepIntro.${step}`)}</p>
          {View ? <View doc={doc} si={si} result={result} results={results} /> : null}
        </main>
        <ResultsPanel doc={doc} result={result} language={language} />
      </div>
    </div>
  );
}
