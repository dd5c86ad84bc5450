/**
 * "Export Excel": with one scenario it exports at once; with several it asks which — every scenario
 * (with the Scenarios comparison sheet) or only the scenario on screen.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/case/schema';
import { exportOpenCase } from '../state/actions';

export function ExportExcelButton({ doc, si }: { doc: Case; si: number }) {
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
      <button type="button" className="btn" onClick={() => void exportOpenCase('xlsx')}>
        {t('caseBar.exportXlsx')}
      </button>
    );

  const choose = (scope: 'all' | 'scenario') => {
    setOpen(false);
    void exportOpenCase('xlsx', scope);
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
      <button ref={toggle} type="button" className="btn" aria-expanded={open} aria-controls="export-xlsx-choices" onClick={() => setOpen((x) => !x)}>
        {t('caseBar.exportXlsx')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        <div id="export-xlsx-choices" className="popover" role="group" aria-label={t('caseBar.exportXlsx')}>
          <button type="button" className="popover-item" autoFocus onClick={() => choose('all')}>
            {t('caseBar.exportXlsxAll')}
          </button>
          <button type="button" className="popover-item" onClick={() => choose('scenario')}>
            {t('caseBar.exportXlsxOne', { name: doc.scenarios[si]?.name ?? '' })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
