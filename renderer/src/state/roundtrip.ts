/**
 * The round trip in the app: a workbook that came back from finance is read against the stored
 * case (the main side does the reading; the renderer never names a file), and the changes the user
 * ticks are taken as ONE undoable step, after a named version "Before edits from <file>" is saved.
 */
import type { ReturnedWorkbook } from '@shared/contract/api';
import { applyChanges } from '@shared/roundtrip/diff';
import { MAX_WORKBOOK_BYTES, type Change, type RoundTripReport } from '@shared/roundtrip/schema';
import { bytesToBase64 } from '../api/files';
import i18n from '../i18n';
import { useStore } from './store';

export interface OpenReport {
  fileName: string;
  report: RoundTripReport;
}

async function read(workbook: ReturnedWorkbook): Promise<OpenReport | null> {
  const s = useStore.getState();
  const { api, doc } = s;
  if (!api || !doc) return null;
  // Read against what is stored: save what is on screen first.
  if (!(await s.ensureSaved())) return null;
  const r = await api.call('roundtrip.read', { caseId: doc.id, workbook });
  if (!r.ok) {
    s.toast({ kind: 'error', message: i18n.t('roundtrip.failed', { message: r.error.message }) });
    return null;
  }
  return { fileName: workbook.fileName, report: r.data };
}

/** Browser mode: a file the user picked with the file input. */
export async function readWorkbookFile(file: File): Promise<OpenReport | null> {
  if (file.size > MAX_WORKBOOK_BYTES) {
    useStore.getState().toast({ kind: 'error', message: i18n.t('roundtrip.failed', { message: i18n.t('roundtrip.tooLarge', { name: file.name, mb: MAX_WORKBOOK_BYTES / 1048576 }) }) });
    return null;
  }
  return read({ fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
}

/** Electron: the main side's open dialog picks the workbook. */
export async function readWorkbookViaDialog(): Promise<OpenReport | null> {
  const s = useStore.getState();
  if (!s.api) return null;
  const r = await s.api.call('file.openWorkbook', {});
  if (!r.ok) {
    s.reportError(r.error);
    return null;
  }
  return r.data ? read(r.data) : null;
}

/** Saves the named version, then takes the ticked changes as one undoable edit. True when taken. */
export async function takeChanges(open: OpenReport, chosen: readonly Change[]): Promise<boolean> {
  const s = useStore.getState();
  const { api, doc } = s;
  if (!api || !doc || chosen.length === 0) return false;
  if (!(await s.ensureSaved())) return false;
  const label = i18n.t('roundtrip.version', { name: open.fileName }).slice(0, 200);
  const snap = await api.call('versions.snapshot', { caseId: doc.id, label });
  if (!snap.ok) {
    s.reportError(snap.error);
    return false;
  }
  const next = applyChanges(doc, chosen);
  if (!next.ok) {
    s.toast({ kind: 'error', message: i18n.t('roundtrip.failed', { message: next.reason }) });
    return false;
  }
  const r = s.change(() => next.value);
  if (!r.ok) return false;
  s.toast({ kind: 'info', message: i18n.t('roundtrip.taken', { count: chosen.length, name: open.fileName }) });
  return true;
}
