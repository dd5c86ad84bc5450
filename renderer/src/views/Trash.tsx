/**
 * The home screen's trash: cases moved there can be restored, or deleted for good — one, or all at
 * once ("Empty trash") — after a confirmation that names what goes and says what still holds it
 * (the automatic backups taken earlier, until they roll off).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@shared/contract/api';
import type { AppError } from '@shared/contract/result';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useStore } from '../state/store';

type Pending = { kind: 'one'; c: CaseSummary } | { kind: 'all'; cases: CaseSummary[] };

const SHOWN_NAMES = 10;

export function Trash() {
  const { t } = useTranslation();
  const api = useStore((s) => s.api);
  const refreshCases = useStore((s) => s.refreshCases);
  const toast = useStore((s) => s.toast);
  const reportError = useStore((s) => s.reportError);
  const [trash, setTrash] = useState<CaseSummary[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  async function reload() {
    const r = await api?.call('cases.trash', {});
    if (r?.ok) setTrash(r.data);
    else if (r) reportError(r.error);
  }

  function ask(p: Pending, e: { currentTarget: HTMLElement }) {
    opener.current = e.currentTarget;
    setPending(p);
  }

  function failed(e: AppError) {
    if (e.code === 'NOT_IN_TRASH' || e.code === 'NOT_FOUND') toast({ kind: 'error', message: t('trashForGood.notInTrash') });
    else reportError(e);
  }

  async function confirm() {
    if (!api || !pending) return;
    setBusy(true);
    try {
      if (pending.kind === 'one') {
        const r = await api.call('cases.deleteForGood', { id: pending.c.id });
        if (r.ok) toast({ kind: 'info', message: t('trashForGood.deleted', { name: pending.c.name }) });
        else failed(r.error);
      } else {
        const r = await api.call('cases.emptyTrash', { ids: pending.cases.map((c) => c.id) });
        if (r.ok) toast({ kind: 'info', message: t('trashForGood.emptied', { count: r.data.deleted }) });
        else failed(r.error);
      }
    } finally {
      // The list first, then the dialog closes: focus returns to the opener only if it is still listed.
      await reload();
      setBusy(false);
      setPending(null);
    }
  }

  /** The opener when it is still on the page; otherwise the trash's own button. */
  const returnFocus = () => (opener.current?.isConnected ? opener.current : toggle.current);

  return (
    <section aria-labelledby="trash-heading" className="trash">
      <h2 id="trash-heading">
        <button type="button" ref={toggle} className="btn btn-ghost" aria-expanded={trash !== null} onClick={async () => {
          if (trash !== null) return setTrash(null);
          await reload();
        }}>{t('home.trash')}</button>
      </h2>
      {trash !== null ? (
        trash.length === 0 ? <p className="muted">{t('home.trashEmpty')}</p> : (
          <>
            <ul className="trash-list">
              {trash.map((c) => (
                <li key={c.id}>
                  {c.name}{' '}
                  <button type="button" className="btn btn-small" aria-label={`${t('common.restore')}: ${c.name}`} onClick={async () => {
                    const r = await api?.call('cases.restore', { id: c.id });
                    if (r && !r.ok) reportError(r.error);
                    await reload();
                    await refreshCases();
                  }}>{t('common.restore')}</button>{' '}
                  <button type="button" className="btn btn-small danger" aria-label={t('trashForGood.deleteNamed', { name: c.name })} onClick={(e) => ask({ kind: 'one', c }, e)}>
                    {t('trashForGood.delete')}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="btn btn-small danger" onClick={(e) => ask({ kind: 'all', cases: trash }, e)}>{t('trashForGood.emptyTrash')}</button>
          </>
        )
      ) : null}
      {pending ? (
        <ConfirmDialog
          title={pending.kind === 'one' ? t('trashForGood.confirmOne', { name: pending.c.name }) : t('trashForGood.confirmAll', { count: pending.cases.length })}
          confirmLabel={pending.kind === 'one' ? t('trashForGood.delete') : t('trashForGood.emptyTrash')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
          returnFocus={returnFocus}
        >
          {pending.kind === 'all' ? (
            <ul className="confirm-names">
              {pending.cases.slice(0, SHOWN_NAMES).map((c) => <li key={c.id}>{c.name}</li>)}
              {pending.cases.length > SHOWN_NAMES ? <li>{t('trashForGood.andMore', { count: pending.cases.length - SHOWN_NAMES })}</li> : null}
            </ul>
          ) : null}
          <p>{pending.kind === 'one' ? t('trashForGood.goneOne') : t('trashForGood.goneAll')}</p>
          <p className="muted">{pending.kind === 'one' ? t('trashForGood.backupsOne') : t('trashForGood.backupsAll')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
