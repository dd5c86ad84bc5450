/** The shell: language, keyboard shortcuts, menu commands, toasts, and the current screen. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@shared/contract/api';
import i18n from './i18n';
import { exportOpenCase, importViaDialog } from './state/actions';
import { draftNames, useStore } from './state/store';
import { Home } from './views/Home';
import { Workspace } from './views/Workspace';

function Toasts() {
  const toasts = useStore((s) => s.toasts);
  const dismiss = useStore((s) => s.dismissToast);
  const { t } = useTranslation();
  return (
    <div className="toasts" role="region" aria-live="polite" aria-label={t('app.notifications')}>
      {toasts.map((x) => (
        <div key={x.id} className={`toast toast-${x.kind}`} role={x.kind === 'error' ? 'alert' : 'status'}>
          <span>{x.message}</span>
          {x.action ? (
            <button type="button" className="btn btn-small" onClick={() => { x.action?.run(); dismiss(x.id); }}>
              {x.action.label}
            </button>
          ) : null}
          <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={() => dismiss(x.id)}>✕</button>
        </div>
      ))}
    </div>
  );
}

/**
 * Electron asks before closing the window. A field whose text is not a valid value is not in the
 * case: say so and let the user go back to it. The main side closes anyway after a few seconds
 * without an answer, so it is told first to wait (proceed: false), then asked again to close.
 */
async function prepareClose(): Promise<void> {
  const s = useStore.getState();
  if (s.drafts.length > 0) {
    await s.api?.call('app.closeWindow', { proceed: false });
    const close = window.confirm(i18n.t('trust.leaveWithInvalid', { count: s.drafts.length, fields: draftNames(s.drafts) }));
    if (!close) {
      const first = useStore.getState().drafts[0];
      if (first) useStore.getState().requestFocus(first.key, first.at);
      return;
    }
  }
  const saved = await s.ensureSaved();
  await s.api?.call('app.closeWindow', { proceed: saved });
}

export function App() {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const setLanguage = useStore((s) => s.setLanguage);
  const route = useStore((s) => s.route);
  const doc = useStore((s) => s.doc);
  const info = useStore((s) => s.info);
  const api = useStore((s) => s.api);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const k = e.key.toLowerCase();
      const { undo, redo } = useStore.getState();
      if (k === 'z' && !e.shiftKey) { e.preventDefault(); undo(); }
      else if (k === 'y' || (k === 'z' && e.shiftKey)) { e.preventDefault(); redo(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    // Save what is pending before the window goes away.
    const onHide = () => void useStore.getState().flushSave();
    // Browser mode: closing the tab with unsaved edits, or with a field whose text is not a valid
    // value (so not in the case), asks first (Electron asks the renderer itself: prepareClose).
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const s = useStore.getState();
      if (s.saveState !== 'saved' || s.drafts.length > 0) {
        void s.flushSave();
        e.preventDefault();
        e.returnValue = '';
      }
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);

  useEffect(() => {
    if (!api) return;
    return api.transport.onMenuCommand((cmd) => {
      const s = useStore.getState();
      if (cmd === 'undo') s.undo();
      else if (cmd === 'redo') s.redo();
      else if (cmd === 'newCase' || cmd === 'openSample') void s.goHome();
      else if (cmd === 'importCase') void importViaDialog();
      else if (cmd === 'exportCase') void exportOpenCase('cxcase');
      else if (cmd === 'exportXlsx') void exportOpenCase('xlsx');
      else if (cmd === 'exportXlsxScenario') void exportOpenCase('xlsx', 'scenario');
      else if (cmd === 'exportPdf') void exportOpenCase('pdf');
      else if (cmd === 'exportPdfScenario') void exportOpenCase('pdf', 'scenario');
      else if (cmd === 'prepareClose') void prepareClose();
    });
  }, [api]);

  return (
    <div className="app">
      <a href="#main" className="skip-link">{t('app.skip')}</a>
      <div className="top-bar">
        <span className="brand">{t('app.title')}</span>
        {info?.mode === 'browser' ? <span className="badge">{t('app.browserMode')}</span> : null}
        <div className="spacer" />
        <label htmlFor="language" className="sr-only">{t('common.language')}</label>
        <select id="language" className="input input-small" value={language} onChange={(e) => {
          const v = LANGUAGES.find((l) => l === e.target.value);
          if (v) void setLanguage(v);
        }}>
          <option value="en">English</option>
          <option value="it">Italiano</option>
        </select>
      </div>
      {route.name === 'case' && doc ? <Workspace doc={doc} /> : <Home />}
      <Toasts />
    </div>
  );
}
