/**
 * Form fields bound to a path in the case document. A field keeps what the user typed; the value
 * reaches the document only when the shared schema accepts it, otherwise the message shows next to
 * the field and the last valid document (and its results) stays.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/case/schema';
import { jsonPath, type Problem } from '@shared/case/validate';
import { displayText, editText, parseLocaleNumber } from '../format/numbers';
import { pathKey, type Path } from '../state/paths';
import { contextOf, useStore } from '../state/store';
import { translateProblem } from '../i18n/problems';
import type { Language } from '@shared/contract/api';
import type { FigureId } from '@shared/benchmarks/library';
import { benchmarkHintText } from './BenchmarkHint';

export type NumberKind = 'money' | 'percent' | 'count' | 'decimal' | 'months' | 'minutes';

function messageFor(problems: readonly Problem[], path: Path): string {
  const key = jsonPath(path);
  const own = problems.find((p) => p.path === key) ?? problems.find((p) => p.path.startsWith(key));
  return (own ?? problems[0])?.message ?? 'Invalid value';
}

interface Common {
  path: Path;
  label: string;
  /** Visually hidden label (table cells): the accessible name stays. */
  hideLabel?: boolean;
  hint?: ReactNode;
  className?: string;
  /** Help text for the ⓘ button; by default the glossary's entry for the path's last key (meanings.help.<key>). */
  help?: string | null;
}

/**
 * Published figures behind an input, by the path's last key: their range and source join the help.
 * Only where benchmarks.json has a figure for that very assumption.
 */
const FIELD_FIGURES: Readonly<Record<string, FigureId>> = {
  deflectionRate: 'deflectionRate',
  aiResolutionRate: 'aiResolutionRate',
  haircut: 'haircut',
  discountRate: 'discountRate',
  churnReduction: 'churnReduction12m',
  uplift: 'expansionUplift',
  selfServiceCostPerContact: 'costPerContactSelfService',
  assistedCostPerContact: 'costPerContactAssisted',
};

/** The help for a field at `path`: its glossary definition, and the published figure where there is one. */
export function useFieldHelp(path: Path | undefined, given: string | null | undefined): string | null {
  const { t, i18n } = useTranslation();
  const language = useStore((s) => s.language);
  const doc = useStore((s) => s.doc);
  if (given !== undefined) return given;
  const key = [...(path ?? [])].reverse().find((k): k is string => typeof k === 'string');
  if (!key || !i18n.exists(`meanings.help.${key}`)) return null;
  const text = t(`meanings.help.${key}`);
  const fig = FIELD_FIGURES[key];
  if (!fig || !doc) return text;
  return `${text} ${benchmarkHintText((k, o) => String(t(k, o ?? {})), fig, doc.locale, language, doc.currency)}.`;
}

/**
 * A small ⓘ button named "Definition" (not after the field, so the field's label stays its own) that
 * shows a definition: on hover, on keyboard focus and on click (touch), hidden
 * again with Escape. The text is the button's description (aria-describedby), so a screen reader reads
 * it; an input may point at the same text with `tipId`.
 */
export function InfoTip(props: { text: ReactNode; tipId?: string }) {
  const { t } = useTranslation();
  const own = useId();
  const id = props.tipId ?? `${own}-tip`;
  const [open, setOpen] = useState(false);
  // A click right after hover or focus opened the tip (a tap does all three) keeps it open.
  const openedAt = useRef(0);
  const show = () => {
    if (!open) openedAt.current = Date.now();
    setOpen(true);
  };
  return (
    <span className="infotip" onMouseEnter={show} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="infotip-btn"
        aria-label={t('meanings.definition')}
        aria-describedby={id}
        aria-expanded={open}
        data-testid="infotip"
        onClick={() => setOpen((x) => !x || Date.now() - openedAt.current < 500)}
        onFocus={show}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        <span aria-hidden="true">i</span>
      </button>
      <span role="tooltip" id={id} className={`infotip-text${open ? ' infotip-open' : ''}`}>
        {props.text}
      </span>
    </span>
  );
}

/** Label, control, unit, error and hint around one input: the layout every field shares. */
export function FieldShell(props: { language: Language; id: string; label: string; hideLabel?: boolean; hint?: ReactNode; help?: string | null; error: string | null; unit?: string; className?: string; children: ReactNode }) {
  return (
    <div className={`field${props.error ? ' field-invalid' : ''} ${props.className ?? ''}`}>
      {props.help && !props.hideLabel ? (
        <span className="field-head">
          <label htmlFor={props.id} className="field-label">
            {props.label}
          </label>
          <InfoTip text={props.help} tipId={`${props.id}-help`} />
        </span>
      ) : (
        <label htmlFor={props.id} className={props.hideLabel ? 'sr-only' : 'field-label'}>
          {props.label}
        </label>
      )}
      <div className="field-control">
        {props.children}
        {props.unit ? <span className="field-unit" aria-hidden="true">{props.unit}</span> : null}
      </div>
      {props.error ? (
        <span className="field-error" id={`${props.id}-err`} role="alert">
          {translateProblem(props.error, props.language)}
        </span>
      ) : null}
      {props.hint ? <span className="field-hint" id={`${props.id}-hint`}>{props.hint}</span> : null}
    </div>
  );
}

