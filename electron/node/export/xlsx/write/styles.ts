/**
 * exceljs's style manager, with its de-duplication memoised. exceljs finds a cell's style id by
 * rendering the cell's font, border, fill and whole xf to XML and looking that text up, for every
 * cell that does not share its style object: most of the cost of preparing a big workbook. The
 * same inputs always give the same id within one write (the lookup tables only grow), so each
 * method is fronted by a cache keyed on what it is given: the part object itself (font, border,
 * fill are shared by reference across cells) or, for the xf, the ids it combines and its alignment
 * and protection objects. A miss falls through to exceljs, so ids, order and XML stay exceljs's own.
 * Valid while no style object is mutated during the write, which nothing does.
 */
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';

type PartAdder = (part: object) => number;

function byIdentity(add: PartAdder): PartAdder {
  const seen = new WeakMap<object, number>();
  return (part) => {
    let id = seen.get(part);
    if (id === undefined) {
      id = add(part);
      seen.set(part, id);
    }
    return id;
  };
}

/** A small number per object, so that objects can take part in a string key. */
function identities(): (o: unknown) => string {
  const ids = new WeakMap<object, number>();
  let next = 0;
  return (o) => {
    if (o === undefined) return '';
    if (typeof o !== 'object' || o === null) return `v${String(o)}`;
    let id = ids.get(o);
    if (id === undefined) {
      id = next++;
      ids.set(o, id);
    }
    return `o${id}`;
  };
}

const XF_FIELDS = new Set(['numFmtId', 'fontId', 'borderId', 'fillId', 'alignment', 'protection']);

/** A style manager (exceljs's StylesXform, initialised) whose de-duplication is cached. */
export function memoisedStyles(): StylesXform {
  const styles = new StylesXform(true);
  styles._addFont = byIdentity(styles._addFont.bind(styles));
  styles._addBorder = byIdentity(styles._addBorder.bind(styles));
  styles._addFill = byIdentity(styles._addFill.bind(styles));
  const addXf = styles._addStyle.bind(styles);
  const idOf = identities();
  const xfs = new Map<string, number>();
  styles._addStyle = (style) => {
    // addStyleModel builds xfs from these fields only; anything else goes to exceljs uncached.
    if (Object.keys(style).some((k) => !XF_FIELDS.has(k))) return addXf(style);
    const key = `${String(style.numFmtId)}|${String(style.fontId)}|${String(style.borderId)}|${String(style.fillId)}|${idOf(style.alignment)}|${idOf(style.protection)}`;
    let id = xfs.get(key);
    if (id === undefined) {
      id = addXf(style);
      xfs.set(key, id);
    }
    return id;
  };
  return styles;
}
