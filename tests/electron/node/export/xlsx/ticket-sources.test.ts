/**
 * Provenance in the workbook: a moment's volume and the baseline volume taken from a ticket export
 * carry their source ("file, period, ticket count") in the Assumptions sheet's Source column, beside
 * the value; a moment without one leaves the cell empty.
 */
import { describe, expect, it } from 'vitest';
import { blankCase, newMoment } from '@shared/case/factory';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { sideCols } from '@electron-node/export/xlsx/sheets/assumptions-side';
import { readBook } from './read';

const SOURCE = 'zendesk.csv, 2025-01-01 to 2025-06-30, 2,996 tickets';

describe('Assumptions sheet sources', () => {
  it('writes a ticket export as the source of a moment’s volume and of the baseline volume', async () => {
    const c = blankCase({ name: 'T', currency: 'EUR', locale: 'en-GB', now: '2026-01-01T00:00:00.000Z' });
    const s = c.scenarios[0]!;
    s.moments = [{ ...newMoment('Password resets'), source: SOURCE }, newMoment('Typed by hand')];
    s.service.volumeOverride = 499.33;
    s.service.volumeSource = SOURCE;
    const book = await readBook(await buildWorkbook(c, {}));
    const sourceOf = (name: string) => {
      const [p] = book.places(name);
      if (!p) throw new Error(`no cell for ${name}`);
      return book.wb.getWorksheet(p.sheet)!.getRow(p.row).getCell(sideCols(c.scenarios.length).source).value ?? null;
    };
    expect(sourceOf('S1_Mom1_Volume')).toBe(SOURCE);
    expect(sourceOf('S1_Svc_VolumeOverride')).toBe(SOURCE);
    expect(sourceOf('S1_Mom2_Volume')).toBeNull();
    expect(book.value('S1_Svc_VolumeOverride')).toBe(499.33);
  });
});
