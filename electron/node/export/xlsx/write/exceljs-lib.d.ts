/**
 * Types for the few exceljs 4.4 internals the fast writer (./package.ts) reuses. exceljs ships no
 * typings for its lib/ files (and no "exports" map, so they can be required); these declare only
 * what is called, loosely where exceljs itself is loose. The pin on exceljs 4.4 in package.json
 * keeps them true; tests/electron/node/export/xlsx/write compares the output with exceljs's own.
 */
declare module 'exceljs/lib/utils/xml-stream' {
  class XmlStream {
    static StdDocAttributes: Record<string, string>;
    openXml(docAttributes: Record<string, string>): void;
    openNode(name: string, attributes?: Record<string, unknown>): void;
    writeXml(xml: string): void;
    closeNode(): void;
    leafNode(name: string, attributes?: Record<string, unknown> | null, text?: unknown): void;
    closeAll(): void;
    /** The text written so far, in pieces (what `xml` joins). */
    _xml: string[];
    get xml(): string;
  }
  export = XmlStream;
}

declare module 'exceljs/lib/xlsx/xform/base-xform' {
  import type XmlStream from 'exceljs/lib/utils/xml-stream';
  /** What every exceljs xform has: render its model into an XML stream. */
  class BaseXform {
    render(xmlStream: XmlStream, model: unknown): void;
  }
  export = BaseXform;
}

declare module 'exceljs/lib/utils/utils' {
  const utils: { xmlEncode(text: string): string };
  export = utils;
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  class StylesXform {
    constructor(initialise?: boolean);
    /** Style objects already given an id (a WeakMap in exceljs; anything with has/get/set). */
    weakMap: Pick<WeakMap<object, number>, 'has' | 'get' | 'set'>;
    addStyleModel(model: { numFmt?: string } | null | undefined, cellType?: number): number;
    /** styles.xml */
    get xml(): string;
  }
  export = StylesXform;
}

declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform' {
  class SharedStringsXform {
    get count(): number;
    get values(): unknown[];
  }
  export = SharedStringsXform;
}

declare module 'exceljs/lib/xlsx/xform/strings/shared-string-xform' {
  import BaseXform from 'exceljs/lib/xlsx/xform/base-xform';
  class SharedStringXform extends BaseXform {}
  export = SharedStringXform;
}

declare module 'exceljs/lib/xlsx/xform/book/workbook-xform' {
  class WorkbookXform {
    prepare(model: object): void;
  }
  export = WorkbookXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/cell-xform' {
  import type XmlStream from 'exceljs/lib/utils/xml-stream';
  class CellXform {
    prepare(model: object, options: object): void;
    render(xmlStream: XmlStream, model: object): void;
  }
  export = CellXform;
}

declare module 'exceljs/lib/doc/range' {
  class Range {
    constructor(tl: string, br: string);
    get range(): string;
    expand(top: number, left: number, bottom: number, right: number): void;
  }
  export = Range;
}

declare module 'exceljs/lib/xlsx/xform/sheet/row-xform' {
  import type Range from 'exceljs/lib/doc/range';
  /** A cell's model after WorksheetXform.prepare: what CellXform.render reads. */
  export interface CellModel {
    address: string;
    type: number;
    styleId?: number;
    value?: unknown;
    ssId?: number;
    formula?: string;
    result?: unknown;
    shareType?: string;
    si?: number;
    ref?: string;
    range?: Range;
    sharedFormula?: string;
    style?: { numFmt?: string };
    comment?: unknown;
    date1904?: boolean;
  }
  /** A row's model after WorksheetXform.prepare: what RowXform.render reads. */
  export interface RowModel {
    number: number;
    min: number;
    max: number;
    height?: number;
    hidden?: boolean;
    styleId?: number;
    outlineLevel?: number;
    collapsed?: boolean;
    style?: { numFmt?: string };
    cells: CellModel[];
  }
}

declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  import type XmlStream from 'exceljs/lib/utils/xml-stream';
  import type { RowModel } from 'exceljs/lib/xlsx/xform/sheet/row-xform';
  interface SheetDataPart {
    // options: WorksheetXform.prepare's own object, whose fields each part reads as it needs (never: any part's type fits).
    prepare(rows: RowModel[] | undefined, options: never): void;
    render(xmlStream: XmlStream, rows: RowModel[] | undefined): void;
  }
  class WorksheetXform {
    map: { sheetData: SheetDataPart };
    prepare(model: object, options: object): void;
    render(xmlStream: XmlStream, model: object): void;
  }
  export = WorksheetXform;
}

declare module 'exceljs/lib/xlsx/xlsx' {
  import type StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
  import type SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
  import type { RowModel } from 'exceljs/lib/xlsx/xform/sheet/row-xform';
  namespace XLSX {
    /** Where exceljs's part writers put a part (its ZipWriter's append). */
    export interface PartSink {
      append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
    }
    /** A worksheet's model (Worksheet.model), as prepareModel and addWorksheets use it. */
    export interface SheetModel {
      id: number;
      rows?: RowModel[];
      rels?: unknown[];
      comments: unknown[];
      tables: { target?: string; id?: number }[];
    }
    /** The workbook's model (Workbook.model), with what prepareModel adds to it. */
    export interface BookModel {
      worksheets: SheetModel[];
      properties: { date1904?: boolean };
      media: unknown[];
      creator?: string;
      lastModifiedBy?: string;
      created?: Date;
      modified?: Date;
      useSharedStrings?: boolean;
      useStyles?: boolean;
      sharedStrings?: SharedStringsXform;
      styles?: StylesXform;
      drawings?: unknown[];
      commentRefs?: unknown[];
      tables?: unknown[];
    }
  }
  class XLSX {
    constructor(workbook: unknown);
    workbook: { model: XLSX.BookModel };
    addContentTypes(zip: XLSX.PartSink, model: XLSX.BookModel): Promise<void>;
    addOfficeRels(zip: XLSX.PartSink, model: XLSX.BookModel): Promise<void>;
    addWorkbookRels(zip: XLSX.PartSink, model: XLSX.BookModel): Promise<void>;
    addDrawings(zip: XLSX.PartSink, model: XLSX.BookModel): void;
    addTables(zip: XLSX.PartSink, model: XLSX.BookModel): void;
    addThemes(zip: XLSX.PartSink, model: XLSX.BookModel): Promise<void>;
    addStyles(zip: XLSX.PartSink, model: XLSX.BookModel): Promise<void>;
    addMedia(zip: XLSX.PartSink, model: XLSX.BookModel): Promise<void>;
    addApp(zip: XLSX.PartSink, model: XLSX.BookModel): Promise<void>;
    addCore(zip: XLSX.PartSink, model: XLSX.BookModel): Promise<void>;
    addWorkbook(zip: XLSX.PartSink, model: XLSX.BookModel): Promise<void>;
  }
  export = XLSX;
}

declare module 'exceljs/lib/xlsx/xform/core/relationships-xform' {
  import BaseXform from 'exceljs/lib/xlsx/xform/base-xform';
  class RelationshipsXform extends BaseXform {}
  export = RelationshipsXform;
}

declare module 'exceljs/lib/xlsx/xform/comment/comments-xform' {
  import BaseXform from 'exceljs/lib/xlsx/xform/base-xform';
  class CommentsXform extends BaseXform {}
  export = CommentsXform;
}

declare module 'exceljs/lib/xlsx/xform/comment/vml-notes-xform' {
  import BaseXform from 'exceljs/lib/xlsx/xform/base-xform';
  class VmlNotesXform extends BaseXform {}
  export = VmlNotesXform;
}
