/**
 * Data validation of the Assumptions sheet, and which cells are styled as inputs. Finance edits the
 * workbook without the app: every value cell must refuse what the app's schema refuses (checked
 * here by evaluating each cell's validation the way Excel does), and only values that some formula
 * really uses may look like inputs.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { colLetter } from '@electron-node/export/xlsx/cells';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { STYLES } from '@electron-node/export/xlsx/sheets/assumptions';
import { LIMITS } from '@electron-node/export/xlsx/validation';
import { MAX_HORIZON_MONTHS } from '@shared/case/schema';
import { generateCase, generateLargeCase } from '../../../../support/arbitraries';
import { richCase } from './fixtures';
import { assumptionsSheet, readBook, type ReadBook } from './read';

// ---------- evaluating a validation as Excel does ----------

type V = number | string | boolean | null;

/** Excel's order across types in comparisons: numbers < text < booleans. */
function compare(a: V, b: V): number {
  const rank = (x: V) => (typeof x === 'number' || x === null ? 0 : typeof x === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase().localeCompare(b.toLowerCase());
  return Number(a ?? 0) - Number(b ?? 0);
}

/** The little formula language our custom validations use: AND, OR, ISNUMBER, ISLOGICAL, INT, LEN, DATEVALUE (ISO dates), "&", comparisons. */
function evalFormula(src: string, lookup: (ref: string) => V): V {
  const tokens = src.match(/"[^"]*"|>=|<=|<>|[=<>(),&]|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?|[A-Za-z_][A-Za-z0-9_.]*/gi) ?? [];
  expect(tokens.join(''), `unparsed characters in ${src}`).toBe(src.replace(/\s/g, ''));
  let i = 0;
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const x = tokens[i++];
    if (t !== undefined && x !== t) throw new Error(`expected ${t} in ${src}`);
    return x ?? '';
  };
  const atom = (): V => {
    const t = take();
    if (t.startsWith('"')) return t.slice(1, -1);
    if (/^-?\d/.test(t)) return Number(t);
    if (peek() === '(') {
      take('(');
      const args: V[] = [];
      while (peek() !== ')') {
        args.push(expr());
        if (peek() === ',') take(',');
      }
      take(')');
      const [a] = args;
      switch (t.toUpperCase()) {
        case 'AND':
          return args.every((x) => x === true);
        case 'OR':
          return args.some((x) => x === true);
        case 'ISNUMBER':
          return typeof a === 'number';
        case 'ISLOGICAL':
          return typeof a === 'boolean';
        case 'INT':
          return typeof a === 'number' ? Math.floor(a) : NaN;
        case 'LEN':
          return String(a ?? '').length;
        // A spreadsheet's error (a text that is no date) reads as null: ISNUMBER of it is false.
        case 'DATEVALUE': {
          const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(a));
          return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 + 25_569 : null;
        }
        default:
          throw new Error(`unknown function ${t}`);
      }
    }
    return lookup(t);
  };
  const concat = (): V => {
    let left = atom();
    while (peek() === '&') {
      take('&');
      left = `${String(left ?? '')}${String(atom() ?? '')}`;
    }
    return left;
  };
  const expr = (): V => {
    const left = concat();
    const op = peek();
    if (op && ['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      take();
      const c = compare(left, concat());
      return { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op] ?? false;
    }
    return left;
  };
  return expr();
}

/** The workbook a validation's named lists and named words (C_CostKind, C_CostKind_recurring) are read from. */
let current: ReadBook | null = null;
const named = (ref: string): V => {
  const v = current?.names.has(ref) ? current.value(ref) : undefined;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : NaN;
};

/**
 * Would Excel accept `value` typed into the cell at `self`? `names` gives the other cells a formula
 * reads; defined names of the workbook last read (`current`) give the rest, lists included.
 */