function describedBy(id: string, error: string | null, hint: ReactNode, help?: string | null, hideLabel?: boolean): string | undefined {
  return [error ? `${id}-err` : '', hint ? `${id}-hint` : '', help && !hideLabel ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined;
}

/**
 * Keeps the store's list of unsaved fields in step with this field's error, and hands back a draft
 * left by an earlier mount (the user went to another step with a field not saved).
 */
function useDraft(key: string, path: Path | null, label: string, text: string, error: string | null) {
  const setDraft = useStore((s) => s.setDraft);
  const clearDraft = useStore((s) => s.clearDraft);
  useEffect(() => {
    if (error) setDraft({ key, path, label, context: contextOf(useStore.getState().doc, path), text, error });
    else clearDraft(key);
  }, [key, error, text, label]);
}

function initialDraft(key: string) {
  return useStore.getState().drafts.find((d) => d.key === key) ?? null;
}

/**
 * A number input in the document's locale (percentages typed as 0-100), grouped when not focused
 * (1,800,000) and raw while editing. `commit` receives the parsed value (null when emptied and
 * `nullable`) and answers the message to show, or null. Only a whole valid text reaches the case:
 * when the text stops being valid, the case goes back to the value it had before this entry, so no
 * half-typed value is saved or used by a result.
 */
export function NumberInput(props: Omit<Common, 'path'> & { fieldKey?: string; path?: Path; value: number | null; locale: Locale; percent: boolean; unit?: string; nullable?: boolean; disabled?: boolean; commit: (v: number | null) => string | null }) {
  const { t } = useTranslation();
  const help = useFieldHelp(props.path, props.help);
  const language = useStore((s) => s.language);
  const id = useId();
  const key = props.fieldKey ?? (props.path ? pathKey(props.path) : id);
  const { percent } = props;
  const [text, setText] = useState(() => initialDraft(key)?.text ?? displayText(props.value, props.locale, percent));
  const [error, setError] = useState<string | null>(() => initialDraft(key)?.error ?? null);
  const focused = useRef(false);
  /** The value before this entry began: where the case goes back to while the text is not valid. */
  const base = useRef(props.value);
  /** The value this field last put in the case (or found there): any other value came from outside. */
  const own = useRef(props.value);
  useDraft(key, props.path ?? null, props.label, text, error);

  // Follow outside changes (undo, redo, another field) — at once, even while focused.
  useEffect(() => {
    if (!focused.current) {
      if (!error || !Object.is(props.value, own.current)) {
        setText(displayText(props.value, props.locale, percent));
        setError(null);
      }
      base.current = props.value;
      own.current = props.value;
    } else if (!Object.is(props.value, own.current)) {
      setText(editText(props.value, props.locale, percent));
      setError(null);
      base.current = props.value;
      own.current = props.value;
    }
  }, [props.value, props.locale, percent]);

  function invalid(message: string) {
    setError(message);
    if (!Object.is(props.value, base.current)) {
      props.commit(base.current);
      own.current = base.current;
    }
  }

  function onChange(next: string) {
    setText(next);
    if (next.trim() === '') {
      if (!props.nullable) return invalid(t('common.required'));
      const msg = props.commit(null);
      if (msg) return invalid(msg);
      own.current = null;
      return setError(null);
    }
    const n = parseLocaleNumber(next, props.locale);
    if (n === null) return invalid(t('common.enterNumber'));
    const v = percent ? n / 100 : n;
    const msg = props.commit(v);
    if (msg) return invalid(msg);
    own.current = v;
    setError(null);
  }

  return (
    <FieldShell language={language} id={id} label={props.label} hideLabel={props.hideLabel} hint={props.hint} help={help} error={error} unit={props.unit ?? (percent ? '%' : undefined)} className={props.className}>
      <input
        id={id}
        className="input input-number"
        inputMode="decimal"
        autoComplete="off"
        data-field={key}
        value={text}
        disabled={props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, props.hint, help, props.hideLabel)}
        onFocus={(e) => {
          focused.current = true;
          base.current = props.value;
          own.current = props.value;
          if (error) return;
          // Swap the grouped text for the raw one at once, in the element itself, and select it: typing
          // then replaces the number as it would have without the swap (a click still places the
          // caret where it lands, as the browser does that after focus).
          const el = e.currentTarget;
          const raw = editText(props.value, props.locale, percent);
          if (el.value !== raw) {
            el.value = raw;
            el.select();
          }
          setText(raw);
        }}
        onBlur={() => {
          focused.current = false;
          if (!error) setText(displayText(props.value, props.locale, percent));
        }}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function NumberField(props: Common & { value: number | null; kind: NumberKind; locale: Locale; unit?: string; nullable?: boolean; disabled?: boolean }) {
  const edit = useStore((s) => s.edit);
  const { kind, ...rest } = props;
  const { path } = props;
  return (
    <NumberInput
      {...rest}
      percent={kind === 'percent'}
      commit={(v) => {
        const r = edit(path, v);
        return r.ok ? null : messageFor(r.problems, path);
      }}
    />
  );
}

/** A select over fixed options; `pick` applies the choice and answers the message to show, or null. */
export function SelectInput<V extends string>(props: Omit<Common, 'path'> & { path?: Path; value: V; options: readonly { value: V; label: string }[]; pick: (v: V) => string | null }) {
  const language = useStore((s) => s.language);
  const id = useId();
  const help = useFieldHelp(props.path, props.help);
  const [error, setError] = useState<string | null>(null);
  return (
    <FieldShell language={language} id={id} label={props.label} hideLabel={props.hideLabel} hint={props.hint} help={help} error={error} className={props.className}>
      <select
        id={id}
        className="input"
        value={props.value}
        aria-describedby={describedBy(id, error, null, help, props.hideLabel)}
        onChange={(e) => {
          const v = props.options.find((o) => o.value === e.target.value)?.value;
          if (v !== undefined) setError(props.pick(v));
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextField(props: Common & { value: string; multiline?: boolean }) {
  const edit = useStore((s) => s.edit);
  const language = useStore((s) => s.language);
  const id = useId();
  const key = pathKey(props.path);
  const help = useFieldHelp(props.path, props.help);
  const [text, setText] = useState(() => initialDraft(key)?.text ?? props.value);
  const [error, setError] = useState<string | null>(() => initialDraft(key)?.error ?? null);
  const focused = useRef(false);
  const base = useRef(props.value);
  const own = useRef(props.value);
  useDraft(key, props.path, props.label, text, error);
  useEffect(() => {
    if (!focused.current || props.value !== own.current) {
      if (!focused.current && error && props.value === own.current) return;
      setText(props.value);
      setError(null);
      base.current = props.value;
      own.current = props.value;
    }
  }, [props.value]);
  function onChange(next: string) {
    setText(next);
    const r = edit(props.path, next);
    if (r.ok) {
      own.current = next;
      return setError(null);
    }
    setError(messageFor(r.problems, props.path));
    // The case goes back to the text it had before this entry, not a half-typed one.
    if (props.value !== base.current && edit(props.path, base.current).ok) own.current = base.current;
  }
  const common = {
    id,
    className: 'input',
    value: text,
    'data-field': key,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, props.hint, help, props.hideLabel),
    onFocus: () => {
      focused.current = true;
      base.current = props.value;
      own.current = props.value;
    },
    onBlur: () => {
      focused.current = false;
      if (!error) setText(props.value);
    },
  };
  return (
    <FieldShell language={language} id={id} label={props.label} hideLabel={props.hideLabel} hint={props.hint} help={help} error={error} className={props.className}>
      {props.multiline ? <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} /> : <input {...common} onChange={(e) => onChange(e.target.value)} />}
    </FieldShell>
  );
}

export function SelectField<V extends string>(props: Common & { value: V; options: readonly { value: V; label: string }[] }) {
  const edit = useStore((s) => s.edit);
  const { path } = props;
  return (
    <SelectInput
      {...props}
      pick={(v) => {
        const r = edit(path, v);
        return r.ok ? null : messageFor(r.problems, path);
      }}
    />
  );
}

export function CheckField(props: Common & { value: boolean }) {
  const edit = useStore((s) => s.edit);
  const id = useId();
  const help = useFieldHelp(props.path, props.help);
  return (
    <div className={`field field-check ${props.className ?? ''}`}>
      <input id={id} type="checkbox" checked={props.value} aria-describedby={describedBy(id, null, null, help, props.hideLabel)} onChange={(e) => edit(props.path, e.target.checked)} />
      <label htmlFor={id} className={props.hideLabel ? 'sr-only' : 'field-label'}>
        {props.label}
      </label>
      {help && !props.hideLabel ? <InfoTip text={help} tipId={`${id}-help`} /> : null}
      {props.hint ? <span className="field-hint">{props.hint}</span> : null}
    </div>
  );
}
