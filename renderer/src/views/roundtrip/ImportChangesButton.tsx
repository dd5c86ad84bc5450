/** "Import changes from workbook": picks the returned workbook (dialog or file input) and opens the review. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readWorkbookFile, readWorkbookViaDialog, type OpenReport } from '../../state/roundtrip';
import { useStore } from '../../state/store';
import { ReviewChanges } from './ReviewChanges';

export function ImportChangesButton() {
  const { t } = useTranslation();
  const native = useStore((s) => s.info?.nativeDialogs ?? false);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState<OpenReport | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    if (!native) return input.current?.click();
    setBusy(true);
    setOpen(await readWorkbookViaDialog());
    setBusy(false);
  };
  return (
    <>
      <button ref={button} type="button" className="btn" disabled={busy} onClick={() => void start()}>
        {busy ? t('roundtrip.reading') : t('roundtrip.import')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('roundtrip.import')}
        data-testid="roundtrip-file"
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (!f) return;
          setBusy(true);
          setOpen(await readWorkbookFile(f));
          setBusy(false);
        }}
      />
      {open ? <ReviewChanges open={open} onClose={() => setOpen(null)} returnFocus={() => button.current} /> : null}
    </>
  );
}
