/**
 * Composes what both shells run: the store, the samples, the exporters and the handler table.
 * Electron main and the browser-mode server differ only in the dialogs and the PDF printer they pass.
 */
import type { AppInfo } from '@shared/contract/api';
import type { Handlers } from '@shared/contract/dispatch';
import { buildWorkbook } from './export/xlsx';
import { createHandlers, type Dialogs, type Exporters } from './handlers';
import { sampleCatalog } from './samples';
import { defaultDatabasePath, openStore, type CaseStore, type OpenError, type OpenNotice } from './storage';

export interface ServicesOptions {
  dataDir: string;
  resourcesDir: string;
  mode: AppInfo['mode'];
  version: string;
  dialogs: Dialogs | null;
  printPdf: Exporters['pdf'];
  nativeBinding?: string;
}

export type ServicesResult =
  | { ok: true; handlers: Handlers; store: CaseStore; notices: OpenNotice[] }
  | { ok: false; error: OpenError };

export async function createAppServices(o: ServicesOptions): Promise<ServicesResult> {
  const opened = await openStore({
    path: defaultDatabasePath(o.dataDir),
    privateFolder: true,
    nativeBinding: o.nativeBinding,
    app: { name: 'CX Case', version: o.version },
  });
  if (!opened.ok) return opened;
  const handlers = createHandlers({
    store: opened.store,
    samples: sampleCatalog(o.resourcesDir),
    exporters: {
      xlsx: (c, x) => buildWorkbook(c, { scenarioIds: x.scenarioIds, lang: x.lang, appVersion: o.version }),
      pdf: o.printPdf,
    },
    dialogs: o.dialogs,
    info: {
      version: o.version,
      mode: o.mode,
      dataDir: o.dataDir,
      nativeDialogs: o.dialogs !== null,
      notices: opened.notices.filter((n) => n.code !== 'CREATED').map((n) => n.message),
    },
  });
  return { ok: true, handlers, store: opened.store, notices: opened.notices };
}
