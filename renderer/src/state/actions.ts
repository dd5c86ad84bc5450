/** User actions that span the API and the store: exports and imports, from buttons or the native menu. */
import { decodeCaseFileBytes, MAX_CXCASE_BYTES } from '@shared/case/cxcase-file';
import i18n from '../i18n';
import { deliverFile } from '../api/files';
import { currentScenarioIndex, useStore } from './store';

export type ExportKind = 'xlsx' | 'pdf' | 'cxcase';

/**
 * Exports the open case: Excel or PDF (every scenario with their comparison, or only the scenario
 * shown; a PDF is always about the scenario shown), or the .cxcase file.
 */
export async function exportOpenCase(kind: ExportKind, scope: 'all' | 'scenario' = 'all'): Promise<void> {
  const s = useStore.getState();
  const { api, doc, language, info } = s;
  if (!api || !doc) return;
  // Export what is on screen: if it cannot be saved first, export nothing and say why.
  if (!(await s.ensureSaved())) return;
  const scenarioId = doc.scenarios[currentScenarioIndex(s)]?.id ?? null;
  const r =
    kind === 'cxcase'
      ? await api.call('export.cxcase', { caseId: doc.id })
      : kind === 'xlsx'
        ? await api.call('export.xlsx', { caseId: doc.id, scenarioId: scope === 'scenario' ? scenarioId : null, lang: language })
        : await api.call('export.pdf', { caseId: doc.id, scenarioId, scenarios: scope === 'scenario' ? 'one' : 'all', lang: language });
  if (!r.ok) return s.toast({ kind: 'error', message: r.error.message });
  const d = await deliverFile(api, info?.nativeDialogs ?? false, r.data);
  if (d.ok) s.toast({ kind: 'info', message: i18n.t('caseBar.exported', { name: r.data.fileName }) });
  else if (d.message) s.toast({ kind: 'error', message: d.message });
}

/** Imports a .cxcase file's text as a new case and lists it. */
export async function importCaseText(fileName: string, text: string): Promise<void> {
  const s = useStore.getState();
  if (!s.api) return;
  const r = await s.api.call('cases.import', { fileName, text });
  if (!r.ok) {
    const detail = r.error.problems?.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ');
    return s.toast({ kind: 'error', message: i18n.t('home.importFailed', { message: detail ? `${r.error.message} ${detail}` : r.error.message }) });
  }
  s.toast({ kind: 'info', message: i18n.t('home.imported', { name: r.data.name }) });
  if (s.route.name === 'home') await s.refreshCases();
}

/**
 * Browser mode: a file the user picked. Refused before it is read if it is over 20 MB, and read as
 * strict UTF-8 (bytes that are not UTF-8 are refused, not replaced), the same rules as the desktop
 * app and the command line.
 */
export async function importCaseFile(file: File): Promise<void> {
  const s = useStore.getState();
  const refuse = (message: string) => s.toast({ kind: 'error', message: i18n.t('home.importFailed', { message: `${file.name} ${message}.` }) });
  if (file.size > MAX_CXCASE_BYTES) return refuse(`is larger than ${MAX_CXCASE_BYTES / 1048576} MB, so it cannot be a CX Case file`);
  const d = decodeCaseFileBytes(new Uint8Array(await file.arrayBuffer()));
  if (!d.ok) return refuse(d.message);
  await importCaseText(file.name, d.text);
}

/** Electron: the main side's open dialog picks the file (the renderer never names a path). */
export async function importViaDialog(): Promise<void> {
  const s = useStore.getState();
  if (!s.api) return;
  const r = await s.api.call('file.openCase', {});
  if (!r.ok) return s.reportError(r.error);
  if (r.data) await importCaseText(r.data.fileName, r.data.text);
}
