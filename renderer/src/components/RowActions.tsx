/** Move up, move down and delete for a row of a list in the case document. */
import { useTranslation } from 'react-i18next';
import { getIn, setIn, type Path } from '../state/paths';
import { useStore } from '../state/store';

/** Replaces the list at `listPath` through the store (validated, undoable). */
export function useListChange() {
  const change = useStore((s) => s.change);
  return (listPath: Path, fn: (items: unknown[]) => unknown[]) =>
    change((doc) => {
      const items = getIn(doc, listPath);
      return Array.isArray(items) ? setIn(doc, listPath, fn(items.slice())) : doc;
    });
}

export function RowActions(props: { listPath: Path; index: number; count: number; name: string }) {
  const { t } = useTranslation();
  const changeList = useListChange();
  const { listPath, index, count, name } = props;
  const swap = (a: number, b: number) =>
    changeList(listPath, (xs) => {
      const x = xs[a];
      xs[a] = xs[b];
      xs[b] = x;
      return xs;
    });
  return (
    <div className="row-actions">
      <button type="button" className="icon-btn" aria-label={`${t('common.moveUp')}: ${name}`} disabled={index === 0} onClick={() => swap(index, index - 1)}>
        ↑
      </button>
      <button type="button" className="icon-btn" aria-label={`${t('common.moveDown')}: ${name}`} disabled={index === count - 1} onClick={() => swap(index, index + 1)}>
        ↓
      </button>
      <button type="button" className="icon-btn danger" aria-label={`${t('common.delete')}: ${name}`} onClick={() => changeList(listPath, (xs) => xs.filter((_, i) => i !== index))}>
        ✕
      </button>
    </div>
  );
}