function accepts(dv: ExcelJS.DataValidation, self: string, value: V, names: Record<string, V> = {}): boolean {
  if (value === null || value === '') return dv.allowBlank === true;
  const f = dv.formulae.map((x: unknown) => (typeof x === 'string' && /^-?\d/.test(x) ? Number(x) : x));
  const [a, b] = f;
  switch (dv.type) {
    case 'list': {
      // A list is a named range of words; Excel matches them without regard to case.
      const words = current?.names.has(String(a)) ? current.values(String(a)).map(String) : String(a).replace(/^"|"$/g, '').split(',');
      return typeof value === 'string' && words.some((w) => w.toLowerCase() === value.toLowerCase());
    }
    case 'whole':
    case 'decimal': {
      if (typeof value !== 'number' || (dv.type === 'whole' && !Number.isInteger(value))) return false;
      if (dv.operator === 'equal') return value === a;
      return value >= Number(a) && value <= Number(b);
    }
    case 'custom':
      return evalFormula(String(a), (ref) => (ref === self ? value : ref in names ? (names[ref] ?? null) : named(ref))) === true;
    default:
      throw new Error(`unexpected validation type ${dv.type}`);
  }
}

// ---------- reading the Assumptions sheet ----------

interface ValueCell {
  name: string;
  address: string;
  cell: ExcelJS.Cell;
  notes: string;
}

/** Every named value cell of the sheet, scenario column by scenario column, found by its name column. */
function valueCells(book: ReadBook): ValueCell[] {
  const { ws, cols, n: scenarios } = assumptionsSheet(book);
  const out: ValueCell[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    for (let k = 0; k < scenarios; k++) {
      const name = row.getCell(cols.name(k)).value;
      if (name === null) continue; // an item this scenario does not have
      const cell = row.getCell(cols.value(k));
      if (cell.formula) continue; // derived (the monthly rate), not typed in
      out.push({ name: String(name), address: cell.address, cell, notes: String(row.getCell(cols.notes).value ?? '') });
    }
  });
  return out;
}

const suffix = (name: string) => name.slice(name.lastIndexOf('_') + 1);
const isInput = (c: ExcelJS.Cell) => c.fill?.type === 'pattern' && c.fill.fgColor?.argb === STYLES.inputFill.fgColor.argb && c.font?.color?.argb === STYLES.inputFont.color.argb;
const isDescriptive = (c: ExcelJS.Cell) => c.font?.italic === true && c.font.color?.argb === STYLES.descriptiveFont.color.argb && !isInput(c);

/** Each choice cell's list: its words, in the workbook's language, stated here independently. */
const CHOICES: Record<string, { list: string; en: readonly string[]; it: readonly string[] }> = {
  Kind: { list: 'C_CostKind', en: ['One-off', 'Recurring'], it: ['Una tantum', 'Ricorrente'] },
  Category: { list: 'C_Category', en: ['Technology', 'People', 'Services', 'Other'], it: ['Tecnologia', 'Persone', 'Servizi', 'Altro'] },
  Tier: { list: 'C_Tier', en: ['Strategic', 'Mid-market', 'Low-touch'], it: ['Strategico', 'Mid-market', 'Low-touch'] },
  Intent: { list: 'C_Intent', en: ['Support', 'Onboarding', 'Retention risk', 'Pre-sales', 'Billing', 'Bug', 'Feature request'], it: ['Assistenza', 'Onboarding', 'Rischio abbandono', 'Pre-vendita', 'Fatturazione', 'Bug', 'Richiesta funzionalità'] },
  Channel: { list: 'C_Channel', en: ['Phone', 'Email', 'Chat', 'Social', 'Self-service', 'In person'], it: ['Telefono', 'Email', 'Chat', 'Social', 'Self-service', 'Di persona'] },
  MomMode: { list: 'C_VolumeMode', en: ['Share of all contacts', 'Contacts a month'], it: ['Quota di tutti i contatti', 'Contatti al mese'] },
  RevMode: { list: 'C_ChurnMode', en: ['Figure entered', 'Satisfaction target (5× rule)'], it: ['Valore inserito', 'Obiettivo di soddisfazione (regola 5×)'] },
  Discounting: { list: 'C_Discounting', en: ['Month by month', 'Year-end (TEI)'], it: ['Mese per mese', 'A fine anno (TEI)'] },
  Accounting: { list: 'C_Accounting', en: ['Opex (expensed)', 'Capex (depreciated)'], it: ['Opex (a costo)', 'Capex (ammortizzato)'] },
};
const FLAGS = new Set(['Enabled', 'Priority', 'Automatable', 'Protected']);

