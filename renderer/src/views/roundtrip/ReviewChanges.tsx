/**
 * The review of a returned workbook: every changed input (scenario, step, item, field, app value →
 * workbook value, NPV effect alone), what the ticked ones do together, and what does not come back
 * (values the app refuses, rows or sheets it has no place for, calculation cells finance overwrote).
 * A modal dialog: Take saves the named version first and makes one undoable edit.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { applyChanges } from '@shared/roundtrip/diff';
import type { Change, Scalar } from '@shared/roundtrip/schema';
import { unitOfField } from '@shared/case/scenario-diff';
import { formatMoney, formatNumber, formatPercent } from '../../format/numbers';
import { takeChanges, type OpenReport } from '../../state/roundtrip';
import { useStore } from '../../state/store';

/** Where each step's field labels live in the dictionaries (the step screens' own words). */
const FIELD_DICTS: Record<Change['step'], string> = {
  case: 'caseBar',
  service: 'costs',
  segments: 'segments',
  moments: 'moments',
  benchmarks: 'benchmarks',
  revenue: 'revenue',
  savings: 'costs',
  costs: 'costs',
};

function npvOf(c: Case, scenarioId: string): number | null {
  const i = c.scenarios.findIndex((s) => s.id === scenarioId);
  const s = c.scenarios[i];
  return s ? computeScenario(c, s, i).npv : null;
}

export function ReviewChanges({ open, onClose, returnFocus }: { open: OpenReport; onClose: () => void; returnFocus: () => HTMLElement | null }) {
  const { t } = useTranslation();
  const doc = useStore((s) => s.doc);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { report } = open;
  const [ticked, setTicked] = useState<boolean[]>(() => report.changes.map(() => true));
  const [busy, setBusy] = useState(false);
  const focusBack = useRef(returnFocus);
  focusBack.current = returnFocus;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
      requestAnimationFrame(() => focusBack.current()?.focus());
    };
  }, []);

  const chosen = report.changes.filter((_, i) => ticked[i]);
  // What the ticked changes do together, by the same engine as every other figure.
  const together = useMemo(() => {
    if (!doc) return [];
    const next = applyChanges(doc, chosen);
    const moved = new Set(chosen.flatMap((ch) => ch.npvEffects.map((e) => e.scenarioId)));
    return report.together.filter((x) => moved.has(x.scenarioId)).map((x) => ({ name: x.scenarioName, before: npvOf(doc, x.scenarioId), after: next.ok ? npvOf(next.value, x.scenarioId) : null }));
  }, [doc, chosen, report.together]);
  if (!doc) return null;

  const money = (x: number | null) => (x === null ? '—' : `${x > 0 ? '+' : ''}${formatMoney(x, doc.currency, doc.locale)}`);
  // Each value in its field's unit (35%, not 0.35), as the step screens show it.
  const unit = (ch: Change) => (ch.at[0] === 'scenarios' ? unitOfField(String(ch.at[2]), ch.field) : ch.field === 'discountRate' ? 'percent' : null);
  const value = (v: Scalar | null, ch: Change) => {
    if (v === null) return '—';
    if (typeof v === 'boolean') return t(v ? 'common.yes' : 'common.no');
    if (typeof v !== 'number') return v;
    const u = unit(ch);
    return u === 'percent' ? formatPercent(v, doc.locale, 2) : u === 'money' ? formatMoney(v, doc.currency, doc.locale, 2) : formatNumber(v, doc.locale, 6);
  };
  const field = (ch: Change) => {
    const label = t(`${FIELD_DICTS[ch.step]}.${ch.field}`, { defaultValue: ch.field });
    return typeof label === 'string' ? label : ch.field;
  };
  const take = async () => {
    setBusy(true);
    const done = await takeChanges(open, chosen);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <dialog ref={ref} className="confirm-dialog roundtrip-dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); if (!busy) onClose(); }}>
      <h2 id={titleId}>{t('roundtrip.title', { name: open.fileName })}</h2>
      <p>{t('roundtrip.intro', { version: t('roundtrip.version', { name: open.fileName }) })}</p>
      {report.changes.length === 0 ? (
        <p data-testid="roundtrip-none">{t('roundtrip.noChanges')}</p>
      ) : (
        <table className="table roundtrip-table" data-testid="roundtrip-changes">
          <thead>
            <tr>
              <th scope="col">{t('roundtrip.cols.take')}</th>
              <th scope="col">{t('roundtrip.cols.scenario')}</th>
              <th scope="col">{t('roundtrip.cols.step')}</th>
              <th scope="col">{t('roundtrip.cols.item')}</th>
              <th scope="col">{t('roundtrip.cols.field')}</th>
              <th scope="col">{t('roundtrip.cols.change')}</th>
              <th scope="col">{t('roundtrip.cols.alone')}</th>
            </tr>
          </thead>
          <tbody>
            {report.changes.map((ch, i) => (
              <tr key={ch.path} data-path={ch.path}>
                <td>
                  <input
                    type="checkbox"
                    checked={ticked[i] ?? false}
                    aria-label={t('roundtrip.tick', { item: `${ch.item} ${field(ch)}`.trim() })}
                    onChange={(e) => setTicked((old) => old.map((x, k) => (k === i ? e.target.checked : x)))}
                  />
                </td>
                <td>{ch.scenarioName ?? t('roundtrip.caseWide')}</td>
                <td>{t(`roundtrip.steps.${ch.step}`)}</td>
                <td>{ch.item}</td>
                <td>{field(ch)}</td>
                <td>
                  {value(ch.from, ch)} → {value(ch.to, ch)}
                  {ch.formula ? <div className="muted">{t('roundtrip.formula', { formula: ch.formula })}</div> : null}
                  {ch.conflict ? <div className="muted">{t('roundtrip.conflict')}</div> : null}
                </td>
                <td className="num">{money(ch.npvEffect)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.changes.length > 0 ? (
        <ul data-testid="roundtrip-together">
          {together.map((x) => (
            <li key={x.name}>{t('roundtrip.together', { scenario: x.name, before: money(x.before).replace(/^\+/, ''), after: money(x.after).replace(/^\+/, ''), effect: money(x.before === null || x.after === null ? null : x.after - x.before) })}</li>
          ))}
        </ul>
      ) : null}
      <Section title={t('roundtrip.refused')} items={report.refused.map((x) => `${x.cell || x.name}: “${x.value}” — ${x.reason}`)} testId="roundtrip-refused" />
      <Section title={t('roundtrip.notImportable')} items={report.notImportable.map((x) => `${x.where}: ${x.what}`)} testId="roundtrip-not-importable" />
      <Section title={t('roundtrip.overwritten')} items={report.overwrittenFormulas.map((x) => t('roundtrip.overwrittenItem', x))} testId="roundtrip-overwritten" />
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={busy || chosen.length === 0} onClick={() => void take()}>
          {t('roundtrip.take', { count: chosen.length })}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </dialog>
  );
}

function Section({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <section data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {items.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ul>
    </section>
  );
}
