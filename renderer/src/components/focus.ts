/**
 * Brings a requested field into view and focuses it (undo and redo, a new row, the "not saved"
 * link), with a short highlight so the eye finds it. Fields carry their key in `data-field`.
 */
import { useEffect } from 'react';
import { useStore } from '../state/store';

const FLASH_MS = 1600;

export function useFocusRequests(): void {
  const request = useStore((s) => s.focusRequest);
  useEffect(() => {
    if (!request) return;
    let frame = 0;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const find = () => {
      const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(request.key)}"]`);
      if (!el) {
        // The step or row may render a frame later.
        if (tries++ < 30) frame = requestAnimationFrame(find);
        return;
      }
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      el.focus({ preventScroll: true });
      const box = el.closest('.field') ?? el;
      box.classList.remove('field-flash');
      void box.getBoundingClientRect(); // restart the highlight if it is still running
      box.classList.add('field-flash');
      timer = setTimeout(() => box.classList.remove('field-flash'), FLASH_MS);
    };
    find();
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [request]);
}
