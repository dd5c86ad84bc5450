/**
 * Form fields bound to a path in the case document. A field keeps what the user typed; the value
 * reaches the document only when the shared schema accepts it, otherwise the message shows next to
 * the field and the last valid document (and its results) stays.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/case/schema';
import { jsonPath, type Problem } from '../../../shared/case/validate';
import { editText, parseLocaleNumber } from '../format/numbers';
import type { Path } from '../state/paths';
import { useStore } from '../state/store';
import { translateProblem } from '../i18n/problems';
import type { Language } from '../../../shared/contract/api';

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
}

/** Label, control, unit, error and hint around one input: the layout every field shares. */
export function FieldShell(props: { language: Language; id: string; label: string; hideLabel?: boolean; hint?: ReactNode; error: string | null; unit?: string; className?: string; children: ReactNode }) {
  return (
    <div className={`field${props.error ? ' field-invalid' : ''} ${props.className ?? ''}`}>
      <label htmlFor={props.id} className={props.hideLabel ? 'sr-only' : 'field-label'}>
        {props.label}
      </label>
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

function describedBy(id: string, error: string | null, hint: ReactNode): string | undefined {
  return [error ? `${id}-err` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

/**
 * A number input in the document's locale (percentages typed as 0-100). `commit` receives the
 * parsed value (null when emptied and `nullable`) and answers the message to show, or null.
 */
export function NumberInput(props: Omit<Common, 'path'> & { value: number | null; locale: Locale; percent: boolean; unit?: string; nullable?: boolean; commit: (v: number | null) => string | null }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const id = useId();
  const { percent } = props;
  const [text, setText] = useState(() => editText(props.value, props.locale, percent));
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);

  // Follow outside changes (undo, redo, another field) unless the user is typing here.
  useEffect(() => {
    if (!focused.current) {
      setText(editText(props.value, props.locale, percent));
      setError(null);
    }
  }, [props.value, props.locale, percent]);

  function onChange(next: string) {
    setText(next);
    if (next.trim() === '') {
      setError(props.nullable ? props.commit(null) : t('common.required'));
      return;
    }
    const n = parseLocaleNumber(next, props.locale);
    if (n === null) {
      setError(t('common.enterNumber'));
      return;
    }
    setError(props.commit(percent ? n / 100 : n));
  }

  return (
    <FieldShell language={language} id={id} label={props.label} hideLabel={props.hideLabel} hint={props.hint} error={error} unit={props.unit ?? (percent ? '%' : undefined)} className={props.className}>
      <input
        id={id}
        className="input input-number"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, props.hint)}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          if (!error) setText(editText(props.value, props.locale, percent));
        }}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function NumberField(props: Common & { value: number | null; kind: NumberKind; locale: Locale; unit?: string; nullable?: boolean }) {
  const edit = useStore((s) => s.edit);
  const { path, kind, ...rest } = props;
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
export function SelectInput<V extends string>(props: Omit<Common, 'path'> & { value: V; options: readonly { value: V; label: string }[]; pick: (v: V) => string | null }) {
  const language = useStore((s) => s.language);
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <FieldShell language={language} id={id} label={props.label} hideLabel={props.hideLabel} hint={props.hint} error={error} className={props.className}>
      <select
        id={id}
        className="input"
        value={props.value}
        aria-describedby={error ? `${id}-err` : undefined}
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
  const [text, setText] = useState(props.value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) {
      setText(props.value);
      setError(null);
    }
  }, [props.value]);
  function onChange(next: string) {
    setText(next);
    const r = edit(props.path, next);
    setError(r.ok ? null : messageFor(r.problems, props.path));
  }
  const common = {
    id,
    className: 'input',
    value: text,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, props.hint),
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      if (!error) setText(props.value);
    },
  };
  return (
    <FieldShell language={language} id={id} label={props.label} hideLabel={props.hideLabel} hint={props.hint} error={error} className={props.className}>
      {props.multiline ? <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} /> : <input {...common} onChange={(e) => onChange(e.target.value)} />}
    </FieldShell>
  );
}

export function SelectField<V extends string>(props: Common & { value: V; options: readonly { value: V; label: string }[] }) {
  const edit = useStore((s) => s.edit);
  const { path, ...rest } = props;
  return (
    <SelectInput
      {...rest}
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
  return (
    <div className={`field field-check ${props.className ?? ''}`}>
      <input id={id} type="checkbox" checked={props.value} onChange={(e) => edit(props.path, e.target.checked)} />
      <label htmlFor={id} className={props.hideLabel ? 'sr-only' : 'field-label'}>
        {props.label}
      </label>
      {props.hint ? <span className="field-hint">{props.hint}</span> : null}
    </div>
  );
}
