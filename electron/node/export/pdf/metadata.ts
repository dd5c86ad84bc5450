/**
 * The PDF's document information, set after printing: Chromium's page.pdf and Electron's printToPDF
 * both write their own Producer (Skia/PDF) and Creator (Chromium) and take the Title from the page,
 * so both printers pass their bytes through `withReportMetadata` (pdf-lib, offline, pure JS).
 */
import { PDFDocument } from 'pdf-lib';
import type { Case } from '@shared/case/schema';
import type { PdfOptions } from './layout';

export const APP_NAME = 'CX Case';

export interface ReportMetadata {
  title: string;
  author: string | null;
  /** "CX Case 0.1.0": Creator and Producer. */
  creator: string;
  language: string;
}

/** Title "case name — scenario", the case's author, the app and its version. */
export function reportMetadata(c: Case, o: PdfOptions, version: string): ReportMetadata {
  const scenario = (o.scenarioId === null ? c.scenarios[0] : c.scenarios.find((s) => s.id === o.scenarioId)) ?? c.scenarios[0];
  const title = scenario ? `${c.name} — ${scenario.name}` : c.name;
  const author = c.author.trim();
  return { title, author: author === '' ? null : author, creator: `${APP_NAME} ${version}`, language: o.lang };
}

/** Rewrites the document information of a printed report; the pages are left as they are. */
export async function withReportMetadata(bytes: Uint8Array, m: ReportMetadata, now: Date = new Date()): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  if (m.author) doc.setAuthor(m.author);
  doc.setCreator(m.creator);
  doc.setProducer(m.creator);
  doc.setLanguage(m.language);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  return doc.save({ useObjectStreams: false });
}
