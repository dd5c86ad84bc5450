/**
 * A confirmation before something that cannot be undone (deleting a case for good): a native modal
 * <dialog> — the rest of the page is inert while it is open, and Tab wraps inside it; its title and
 * text label and describe it; Escape or Cancel cancels; focus starts on Cancel (the safe answer) and
 * goes back, on closing, to the element given in `returnFocus` (the button that opened it, or a
 * stable one when that button is gone after the deletion).
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes when the dialog closes, evaluated then (the opener may be gone). */
  returnFocus: () => HTMLElement | null;
  busy?: boolean;
}

export function ConfirmDialog(p: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const returnFocus = useRef(p.returnFocus);
  returnFocus.current = p.returnFocus;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (!d.open) d.showModal();
    cancelRef.current?.focus();
    return () => {
      if (d.open) d.close();
      // After React has removed or kept the opener: focus what the caller names now.
      requestAnimationFrame(() => returnFocus.current()?.focus());
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={(e) => {
        // A modal dialog lets Tab leave for the browser's own controls; keep it inside, wrapping around.
        if (e.key !== 'Tab') return;
        const items = [...e.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')];
        const first = items[0];
        const last = items[items.length - 1];
        if (!first || !last) return e.preventDefault();
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }}
      onCancel={(e) => {
        // Escape: close through React's state, not the browser's own close.
        e.preventDefault();
        if (!p.busy) p.onCancel();
      }}
    >
      <h2 id={titleId}>{p.title}</h2>
      <div id={bodyId}>{p.children}</div>
      <div className="form-actions">
        <button type="button" className="btn btn-danger" disabled={p.busy} onClick={p.onConfirm}>{p.confirmLabel}</button>
        <button type="button" ref={cancelRef} className="btn" disabled={p.busy} onClick={p.onCancel}>{p.cancelLabel}</button>
      </div>
    </dialog>
  );
}
