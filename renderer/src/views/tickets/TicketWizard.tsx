/**
 * The ticket-export wizard, a modal dialog over the Key moments step: pick a file (the main side's
 * dialog, or the browser's file input) → it is read on the main side with a progress bar and Stop →
 * what was found (layout, encoding, dates, rows not read) → the columns (required when the layout is
 * unknown) → how tickets got their intent (editable) → the proposals to tick → one undoable edit.
 * Changing the columns, the date order, the value table or the rules reads the file again.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intent } from '@shared/case/schema';
import type { TicketOptions, TicketResult } from '@shared/contract/tickets';
import { DEFAULT_RULES, type KeywordRule } from '@shared/tickets/classify';
import type { TicketField } from '@shared/tickets/fields';
import type { TicketPicks } from '@shared/tickets/apply';
import { formatNumber } from '../../format/numbers';
import { DEFAULT_TICKET_OPTIONS, pickTicketExport, provenanceText, readTicketFile, takeTicketPicks, type Progress, type TicketFile } from '../../state/tickets';
import { useStore } from '../../state/store';
import { ClassifyStep } from './ClassifyStep';
import { ColumnsStep } from './ColumnsStep';
import { FileFacts } from './FileFacts';
import { ReviewStep } from './ReviewStep';
import './tickets.css';

type Step = 'pick' | 'columns' | 'classify' | 'review';
const STEPS: readonly Step[] = ['pick', 'columns', 'classify', 'review'];

type Failure = { kind: 'notTickets' | 'unreadable' | 'stopped'; message: string; header: string[] };

export function TicketWizard(props: { si: number; onClose: () => void; returnFocus: () => HTMLElement | null }) {
  const { t } = useTranslation();
  const doc = useStore((s) => s.doc);
  const native = useStore((s) => s.info?.nativeDialogs ?? false);
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [step, setStep] = useState<Step>('pick');
  const [file, setFile] = useState<TicketFile | null>(null);
  const [options, setOptions] = useState<TicketOptions>(DEFAULT_TICKET_OPTIONS);
  const [rules, setRules] = useState<KeywordRule[]>(() => DEFAULT_RULES.map((r) => ({ ...r, keywords: [...r.keywords] })));
  const [reading, setReading] = useState<AbortController | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<TicketResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const focusBack = useRef(props.returnFocus);
  focusBack.current = props.returnFocus;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
      requestAnimationFrame(() => focusBack.current()?.focus());
    };
  }, []);
  if (!doc) return null;
  const locale = doc.locale;
  const scenario = doc.scenarios[props.si];

  const read = async (f: TicketFile, o: TicketOptions, then: Step) => {
    reading?.abort();
    const ac = new AbortController();
    setFile(f);
    setOptions(o);
    setReading(ac);
    setProgress({ fraction: 0, rows: 0 });
    setFailure(null);
    const out = await readTicketFile(f, o, setProgress, ac.signal);
    setReading(null);
    setProgress(null);
    if (out.state === 'done') {
      setResult(out.result);
      setStep(then);
    } else if (out.state === 'cancelled') setFailure({ kind: 'stopped', message: t('tickets.stopped'), header: [] });
    else if (out.state === 'failed') {
      setResult(null);
      setFailure({ kind: out.reason, message: out.reason === 'notTickets' ? t('tickets.notTickets', { name: f.name }) : t('tickets.failed', { message: out.message }), header: out.header });
      if (out.reason === 'notTickets') setStep('columns');
    } else setFailure({ kind: 'unreadable', message: t('tickets.failed', { message: out.message }), header: [] });
  };
  const fresh = (f: TicketFile) => void read(f, { ...DEFAULT_TICKET_OPTIONS, rules: options.rules }, 'pick');
  const start = async () => {
    if (!native) return input.current?.click();
    const f = await pickTicketExport();
    if (f) fresh(f);
  };
  const reread = (o: Partial<TicketOptions>, then: Step) => file && void read(file, { ...options, ...o }, then);

  const header = result?.header ?? failure?.header ?? [];
  const map: Partial<Record<TicketField, string>> = { ...(result?.columns ?? {}), ...options.map };
  // The columns shown are those read, with the user's choices over them; "none" drops a choice.
  const setColumn = (f: TicketField, column: string | null) => {
    const next = { ...map };
    if (column === null) delete next[f];
    else next[f] = column;
    setOptions({ ...options, map: next });
  };
  const setValueIntent = (value: string, intent: Intent | null) => setOptions({ ...options, valueIntents: { ...options.valueIntents, [value]: intent } });
  const setKeywords = (id: string, text: string) => setRules(rules.map((r) => (r.id === id ? { ...r, keywords: text.split(',').map((k) => k.trim().toLowerCase()).filter((k) => k !== '') } : r)));
  const take = (picks: TicketPicks) => {
    if (result?.proposals && takeTicketPicks(props.si, result.proposals, picks)) props.onClose();
  };
  // Columns the user changed are read before going on: Next on the columns step reads again.
  const mapChanged = step === 'columns' && map.created !== undefined && JSON.stringify(map) !== JSON.stringify(result?.columns ?? {});
  const canGo = (s: Step) => (s === 'pick' ? true : s === 'columns' ? header.length > 0 : result !== null || mapChanged);
  const i = STEPS.indexOf(step);
  const next = STEPS[i + 1];
  const back = STEPS[i - 1];

  return (
    <dialog ref={ref} className="confirm-dialog tickets-dialog" aria-labelledby={titleId} data-testid="tickets-wizard" onCancel={(e) => { e.preventDefault(); reading?.abort(); props.onClose(); }}>
      <h2 id={titleId}>{t('tickets.title')}</h2>
      <ol className="tickets-steps" aria-label={t('tickets.stepsLabel')}>
        {STEPS.map((s, k) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>{`${k + 1}. ${t(`tickets.steps.${s}`)}`}</li>
        ))}
      </ol>
      <p className="tickets-privacy" data-testid="tickets-privacy">{t('tickets.privacy')}</p>
      {reading ? (
        <div role="status" data-testid="tickets-reading">
          <p>{t('tickets.reading', { name: file?.name ?? '' })}</p>
          <progress className="tickets-progress" aria-label={t('tickets.progress')} max={1} value={progress?.fraction ?? undefined} />
          {progress && progress.rows > 0 ? <p className="muted">{t('tickets.rowsRead', { rows: formatNumber(progress.rows, locale, 0) })}</p> : null}
          <div className="tickets-actions">
            <button type="button" className="btn" onClick={() => reading.abort()}>{t('tickets.stop')}</button>
          </div>
        </div>
      ) : null}
      {failure ? <p className={failure.kind === 'stopped' ? 'note' : 'warning'} role="alert" data-testid="tickets-failure">{failure.message}</p> : null}
      {step === 'pick' ? (
        <>
          <p className="muted">{t('tickets.pickHint')}</p>
          <button type="button" className="btn btn-primary" disabled={reading !== null} onClick={() => void start()} data-testid="tickets-pick">{t('tickets.pick')}</button>
          <input
            ref={input}
            type="file"
            hidden
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('tickets.pick')}
            data-testid="tickets-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) fresh({ kind: 'upload', file: f, name: f.name });
            }}
          />
          {result ? <FileFacts result={result} locale={locale} busy={reading !== null} confirmOrder={(o) => reread({ dateOrder: o }, 'pick')} /> : null}
        </>
      ) : null}
      {step === 'columns' ? (
        <>
          <ColumnsStep header={header} map={map} onChange={setColumn} />
          <div className="tickets-actions">
            <button type="button" className="btn" disabled={reading !== null || !map.created} onClick={() => reread({ map }, 'classify')} data-testid="tickets-reread-columns">{t('tickets.map.reread')}</button>
          </div>
        </>
      ) : null}
      {step === 'classify' && result ? (
        <>
          <ClassifyStep result={result} locale={locale} rules={rules} setKeywords={setKeywords} valueIntents={options.valueIntents} setValueIntent={setValueIntent} />
          <div className="tickets-actions">
            <button type="button" className="btn" disabled={reading !== null} onClick={() => reread({ rules }, 'classify')}>{t('tickets.classify.reread')}</button>
          </div>
        </>
      ) : null}
      {step === 'review' && result ? (
        result.proposals && scenario ? (
          <ReviewStep proposals={result.proposals} locale={locale} scenarioName={scenario.name} source={provenanceText(result.proposals.provenance)} busy={reading !== null} onTake={take} />
        ) : (
          <p>{t('tickets.review.nothing')}</p>
        )
      ) : null}
      <div className="tickets-actions tickets-footer">
        <button type="button" className="btn" onClick={() => { reading?.abort(); props.onClose(); }}>{t('tickets.close')}</button>
        <span className="spacer" />
        {back ? <button type="button" className="btn" disabled={reading !== null} onClick={() => setStep(back)}>{t('tickets.back')}</button> : null}
        {next ? <button type="button" className="btn btn-primary" disabled={reading !== null || !canGo(next)} onClick={() => (mapChanged ? reread({ map }, next) : setStep(next))} data-testid="tickets-next">{t('tickets.next')}</button> : null}
      </div>
    </dialog>
  );
}
