/** Scenario tabs: switch, add, duplicate, rename, delete. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blankScenario, duplicateScenario } from '@shared/case/factory';
import type { Case } from '@shared/case/schema';
import { useStore } from '../state/store';

export function ScenarioTabs(props: { doc: Case; si: number }) {
  const { t } = useTranslation();
  const { doc, si } = props;
  const change = useStore((s) => s.change);
  const setScenarioIndex = useStore((s) => s.setScenarioIndex);
  const toast = useStore((s) => s.toast);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameError, setRenameError] = useState<string | null>(null);
  const current = doc.scenarios[si];

  /** Reorders scenarios; the moved one stays selected. */
  const move = (from: number, to: number) => {
    const r = change((d) => {
      const xs = d.scenarios.slice();
      const [x] = xs.splice(from, 1);
      if (x) xs.splice(to, 0, x);
      return { ...d, scenarios: xs };
    });
    if (r.ok) setScenarioIndex(to);
  };

  const uniqueName = (base: string) => {
    const names = new Set(doc.scenarios.map((s) => s.name.toLowerCase()));
    let n = base;
    for (let k = 2; names.has(n.toLowerCase()); k++) n = `${base} ${k}`;
    return n;
  };

  return (
    <div className="scenario-bar">
      <div role="tablist" aria-label={t('caseBar.scenarios')} className="tabs">
        {doc.scenarios.map((s, i) => (
          <button
            key={s.id}
            role="tab"
            type="button"
            aria-selected={i === si}
            tabIndex={i === si ? 0 : -1}
            className={`tab${i === si ? ' tab-active' : ''}`}
            onClick={() => setScenarioIndex(i)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') setScenarioIndex(Math.min(doc.scenarios.length - 1, i + 1));
              if (e.key === 'ArrowLeft') setScenarioIndex(Math.max(0, i - 1));
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="scenario-actions">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            const r = change((d) => ({ ...d, scenarios: [...d.scenarios, blankScenario(uniqueName(t('caseBar.newScenario', { n: d.scenarios.length + 1 })), d.currency)] }));
            if (r.ok) setScenarioIndex(doc.scenarios.length);
          }}
        >
          + {t('caseBar.addScenario')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={!current}
          onClick={() => {
            if (!current) return;
            const r = change((d) => ({ ...d, scenarios: [...d.scenarios, duplicateScenario(current, uniqueName(t('caseBar.copyOf', { name: current.name })))] }));
            if (r.ok) setScenarioIndex(doc.scenarios.length);
          }}
        >
          {t('caseBar.duplicateScenario')}
        </button>
        {renaming === null ? (
          <button type="button" className="btn btn-small" onClick={() => { setRenaming(current?.name ?? ''); setRenameError(null); }}>
            {t('caseBar.renameScenario')}
          </button>
        ) : (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const r = change((d) => ({ ...d, scenarios: d.scenarios.map((s, i) => (i === si ? { ...s, name: renaming } : s)) }));
              if (r.ok) setRenaming(null);
              else setRenameError(r.problems[0]?.message ?? '');
            }}
          >
            <label htmlFor="rename-scenario" className="sr-only">{t('caseBar.scenarioName')}</label>
            <input id="rename-scenario" className="input" autoFocus value={renaming} aria-invalid={renameError ? true : undefined} aria-describedby={renameError ? 'rename-scenario-err' : undefined} onChange={(e) => setRenaming(e.target.value)} onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setRenaming(null);
              }
            }} />
            <button type="submit" className="btn btn-small btn-primary">{t('common.save')}</button>
            <button type="button" className="btn btn-small" onClick={() => setRenaming(null)}>{t('common.cancel')}</button>
            {renameError ? <span id="rename-scenario-err" role="alert" className="field-error">{renameError}</span> : null}
          </form>
        )}
        <button
          type="button"
          className="icon-btn"
          aria-label={`${t('caseBar.moveLeft')}: ${current?.name ?? ''}`}
          disabled={si === 0}
          onClick={() => move(si, si - 1)}
        >
          ←
        </button>
        <button
          type="button"
          className="icon-btn"
          aria-label={`${t('caseBar.moveRight')}: ${current?.name ?? ''}`}
          disabled={si >= doc.scenarios.length - 1}
          onClick={() => move(si, si + 1)}
        >
          →
        </button>
        <button
          type="button"
          className="btn btn-small danger"
          onClick={() => {
            if (doc.scenarios.length <= 1) {
              toast({ kind: 'error', message: t('caseBar.cannotDeleteLast') });
              return;
            }
            const r = change((d) => ({ ...d, scenarios: d.scenarios.filter((_, i) => i !== si) }));
            if (r.ok) setScenarioIndex(Math.max(0, si - 1));
          }}
        >
          {t('caseBar.deleteScenario')}
        </button>
      </div>
    </div>
  );
}