/** Typed values each number cell must accept and refuse (the schema's bounds, stated independently). */
const NUMBERS: Record<string, { ok: V[]; bad: V[] }> = {
  Haircut: { ok: [0, 0.3, 0.999], bad: [1, 1.2, -0.1, 'x'] },
  Start: { ok: [1, 24, MAX_HORIZON_MONTHS], bad: [0, 2.5, MAX_HORIZON_MONTHS + 1, 'x'] },
  Ramp: { ok: [0, 6, MAX_HORIZON_MONTHS], bad: [-1, 1.5, MAX_HORIZON_MONTHS + 1] },
  Churn: { ok: [0.0001, 0.3, 1], bad: [0, 1.01, 'x'] },
  Margin: { ok: [0, 0.6, 1], bad: [-0.01, 1.2] },
  Deflection: { ok: [0, 1], bad: [1.5, 'sì'] },
  Contingency: { ok: [0, 0.15, 5], bad: [-0.1, 5.5] },
  Uplift: { ok: [0, 2.5, 10], bad: [10.5] },
  ResolutionRate: { ok: [0.01, 1], bad: [0, 1.1] },
  Amount: { ok: [0, 250_000, 1e12], bad: [-1, 2e12, 'abc'] },
  Customers: { ok: [0, 5000], bad: [-5, 2e10] },
  AHT: { ok: [0, 7.5], bad: [-1, 20_000] },
  VolumeOverride: { ok: [null, 0, 1200], bad: [-1, 'n/a'] },
  Satisfaction: { ok: [null, 0.7], bad: [1.2] },
  // Model v2
  FiscalYearStart: { ok: [1, 4, 12], bad: [0, 13, 3.5, 'x'] },
  TaxRate: { ok: [0, 0.25, 1], bad: [-0.1, 1.1] },
  WageInflation: { ok: [-0.5, 0, 0.03, 1], bad: [-0.6, 1.5, 'x'] },
  Growth: { ok: [-0.5, 0.05, 1], bad: [-0.51, 1.01] },
  ProductiveHours: { ok: [0.5, 120, 744], bad: [0, 745, 'x'] },
  Life: { ok: [1, 36, 600], bad: [0, 601, 12.5] },
};

