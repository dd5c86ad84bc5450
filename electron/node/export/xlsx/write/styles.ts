/**
 * exceljs's style manager, with its per-cell lookup memoised. For each cell exceljs first looks the
 * cell's style object up by identity (a WeakMap) and, for an object it has not seen — most cells have
 * their own — renders the font, border, fill and whole xf to XML to find or add its id: most of the
 * cost of preparing a big workbook. Here a miss is first looked up by the style's content (its JSON,
 * plus the cell type where exceljs lets that choose the number format); only new content goes to
 * exceljs, so ids, their order and styles.xml stay exceljs's own. The identity table stays too (a
 * Map: it lives for one write, and WeakMap entries cost the garbage collector far more), since
 * exceljs gives a style object seen again the id it got first, whatever the cell's type.
 * Valid while no style object is mutated during the write, which nothing does.
 */
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';

// exceljs's Enums.ValueType.Number: addStyleModel's type for a cell of no (or the null) type.
const NUMBER = 2;

/** The style's content as text: short forms for the commonest styles (none, a number format alone), else its JSON. */
function contentKey(model: { numFmt?: string }): string {
  let keys = 0;
  for (const k in model) {
    if (++keys > 1 || k !== 'numFmt') return JSON.stringify(model);
  }
  return keys === 0 ? '' : `#${String(model.numFmt)}`;
}

/** A style manager (exceljs's StylesXform, initialised) whose per-cell lookup is cached. */
export function memoisedStyles(): StylesXform {
  const styles = new StylesXform(true);
  const seen = new Map<object, number>();
  styles.weakMap = seen;
  const add = styles.addStyleModel.bind(styles);
  const byContent = new Map<string, number>();
  styles.addStyleModel = (model, cellType) => {
    if (!model) return add(model, cellType);
    const known = seen.get(model);
    if (known !== undefined) return known;
    // The type only matters when the style has no number format (General for numbers, a date format
    // for dates); then exceljs's answer for this object is its first one, so the object is recorded.
    const typed = !model.numFmt;
    const key = `${typed ? String(cellType || NUMBER) : ''}${contentKey(model)}`;
    let id = byContent.get(key);
    if (id === undefined) {
      id = add(model, cellType);
      byContent.set(key, id);
    } else if (typed) seen.set(model, id);
    return id;
  };
  return styles;
}
