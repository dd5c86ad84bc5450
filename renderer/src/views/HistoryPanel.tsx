/** Version history of the open case: automatic versions and named snapshots, each restorable. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '@shared/contract/api';
import { formatDate } from '../format/numbers';
import { useStore } from '../state/store';

export function HistoryPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const api = useStore((s) => s.api);
  const language = useStore((s) => s.language);
  const flushSave = useStore((s) => s.flushSave);
  const adoptRestored = useStore((s) => s.adoptRestored);
  const toast = useStore((s) => s.toast);
  const reportError = useStore((s) => s.reportError);
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function reload() {
    const r = await api?.call('versions.list', { caseId });
    if (r?.ok) setVersions(r.data);
  }
  useEffect(() => {
    void reload();
  }, [caseId]);

  const locale = language === 'it' ? 'it-IT' : 'en-GB';
  return (
    <section className="settings-panel history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('caseBar.history')}</h2>
      <p className="muted small" data-testid="undo-not-kept">{t('trust.undoNotKept')}</p>
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!api) return;
          if (label.trim() === '') return setError(t('common.required'));
          await flushSave();
          const r = await api.call('versions.snapshot', { caseId, label });
          if (!r.ok) return setError(r.error.problems?.[0]?.message ?? r.error.message);
          setLabel('');
          setError(null);
          await reload();
        }}
      >
        <label htmlFor="snapshot-label" className="field-label">{t('caseBar.snapshotLabel')}</label>
        <input id="snapshot-label" className="input" value={label} aria-invalid={error ? true : undefined} aria-describedby={error ? 'snapshot-err' : undefined} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="btn btn-small">{t('caseBar.snapshot')}</button>
        {error ? <span id="snapshot-err" role="alert" className="field-error">{error}</span> : null}
      </form>
      {versions === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : versions.length === 0 ? (
        <p className="muted" data-testid="no-versions">{t('caseBar.noVersions')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('home.updated')}</th>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td>{formatDate(v.createdAt, locale)}</td>
                <td>{v.kind === 'named' ? v.label : <span className="muted">{t('caseBar.auto')}</span>}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={async () => {
                      if (!api) return;
                      await flushSave();
                      const r = await api.call('versions.restore', { caseId, versionId: v.id });
                      if (!r.ok) return reportError(r.error);
                      // Take the case as now stored (its updatedAt is what the next save is checked against).
                      const fresh = await api.call('cases.open', { id: caseId });
                      adoptRestored(fresh.ok ? fresh.data : r.data);
                      toast({ kind: 'info', message: t('caseBar.restored') });
                      await reload();
                    }}
                  >
                    {t('caseBar.restoreVersion')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