describe('Assumptions: every value cell is validated as the app validates it', () => {
  it('gives every choice, flag and number cell a stop-style validation of the right kind', async () => {
    const c = richCase();
    const book = await readBook(await buildWorkbook(c, {}));
    current = book;
    const cells = valueCells(book);
    expect(cells.length).toBeGreaterThan(200);
    const kinds = new Map<string, number>();
    for (const { name, address, cell } of cells) {
      const dv = cell.dataValidation;
      expect(dv, `${name} has a validation`).toBeDefined();
      expect(dv.showErrorMessage, name).toBe(true);
      expect(dv.errorStyle ?? 'stop', name).toBe('stop');
      expect(dv.error?.length ?? 0, name).toBeGreaterThan(10);
      expect(dv.errorTitle?.length ?? 0, name).toBeGreaterThan(3);
      const key = /_Mode$/.test(name) ? (name.includes('_Mom') ? 'MomMode' : 'RevMode') : suffix(name);
      const choice = CHOICES[key];
      if (choice) {
        expect(dv.type, name).toBe('list');
        expect(dv.formulae[0], name).toBe(choice.list);
        expect(book.values(choice.list), name).toEqual(choice.en);
        for (const w of choice.en) expect(accepts(dv, address, w), `${name} accepts ${w}`).toBe(true);
        expect(choice.en).toContain(cell.value);
      } else if (FLAGS.has(key)) {
        expect(dv.type, name).toBe('custom');
        expect(dv.formulae[0], name).toBe(`ISLOGICAL(${address})`);
      } else expect(['whole', 'decimal', 'custom'], name).toContain(dv.type);
      // The cell's own value always passes its validation.
      const v = cell.value;
      const own: V = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;
      const kindName = name.replace(/_Month$/, '_Kind');
      expect(accepts(dv, address, own, { [kindName]: book.value(kindName) as V }), `${name} accepts its own value ${String(own)}`).toBe(true);
      kinds.set(dv.type, (kinds.get(dv.type) ?? 0) + 1);
    }
    expect([...kinds.keys()].sort()).toEqual(['custom', 'decimal', 'list', 'whole']);
  });

  it("refuses what the app refuses: a haircut of 1.2, a fractional month, 'sì' in a flag, 'ricorrente' as a kind", async () => {
    const book = await readBook(await buildWorkbook(richCase(), {}));
    current = book;
    const byName = new Map(valueCells(book).map((x) => [x.name, x]));
    const tried = new Set<string>();
    for (const { name, address, cell } of byName.values()) {
      const key = suffix(name);
      const dv = cell.dataValidation;
      const spec = NUMBERS[key];
      if (spec) {
        for (const v of spec.ok) expect(accepts(dv, address, v), `${name} accepts ${String(v)}`).toBe(true);
        for (const v of spec.bad) expect(accepts(dv, address, v), `${name} refuses ${String(v)}`).toBe(false);
        tried.add(key);
      }
      if (FLAGS.has(key)) {
        for (const v of [true, false]) expect(accepts(dv, address, v), `${name} accepts ${String(v)}`).toBe(true);
        for (const v of ['sì', 'yes', 'TRUE', 1, null]) expect(accepts(dv, address, v), `${name} refuses ${JSON.stringify(v)}`).toBe(false);
        tried.add(key);
      }
      if (key === 'Kind' || key === 'Mode') {
        // An English workbook takes its English words only (the formulas compare those).
        for (const v of ['ricorrente', 'Recurrin', 'quota', 'oneOff', '', 3]) expect(accepts(dv, address, v), `${name} refuses ${JSON.stringify(v)}`).toBe(false);
        tried.add(key);
      }
    }
    expect([...tried].sort()).toEqual([...Object.keys(NUMBERS), ...FLAGS, 'Kind', 'Mode'].sort());
  });

  it('keeps a recurring cost from starting in month 0, and takes any whole horizon from 12 to 120 months', async () => {
    const c = richCase();
    const book = await readBook(await buildWorkbook(c, {}));
    current = book;
    const byName = new Map(valueCells(book).map((x) => [x.name, x]));
    const month = byName.get('S1_Cost3_Month')!;
    const dv = month.cell.dataValidation;
    expect(accepts(dv, month.address, 0, { S1_Cost3_Kind: 'One-off' })).toBe(true);
    expect(accepts(dv, month.address, 0, { S1_Cost3_Kind: 'Recurring' })).toBe(false);
    expect(accepts(dv, month.address, 1, { S1_Cost3_Kind: 'Recurring' })).toBe(true);
    expect(accepts(dv, month.address, 1.5, { S1_Cost3_Kind: 'One-off' })).toBe(false);
    const horizon = byName.get('Case_Horizon')!;
    expect(accepts(horizon.cell.dataValidation, horizon.address, c.horizonMonths)).toBe(true);
    for (const v of [12, 36, 60, 120]) expect(accepts(horizon.cell.dataValidation, horizon.address, v), String(v)).toBe(true);
    for (const v of [11, 121, c.horizonMonths - 0.5, 'x']) expect(accepts(horizon.cell.dataValidation, horizon.address, v), String(v)).toBe(false);
  });

  it('takes a start month written year-month, as the schema does, and refuses any other text', async () => {
    const c = richCase();
    const book = await readBook(await buildWorkbook(c, {}));
    const start = valueCells(book).find((x) => x.name === 'Case_StartMonth')!;
    const dv = start.cell.dataValidation;
    expect(start.cell.value).toBe(c.startMonth);
    for (const v of [c.startMonth, '2027-03', '2030-12', '1999-01']) expect(accepts(dv, start.address, v), v).toBe(true);
    for (const v of ['2027-13', '2027-00', '2027-3', '27-03', 'March 2027', '', 202703]) expect(accepts(dv, start.address, v), String(v)).toBe(false);
  });

  it("speaks the workbook's language and fits Excel's limits on titles, prompts and messages", async () => {
    const c = richCase();
    for (const lang of ['en', 'it'] as const) {
      const book = await readBook(await buildWorkbook(c, { lang }));
      current = book;
      const cells = valueCells(book);
      for (const { name, cell } of cells) {
        const dv = cell.dataValidation;
        expect(dv.errorTitle!.length, name).toBeLessThanOrEqual(LIMITS.title);
        expect(dv.promptTitle!.length, name).toBeLessThanOrEqual(LIMITS.title);
        expect(dv.error!.length, name).toBeLessThanOrEqual(LIMITS.error);
        expect(dv.prompt!.length, name).toBeLessThanOrEqual(LIMITS.prompt);
        // Nothing was clipped: a clipped message ends in "…".
        expect(dv.error!.endsWith('…') || dv.prompt!.endsWith('…'), name).toBe(false);
      }
      const get = (n: string) => cells.find((x) => x.name === n)!.cell.dataValidation;
      if (lang === 'it') {
        expect(get('S1_Sav1_Enabled').error).toMatch(/VERO o FALSO/);
        expect(get('S1_Cost3_Kind').prompt).toBe('Scegliere uno di: Una tantum | Ricorrente.');
        expect(get('S1_Cost3_Kind').error).toMatch(/^Scegliere uno di: Una tantum \| Ricorrente\. /);
        expect(get('S1_Mom1_Channel').formulae[0]).toBe('C_Channel');
        expect(book.values('C_Channel')).toEqual(CHOICES.Channel!.it);
        expect(CHOICES.Channel!.it).toContain(cells.find((x) => x.name === 'S1_Mom1_Channel')!.cell.value);
        expect(get('S1_Sav1_Haircut').error).toBe('Inserire una percentuale da 0% a meno di 100%, come accetta CX Case.');
        expect(get('S1_Seg1_Tier').promptTitle).toBe('Solo descrittivo');
      } else {
        expect(get('S1_Sav1_Enabled').error).toMatch(/TRUE or FALSE/);
        expect(get('S1_Sav1_Haircut').error).toBe('Enter a percentage from 0% to below 100%, as CX Case accepts.');
        expect(get('S1_Rev1_Start').prompt).toBe('Enter a whole number from 1 to 120.');
        expect(get('S1_Cost1_Amount').prompt).toBe('Enter a number from 0 to 1,000,000,000,000.');
        expect(get('S1_Seg1_Churn').prompt).toBe('Enter a percentage from 0.01% to 100%.');
        expect(get('S1_Cost3_Kind').prompt).toBe('Choose one of: One-off | Recurring.');
      }
    }
  });

  it('validates every value cell of generated and large cases too', async () => {
    for (const c of [generateCase(11, { scenarios: [2, 2] }), generateCase(12, { extremes: true }), generateLargeCase({ scenarios: 1, segments: 10, moments: 10, horizon: 60 })]) {
      const cells = valueCells(await readBook(await buildWorkbook(c, {})));
      const missing = cells.filter((x) => !x.cell.dataValidation || x.cell.dataValidation.showErrorMessage !== true).map((x) => x.name);
      expect(missing).toEqual([]);
    }
  });
});

