/** The PDF's document information (both printers pass their bytes through withReportMetadata), read back with pdfinfo. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { VERSION } from '@electron-node/cli/version';
import { reportMetadata, withReportMetadata } from '@electron-node/export/pdf/metadata';
import { caseOf, scenario } from '../../../../support/cases';
import { PdfFile, ROOT } from './pdf-tools';

const files: PdfFile[] = [];
afterAll(() => files.forEach((f) => f.dispose()));

/** A one-page PDF as a printer would hand it over, with a printer's own Creator and Producer. */
async function printed(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Report');
  doc.setCreator('Chromium');
  doc.setProducer('Skia/PDF m140');
  doc.setTitle('Acme renewal');
  return doc.save();
}

describe('PDF document information', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  it('the app version the printers name is package.json’s', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('names CX Case and its version, the case and scenario, and the author', async () => {
    const c = caseOf([scenario({ id: 'scn_base', name: 'Base' })], { name: 'Acme renewal', author: 'Giulia Rossi' });
    const m = reportMetadata(c, { scenarioId: null, scenarios: 'all', lang: 'en' }, pkg.version);
    expect(m).toEqual({ title: 'Acme renewal — Base', author: 'Giulia Rossi', creator: `CX Case ${pkg.version}`, language: 'en' });
    const pdf = new PdfFile(await withReportMetadata(await printed(), m));
    files.push(pdf);
    const info = pdf.meta();
    expect(info['Title']).toBe('Acme renewal — Base');
    expect(info['Author']).toBe('Giulia Rossi');
    expect(info['Creator']).toBe(`CX Case ${pkg.version}`);
    expect(info['Producer']).toBe(`CX Case ${pkg.version}`);
    expect(pdf.info().pages).toBe(1);
    expect(pdf.text()).toContain('Report');
  });

  it('names the scenario asked for, and no author when the case has none', async () => {
    const c = caseOf([scenario({ id: 'scn_base', name: 'Base' }), scenario({ id: 'scn_bold', name: 'Ambizioso 🚀' })], { name: 'Rinnovo', author: '  ' });
    const m = reportMetadata(c, { scenarioId: 'scn_bold', scenarios: 'all', lang: 'it' }, '9.9.9');
    expect(m.title).toBe('Rinnovo — Ambizioso 🚀');
    expect(m.author).toBeNull();
    const pdf = new PdfFile(await withReportMetadata(await printed(), m));
    files.push(pdf);
    const info = pdf.meta();
    expect(info['Title']).toBe('Rinnovo — Ambizioso 🚀');
    expect(info['Author']).toBeUndefined();
    expect(info['Creator']).toBe('CX Case 9.9.9');
  });
});
