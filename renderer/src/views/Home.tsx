/** The home screen: the user's cases, search, new blank or from a sample, import, duplicate, delete with undo; the trash (Trash.tsx). */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, LOCALES, type Currency, type Locale } from '@shared/case/schema';
import type { CaseSummary } from '@shared/contract/api';
import { formatDate, localeName } from '../format/numbers';
import { translateProblem } from '../i18n/problems';
import { importCaseFile, importViaDialog } from '../state/actions';
import { useStore } from '../state/store';
import { useTicketWizard } from '../state/tickets';
import { Trash } from './Trash';

const isCurrency = (x: string): x is Currency => CURRENCIES.some((c) => c === x);
const isLocale = (x: string): x is Locale => LOCALES.some((c) => c === x);

/** A new blank case; `tickets`: then its Key moments step opens with the ticket wizard. */
function NewCaseForm({ onDone, tickets }: { onDone: () => void; tickets: boolean }) {
  const { t } = useTranslation();
  const api = useStore((s) => s.api);
  const adoptCase = useStore((s) => s.adoptCase);
  const language = useStore((s) => s.language);
  const [name, setName] = useState('');
  const [client, setClient] = useState('');
  const [author, setAuthor] = useState('');
  const [currency, setCurrency] = useState<Currency>('EUR');
  const [locale, setLocale] = useState<Locale>(language === 'it' ? 'it-IT' : 'en-GB');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="card new-case"
      aria-labelledby="new-case-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!api) return;
        if (name.trim() === '') return setError(t('common.required'));
        const r = await api.call('cases.create', { name, client, author, currency, locale });
        if (!r.ok) return setError(r.error.problems?.[0]?.message ?? r.error.message);
        onDone();
        await adoptCase(r.data);
        if (tickets) {
          useStore.getState().goStep('moments');
          useTicketWizard.getState().setOpen(true);
        }
      }}
    >
      <h2 id="new-case-title">{tickets ? t('tickets.openHome') : t('home.newCaseTitle')}</h2>
      {tickets ? <p className="muted">{t('tickets.homeHint')}</p> : null}
      <div className="grid">
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor="new-name" className="field-label">{t('home.caseName')}</label>
          <input id="new-name" className="input" autoFocus value={name} aria-invalid={error ? true : undefined} aria-describedby={error ? 'new-name-err' : undefined} onChange={(e) => { setName(e.target.value); setError(null); }} />
          {error ? <span id="new-name-err" role="alert" className="field-error">{error}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="new-client" className="field-label">{t('home.clientName')}</label>
          <input id="new-client" className="input" value={client} onChange={(e) => setClient(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-author" className="field-label">{t('home.author')}</label>
          <input id="new-author" className="input" value={author} onChange={(e) => setAuthor(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-currency" className="field-label">{t('home.currency')}</label>
          <select id="new-currency" className="input" value={currency} onChange={(e) => isCurrency(e.target.value) && setCurrency(e.target.value)}>
            {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-locale" className="field-label">{t('home.locale')}</label>
          <select id="new-locale" className="input" value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
            {LOCALES.map((c) => <option key={c} value={c}>{localeName(c)}</option>)}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">{t('home.create')}</button>
        <button type="button" className="btn" onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

function CaseRow({ c }: { c: CaseSummary }) {
  const { t } = useTranslation();
  const api = useStore((s) => s.api);
  const openCase = useStore((s) => s.openCase);
  const refreshCases = useStore((s) => s.refreshCases);
  const toast = useStore((s) => s.toast);
  const reportError = useStore((s) => s.reportError);
  const language = useStore((s) => s.language);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameError, setRenameError] = useState<string | null>(null);
  const inputId = `rename-${c.id}`;
  return (
    <tr>
      <th scope="row">
        {renaming === null ? (
          <button type="button" className="link" onClick={() => void openCase(c.id)}>{c.name}</button>
        ) : (
          // Enter renames, Escape (or Cancel) leaves the name as it was.
          <form
            className="inline-form"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!api) return;
              const r = await api.call('cases.rename', { id: c.id, name: renaming });
              if (!r.ok) return setRenameError(r.error.problems?.[0]?.message ?? r.error.message);
              setRenaming(null);
              await refreshCases();
            }}
          >
            <label htmlFor={inputId} className="sr-only">{t('caseBar.caseName')}</label>
            <input
              id={inputId}
              className="input"
              autoFocus
              value={renaming}
              aria-invalid={renameError ? true : undefined}
              aria-describedby={renameError ? `${inputId}-err` : undefined}
              onChange={(e) => { setRenaming(e.target.value); setRenameError(null); }}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setRenaming(null);
                }
              }}
            />
            <button type="submit" className="btn btn-small btn-primary">{t('common.save')}</button>
            <button type="button" className="btn btn-small" onClick={() => setRenaming(null)}>{t('common.cancel')}</button>
            {renameError ? <span id={`${inputId}-err`} role="alert" className="field-error">{translateProblem(renameError, language)}</span> : null}
          </form>
        )}
      </th>
      <td>{c.client}</td>
      <td>{c.scenarioCount}</td>
      <td>{formatDate(c.updatedAt, language === 'it' ? 'it-IT' : 'en-GB')}</td>
      <td>
        <div className="row-actions">
        <button type="button" className="btn btn-small" aria-label={`${t('trust.renameCase')}: ${c.name}`} disabled={renaming !== null} onClick={() => { setRenaming(c.name); setRenameError(null); }}>{t('trust.renameCase')}</button>
        <button type="button" className="btn btn-small" aria-label={`${t('common.duplicate')}: ${c.name}`} onClick={async () => {
          if (!api) return;
          const r = await api.call('cases.duplicate', { id: c.id });
          if (!r.ok) return reportError(r.error);
          toast({ kind: 'info', message: t('home.duplicated', { name: r.data.name }) });
          await refreshCases();
        }}>{t('common.duplicate')}</button>
        <button type="button" className="btn btn-small danger" aria-label={`${t('common.delete')}: ${c.name}`} onClick={async () => {
          if (!api) return;
          const r = await api.call('cases.delete', { id: c.id });
          if (!r.ok) return reportError(r.error);
          await refreshCases();
          toast({
            kind: 'info',
            message: t('home.deleted', { name: c.name }),
            action: { label: t('common.undo'), run: () => void api.call('cases.restore', { id: c.id }).then(() => refreshCases()) },
          });
        }}>{t('common.delete')}</button>
        </div>
      </td>
    </tr>
  );
}