describe('Assumptions: only values that formulas use look like inputs', () => {
  it('styles a value as an input exactly when a formula uses it; the rest are descriptive, with the reason in Notes', async () => {
    const book = await readBook(await buildWorkbook(richCase(), {}));
    current = book;
    // Names used by a formula that computes something. A mirror (=Name, or blank-or-Name) only shows
    // the value, unless the mirror cell itself is read, through a range name (S1_Mom_Defl = the
    // Moments sheet's δ column, which SUMPRODUCT reads).
    const used = new Set<string>();
    const mirrors = new Map<string, string>(); // "sheet!A1" of a mirror cell → the name it shows
    for (const x of book.cells()) {
      const f = x.formula;
      if (f === null) continue;
      const mirror = /^([A-Za-z_][A-Za-z0-9_]*)$/.exec(f) ?? /^IF\(ISBLANK\(([A-Za-z0-9_]+)\),"",\1\)$/.exec(f);
      if (mirror) mirrors.set(`${x.sheet}!${x.address}`, mirror[1]!);
      else for (const id of f.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) used.add(id);
    }
    for (const range of [...used].filter((n) => book.names.has(n)))
      for (const p of book.places(range)) {
        const shown = mirrors.get(`${p.sheet}!${colLetter(p.col)}${p.row}`);
        if (shown) used.add(shown);
      }
    const descriptive: string[] = [];
    for (const { name, cell, notes } of valueCells(book)) {
      if (used.has(name)) expect(isInput(cell), `${name} is used by a formula: styled as an input`).toBe(true);
      else {
        expect(isDescriptive(cell), `${name} is used by no formula: styled as descriptive`).toBe(true);
        expect(notes, `${name} says why in Notes`).toMatch(/descriptive|fixed by the export/i);
        expect(cell.dataValidation.promptTitle, name).toMatch(/descriptive|fixed/i);
        descriptive.push(name);
      }
    }
    // The reviewer's list, and the service figures only the app's KPIs use.
    for (const n of ['S1_Seg1_Tier', 'S1_Seg1_Priority', 'S1_Mom1_Intent', 'S1_Mom1_Channel', 'S1_Mom2_Satisfaction', 'S1_Cost1_Category', 'S1_Svc_ResolutionRate', 'S1_Bm_nps_Ours'])
      expect(descriptive, n).toContain(n);
    // The AHT feeds the hours saved and FTE columns; every Model v2 input feeds a formula.
    const v2 = ['Case_StartMonth', 'Case_FiscalYearStart', 'Case_TaxRate', 'Case_Discounting', 'Case_WageInflation', 'Case_CostInflation', 'S1_Svc_VolumeGrowth', 'S1_Svc_ProductiveHours', 'S1_Seg1_Growth', 'S1_Cost1_Accounting', 'S1_Cost1_Life'];
    for (const n of ['Case_DiscountRate', 'Case_Horizon', 'S1_Cost1_Kind', 'S1_Mom1_Mode', 'S1_Rev1_Mode', 'S1_Sav1_Enabled', 'S1_Seg1_CAC', 'S1_Svc_VolumeOverride', 'S1_Svc_AHT', ...v2]) {
      expect(book.names.has(n), n).toBe(true);
      expect(descriptive, n).not.toContain(n);
    }
  });

  it('explains the colours in a legend beside the table, in the workbook language', async () => {
    for (const [lang, title, word] of [
      ['en', 'Legend', /descriptive/i],
      ['it', 'Legenda', /descrittivo/i],
    ] as const) {
      const book = await readBook(await buildWorkbook(richCase(), { lang }));
      const { ws, cols } = assumptionsSheet(book);
      expect(ws.name).toBe(lang === 'it' ? 'Ipotesi' : 'Assumptions');
      const L = cols.legend;
      expect(ws.getCell(1, L.sample).value).toBe(title);
      expect(isInput(ws.getCell(2, L.sample))).toBe(true);
      expect(isInput(ws.getCell(3, L.sample)) || isDescriptive(ws.getCell(3, L.sample))).toBe(false);
      expect(isDescriptive(ws.getCell(4, L.sample))).toBe(true);
      expect(String(ws.getCell(4, L.text).value)).toMatch(word);
      // The legend sits outside the filtered table.
      expect(L.sample).toBeGreaterThan(cols.last + 1);
      expect(String(ws.autoFilter)).toMatch(new RegExp(`^A1:${ws.getColumn(cols.last).letter}\\d+$`));
    }
  });
});
