/**
 * xl/sharedStrings.xml as exceljs's SharedStringsXform writes it, each plain string as one piece of
 * text (exceljs pushes five pieces a string through its XML stream, and the large case has tens of
 * thousands). Rich text, which the export does not write, goes through exceljs's own SharedStringXform.
 */
import utils from 'exceljs/lib/utils/utils';
import XmlStream from 'exceljs/lib/utils/xml-stream';
import SharedStringXform from 'exceljs/lib/xlsx/xform/strings/shared-string-xform';
import type SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';

// TextXform keeps leading, trailing and line-break white space.
const PRESERVE = /^\s|\n|\s$/;

export function sharedStringsXml(strings: SharedStringsXform): string {
  const xs = new XmlStream();
  xs.openXml(XmlStream.StdDocAttributes);
  xs.openNode('sst', { xmlns: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', count: strings.count, uniqueCount: strings.values.length });
  const rich = new SharedStringXform();
  for (const v of strings.values) {
    if (typeof v === 'string') xs.writeXml(`<si><t${PRESERVE.test(v) ? ' xml:space="preserve"' : ''}>${utils.xmlEncode(v)}</t></si>`);
    else {
      const one = new XmlStream();
      rich.render(one, v);
      xs.writeXml(one.xml);
    }
  }
  xs.closeNode();
  return xs.xml;
}