export function Home() {
  const { t } = useTranslation();
  const cases = useStore((s) => s.cases);
  const samples = useStore((s) => s.samples);
  const query = useStore((s) => s.query);
  const refreshCases = useStore((s) => s.refreshCases);
  const api = useStore((s) => s.api);
  const info = useStore((s) => s.info);
  const adoptCase = useStore((s) => s.adoptCase);
  const reportError = useStore((s) => s.reportError);
  const language = useStore((s) => s.language);
  const [creating, setCreating] = useState<'blank' | 'tickets' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function startImport() {
    if (!api) return;
    if (info?.nativeDialogs) await importViaDialog();
    else fileInput.current?.click();
  }

  return (
    <main id="main" className="home" tabIndex={-1}>
      <div className="home-head">
        <h1>{t('home.heading')}</h1>
        <div className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => setCreating('blank')}>+ {t('home.newBlank')}</button>
        <button type="button" className="btn" onClick={() => setCreating('tickets')} data-testid="home-tickets">{t('tickets.openHome')}</button>
        <button type="button" className="btn" onClick={() => void startImport()}>{t('home.import')}</button>
        <input
          ref={fileInput}
          type="file"
          accept=".cxcase,application/json"
          className="sr-only"
          aria-label={t('home.import')}
          tabIndex={-1}
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) await importCaseFile(f);
          }}
        />
      </div>
      {creating ? <NewCaseForm key={creating} tickets={creating === 'tickets'} onDone={() => setCreating(null)} /> : null}
      <section aria-labelledby="samples-heading" className="samples">
        <h2 id="samples-heading">{t('home.fromSample')}</h2>
        <ul className="sample-list">
          {samples.map((s) => (
            <li key={s.id}>
              <button type="button" className="card sample" onClick={async () => {
                if (!api) return;
                const r = await api.call('cases.createFromSample', { sampleId: s.id });
                if (!r.ok) return reportError(r.error);
                await adoptCase(r.data);
              }}>
                <strong>{s.name[language]}</strong>
                <span className="muted">{s.description[language]}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading" className="sr-only">{t('home.heading')}</h2>
        <div className="field search">
          <label htmlFor="case-search" className="sr-only">{t('home.search')}</label>
          <input id="case-search" type="search" className="input" placeholder={t('home.search')} value={query} onChange={(e) => void refreshCases(e.target.value)} />
        </div>
        {cases.length === 0 ? (
          <p className="empty">{query ? t('home.noMatch', { query }) : t('home.empty')}</p>
        ) : (
          <table className="table cases-table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('home.client')}</th>
                <th scope="col">{t('home.scenarios')}</th>
                <th scope="col">{t('home.updated')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>{cases.map((c) => <CaseRow key={c.id} c={c} />)}</tbody>
          </table>
        )}
      </section>
      <Trash />
      {info ? <p className="muted data-location">{t('home.dataLocation', { dir: info.dataDir })}</p> : null}
    </main>
  );
}
