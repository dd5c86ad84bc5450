/** Move up, move down and delete for a row of a list in the case document. */
import { useTranslation } from 'react-i18next';
import { getIn, pathKey, setIn, type Path } from '../state/paths';
import { useStore, type EditOutcome } from '../state/store';
import { translateProblem } from '../i18n/problems';

/** Replaces the list at `listPath` through the store (validated, undoable). */
export function useListChange() {
  const change = useStore((s) => s.change);
  return (listPath: Path, fn: (items: unknown[]) => unknown[]) =>
    change((doc) => {
      const items = getIn(doc, listPath);
      return Array.isArray(items) ? setIn(doc, listPath, fn(items.slice())) : doc;
    });
}

/**
 * Appends a row to the list at `listPath` (validated, undoable), then brings it into view with
 * focus in its first field (`firstField`, e.g. its name).
 */
export function useAddRow() {
  const changeList = useListChange();
  const requestFocus = useStore((s) => s.requestFocus);
  return (listPath: Path, make: (items: unknown[]) => unknown, firstField: string): EditOutcome => {
    let at = -1;
    const r = changeList(listPath, (xs) => {
      at = xs.length;
      return [...xs, make(xs)];
    });
    if (r.ok && at >= 0) requestFocus(pathKey([...listPath, at, firstField]));
    return r;
  };
}

export function RowActions(props: { listPath: Path; index: number; count: number; name: string; onDelete?: () => EditOutcome }) {
  const { t } = useTranslation();
  const changeList = useListChange();
  const toast = useStore((s) => s.toast);
  const language = useStore((s) => s.language);
  const { listPath, index, count, name } = props;
  // A change the schema refuses is said, never dropped silently.
  const report = (r: EditOutcome) => {
    if (!r.ok) toast({ kind: 'error', message: translateProblem(r.problems[0]?.message ?? 'Invalid value', language) });
  };
  const swap = (a: number, b: number) =>
    report(
      changeList(listPath, (xs) => {
        const x = xs[a];
        xs[a] = xs[b];
        xs[b] = x;
        return xs;
      }),
    );
  return (
    <div className="row-actions">
      <button type="button" className="icon-btn" aria-label={`${t('common.moveUp')}: ${name}`} disabled={index === 0} onClick={() => swap(index, index - 1)}>
        ↑
      </button>
      <button type="button" className="icon-btn" aria-label={`${t('common.moveDown')}: ${name}`} disabled={index === count - 1} onClick={() => swap(index, index + 1)}>
        ↓
      </button>
      <button type="button" className="icon-btn danger" aria-label={`${t('common.delete')}: ${name}`} onClick={() => report(props.onDelete ? props.onDelete() : changeList(listPath, (xs) => xs.filter((_, i) => i !== index)))}>
        ✕
      </button>
    </div>
  );
}
