/**
 * Pieces the step views share: inputs whose edit is a whole-document change (so a related field can
 * follow in the same undo step), the timing and risk fields of every benefit line, and a line's
 * totals as the engine computed them.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Locale } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import { BenchmarkHint } from '../../components/BenchmarkHint';
import { RowActions } from '../../components/RowActions';
import { CheckField, NumberField, NumberInput, SelectInput, TextField } from '../../components/fields';
import { formatMoney } from '../../format/numbers';
import type { Path } from '../../state/paths';
import type { EditOutcome } from '../../state/store';

function firstMessage(r: EditOutcome, fallback: string): string | null {
  return r.ok ? null : (r.problems[0]?.message ?? fallback);
}

/**
 * A number input that commits through a callback (a `change` recipe) rather than a path: for values
 * whose row may not exist yet, such as a competitor's value for a metric.
 */
export function ValueInput(props: {
  label: string;
  value: number | null;
  locale: Locale;
  percent?: boolean;
  nullable?: boolean;
  hideLabel?: boolean;
  unit?: string;
  /** The field's key for focus requests and the unsaved-field list (the change's undo key). */
  fieldKey?: string;
  commit: (v: number | null) => EditOutcome;
}) {
  const { t } = useTranslation();
  const { commit, ...rest } = props;
  return <NumberInput {...rest} percent={props.percent ?? false} commit={(v) => firstMessage(commit(v), t(v === null ? 'common.required' : 'common.enterNumber'))} />;
}

/** A select whose choice is applied by a document recipe (e.g. switching a mode converts a value too). */
export function ChangeSelect<V extends string>(props: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  apply: (v: V) => EditOutcome;
  hint?: ReactNode;
  className?: string;
  hideLabel?: boolean;
  /** The ⓘ definition (the select has no path to find it by). */
  help?: string;
}) {
  const { apply, ...rest } = props;
  return <SelectInput<V> {...rest} pick={(v) => firstMessage(apply(v), 'Invalid value')} />;
}

interface Timing {
  startMonth: number;
  rampMonths: number;
  haircut: number;
  source: string;
  notes: string;
}

/** Start month, ramp, haircut, source and notes of a benefit line. */
export function TimingFields(props: { path: Path; line: Timing; locale: Locale }) {
  const { t } = useTranslation();
  const { path, line, locale } = props;
  return (
    <>
      <div className="grid grid-timing">
        <NumberField path={[...path, 'startMonth']} value={line.startMonth} kind="months" locale={locale} label={t('revenue.startMonth')} />
        <NumberField path={[...path, 'rampMonths']} value={line.rampMonths} kind="months" locale={locale} unit={t('units.months')} label={t('revenue.rampMonths')} />
        <NumberField
          path={[...path, 'haircut']}
          value={line.haircut}
          kind="percent"
          locale={locale}
          label={t('revenue.haircut')}
          hint={<BenchmarkHint id="haircut" locale={locale} />}
        />
        <TextField path={[...path, 'source']} value={line.source} label={t('common.source')} />
        <TextField path={[...path, 'notes']} value={line.notes} label={t('common.notes')} multiline />
      </div>
    </>
  );
}

/** The line's label and "included" switch, with the row actions, as a card header. */
function LineHead(props: { path: Path; label: string; enabled: boolean; kindLabel: string; actions: ReactNode; labelText: string }) {
  const { t } = useTranslation();
  return (
    <header className="card-head">
      <span className="pill pill-kind">{props.kindLabel}</span>
      <TextField path={[...props.path, 'label']} value={props.label} label={props.labelText} className="grow" />
      <CheckField path={[...props.path, 'enabled']} value={props.enabled} label={t('common.enabled')} />
      {props.actions}
    </header>
  );
}

/**
 * A benefit line (revenue or saving) as a card: its header, the fields of its kind (children),
 * timing and risk, and its totals as the engine computed them (plus `totalsExtra`).
 */
export function LineCard(props: {
  line: Timing & { id: string; kind: string; label: string; enabled: boolean };
  kindLabel: string;
  testId: string;
  listPath: Path;
  index: number;
  count: number;
  doc: Case;
  result: ScenarioResult;
  totalsExtra?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { line: l, kindLabel, listPath, index } = props;
  const p = [...listPath, index];
  return (
    <article className={`card${l.enabled ? '' : ' card-disabled'}`} aria-label={`${kindLabel}: ${l.label}`} data-testid={props.testId} data-kind={l.kind}>
      <LineHead
        path={p}
        label={l.label}
        enabled={l.enabled}
        kindLabel={kindLabel}
        labelText={t('revenue.label')}
        actions={<RowActions listPath={listPath} index={index} count={props.count} name={l.label} />}
      />
      {props.children}
      <TimingFields path={p} line={l} locale={props.doc.locale} />
      <LineTotals doc={props.doc} result={props.result} lineId={l.id} extra={props.totalsExtra} />
    </article>
  );
}

/** A line's total over the horizon and its present value, read from the engine's year table. */
export function LineTotals(props: { doc: Case; result: ScenarioResult; lineId: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const { doc, result } = props;
  const row = result.years.lines.find((l) => l.id === props.lineId);
  const cols = result.years.columns;
  const total = row?.values[cols.indexOf('total')];
  const pv = row?.values[cols.indexOf('pv')];
  const money = (x: number | undefined) => formatMoney(x, doc.currency, doc.locale);
  return (
    <dl className="derived" data-testid="line-totals">
      <div>
        <dt>{t('lines.totalOverHorizon', { months: result.horizon })}</dt>
        <dd data-testid="line-total">{money(total)}</dd>
      </div>
      <div>
        <dt>{t('summary.pv')}</dt>
        <dd>{money(pv)}</dd>
      </div>
      {props.extra}
    </dl>
  );
}

/** A titled part of a step; the heading names the section for assistive technology (`<id>-heading`). */
export function StepSection(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`}>{props.title}</h3>
      {props.children}
    </section>
  );
}

/**
 * A wide table in its horizontal scroller, captioned (for screen readers) with `label`. On a narrow
 * window the table scrolls, so the scroller is a named, focusable region: keyboard users can scroll
 * it with the arrow keys.
 */
export function ScrollTable(props: { label: string; className: string; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('lines.tableOf', { title: props.label })}>
      <table className={props.className} data-testid={props.testId}>
        <caption className="sr-only">{props.label}</caption>
        {props.children}
      </table>
    </div>
  );
}
