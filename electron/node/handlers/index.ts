/**
 * The handler table: one plain function per contract channel. Electron IPC and the loopback server
 * are two thin transports over this same table. Inputs arrive already validated by `dispatch`;
 * every handler answers with a `Result` and never throws on bad input.
 */
import type { Case } from '@shared/case/schema';
import type { AppInfo, FilePayload, Language, ReturnedWorkbook } from '@shared/contract/api';
import type { ScenarioScope } from '@shared/contract/report';
import type { Handlers } from '@shared/contract/dispatch';
import { fail, ok, type Result } from '@shared/contract/result';
import { readRoundTrip, WorkbookReadError } from '../roundtrip/index';
import type { SampleCatalog } from '../samples';
import { fileNameFor, type CaseStore } from '../storage';
import { TicketJobs } from '../tickets/jobs';
import { ticketHandlers } from './tickets';

/** Produces a file's bytes from a saved case; the exporters are injected so each shell picks its printer. */
export interface Exporters {
  xlsx: (c: Case, o: { scenarioIds: string[] | null; lang: Language }) => Promise<Uint8Array>;
  pdf: (c: Case, o: { scenarioId: string | null; scenarios: ScenarioScope; lang: Language }) => Promise<Uint8Array>;
}

/** Native dialogs, where the shell has them (Electron). The renderer never names a path. */
export interface Dialogs {
  saveFile: (file: FilePayload) => Promise<boolean>;
  /** The chosen file's text; `error` when it could not be read as a case file (too large, not a file, not UTF-8). */
  openCaseFile: () => Promise<{ fileName: string; text: string } | { fileName: string; error: string } | null>;
  /** The chosen workbook's bytes (base64); `error` when it could not be read (too large, not a file). */
  openWorkbookFile: () => Promise<ReturnedWorkbook | { fileName: string; error: string } | null>;
  /** The chosen ticket export's path (it stays on the main side), or null when cancelled. */
  openTicketExport: () => Promise<string | null>;
  /** The renderer's answer when the window is closing: it has saved everything (proceed) or not. */
  closeWindow: (proceed: boolean) => void;
}

