/**
 * "Export Excel" and "Export PDF": with one scenario they export at once; with several they ask
 * which — every scenario (with their comparison) or only the scenario on screen.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import { exportOpenCase } from '../state/actions';

const LABELS = {
  xlsx: { button: 'caseBar.exportXlsx', all: 'caseBar.exportXlsxAll', one: 'caseBar.exportXlsxOne' },
  pdf: { button: 'caseBar.exportPdf', all: 'caseBar.exportPdfAll', one: 'caseBar.exportPdfOne' },
} as const;

export function ExportScopeButton({ kind, doc, si }: { kind: 'xlsx' | 'pdf'; doc: Case; si: number }) {
  const label = LABELS[kind];
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (e.target instanceof Node && !box.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  if (doc.scenarios.length < 2)
    return (
      <button type="button" className="btn" onClick={() => void exportOpenCase(kind)}>
        {t(label.button)}
      </button>
    );

  const choose = (scope: 'all' | 'scenario') => {
    setOpen(false);
    void exportOpenCase(kind, scope);
  };
  return (
    <div
      className="popover-anchor"
      ref={box}
      onBlur={(e) => {
        // Focus went somewhere outside the menu and its button (Tab, a click elsewhere): close it.
        if (open && !(e.relatedTarget instanceof Node && box.current?.contains(e.relatedTarget))) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button ref={toggle} type="button" className="btn" aria-expanded={open} aria-controls={`export-${kind}-choices`} onClick={() => setOpen((x) => !x)}>
        {t(label.button)}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        <div id={`export-${kind}-choices`} className="popover" role="group" aria-label={t(label.button)}>
          <button type="button" className="popover-item" autoFocus onClick={() => choose('all')}>
            {t(label.all)}
          </button>
          <button type="button" className="popover-item" onClick={() => choose('scenario')}>
            {t(label.one, { name: doc.scenarios[si]?.name ?? '' })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