export interface HandlerDeps {
  store: CaseStore;
  samples: SampleCatalog;
  exporters: Exporters;
  dialogs: Dialogs | null;
  info: AppInfo;
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

function payload(fileName: string, mime: string, bytes: Uint8Array): FilePayload {
  return { fileName, mime, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

function scenarioSuffix(c: Case, scenarioId: string | null): string {
  const s = scenarioId === null ? null : c.scenarios.find((x) => x.id === scenarioId);
  return s ? ` - ${s.name}` : '';
}

async function withCase<T>(store: CaseStore, id: string, fn: (c: Case) => Promise<Result<T>>): Promise<Result<T>> {
  const r = store.openCase(id);
  return r.ok ? fn(r.data) : r;
}

/** An exporter's failure is told to the user with its reason; nothing was written anywhere. */
async function exporting(what: string, make: () => Promise<Uint8Array>): Promise<Result<Uint8Array>> {
  try {
    return ok(await make());
  } catch (e) {
    console.error(`[cxcase] ${what} export failed:`, e);
    const reason = e instanceof Error ? e.message : String(e);
    return fail('EXPORT_FAILED', `The ${what} could not be made: ${reason.slice(0, 300)}. Nothing was saved.`);
  }
}

function checkScenario(c: Case, scenarioId: string | null): Result<null> {
  return scenarioId === null || c.scenarios.some((s) => s.id === scenarioId) ? ok(null) : fail('NOT_FOUND', 'That scenario is not in this case.');
}

export function createHandlers(d: HandlerDeps): Handlers {
  const { store } = d;
  const dialogs = d.dialogs;
  return {
    ...ticketHandlers(new TicketJobs(), dialogs ? () => dialogs.openTicketExport() : null),
    'app.info': () => ok(d.info),
    'samples.list': () => ok(d.samples.list()),
    'cases.list': ({ query }) => store.listCases({ query }),
    'cases.trash': () => store.listCases({ trash: true }),
    'cases.create': (input) => store.createCase(input),
    'cases.createFromSample': ({ sampleId }) => {
      const s = d.samples.load(sampleId);
      return s.ok ? store.createCaseFrom(s.data) : s;
    },
    'cases.open': ({ id }) => store.openCase(id),
    'cases.save': ({ case: c, expectedUpdatedAt }) => store.saveCase(c, expectedUpdatedAt ?? undefined),
    'cases.rename': ({ id, name }) => store.renameCase(id, name),
    'cases.duplicate': ({ id }) => store.duplicateCase(id),
    'cases.delete': ({ id }) => store.trashCase(id),
    'cases.restore': ({ id }) => store.restoreCase(id),
    'cases.deleteForGood': ({ id }) => store.purgeCase(id),
    'cases.emptyTrash': ({ ids }) => store.emptyTrash(ids),
    'cases.import': ({ text }) => {
      const r = store.importCxcaseText(text);
      return r.ok ? ok(r.data.summary) : r;
    },
    'versions.list': ({ caseId }) => store.listVersions(caseId),
    'versions.snapshot': ({ caseId, label }) => store.createSnapshot(caseId, label),
    'versions.restore': ({ caseId, versionId }) => store.restoreVersion(caseId, versionId),
    'settings.get': () => store.getSettings(),
    'settings.set': (patch) => store.updateSettings(patch),
    'export.cxcase': ({ caseId }) => store.exportCxcaseFile(caseId),
    'export.xlsx': ({ caseId, scenarioId, lang }) =>
      withCase(store, caseId, async (c) => {
        const chk = checkScenario(c, scenarioId);
        if (!chk.ok) return chk;
        const bytes = await exporting('Excel workbook', () => d.exporters.xlsx(c, { scenarioIds: scenarioId === null ? null : [scenarioId], lang }));
        return bytes.ok ? ok(payload(fileNameFor(c.name + scenarioSuffix(c, scenarioId), 'xlsx'), MIME.xlsx, bytes.data)) : bytes;
      }),
    'export.pdf': ({ caseId, scenarioId, scenarios, lang }) =>
      withCase(store, caseId, async (c) => {
        const chk = checkScenario(c, scenarioId);
        if (!chk.ok) return chk;
        const bytes = await exporting('PDF report', () => d.exporters.pdf(c, { scenarioId, scenarios, lang }));
        // Only a one-scenario report is named after its scenario, as a one-scenario workbook is.
        return bytes.ok ? ok(payload(fileNameFor(c.name + scenarioSuffix(c, scenarios === 'one' ? scenarioId : null), 'pdf'), MIME.pdf, bytes.data)) : bytes;
      }),
    'file.save': async ({ file }) => {
      if (!d.dialogs) return fail('NOT_SUPPORTED', 'Saving through a dialog is only available in the desktop app.');
      return ok({ saved: await d.dialogs.saveFile(file) });
    },
    'app.closeWindow': ({ proceed }) => {
      if (!d.dialogs) return fail('NOT_SUPPORTED', 'Only the desktop app has a window to close.');
      d.dialogs.closeWindow(proceed);
      return ok({});
    },
    'file.openCase': async () => {
      if (!d.dialogs) return fail('NOT_SUPPORTED', 'Opening through a dialog is only available in the desktop app.');
      const r = await d.dialogs.openCaseFile();
      if (r && 'error' in r) return fail('INVALID_FILE', r.error);
      return ok(r);
    },
    'file.openWorkbook': async () => {
      if (!d.dialogs) return fail('NOT_SUPPORTED', 'Opening through a dialog is only available in the desktop app.');
      const r = await d.dialogs.openWorkbookFile();
      if (r && 'error' in r) return fail('INVALID_FILE', r.error);
      return ok(r);
    },
    'roundtrip.read': ({ caseId, workbook }) =>
      withCase(store, caseId, async (c) => {
        try {
          return ok(await readRoundTrip(c, new Uint8Array(Buffer.from(workbook.base64, 'base64'))));
        } catch (e) {
          if (e instanceof WorkbookReadError) return fail('INVALID_FILE', `${workbook.fileName}: ${e.message}`);
          throw e;
        }
      }),
  };
}
