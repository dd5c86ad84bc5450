/**
 * The one contract between the renderer and the main side: each channel maps an input schema to
 * an output schema. The Electron preload, the IPC wiring, the loopback server and the renderer's
 * client are all generated from this table, and both ends validate against it — no casts.
 *
 * The renderer never names a file path: files come and go through dialogs the main side opens
 * (Electron) or through the browser's own file input and downloads (browser mode).
 */
import { z } from 'zod';
import { MAX_CXCASE_BYTES } from '../case/cxcase-file';
import { CaseSchema, CURRENCIES, LOCALES, MAX_NAME_LENGTH, singleLine } from '../case/schema';
import { ScenarioScopeSchema } from './report';
import { MAX_WORKBOOK_BYTES, RoundTripReportSchema } from '../roundtrip/schema';
import { ticketChannels } from './tickets';

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const Name = singleLine(z.string().trim().min(1, { error: 'Required' }).max(MAX_NAME_LENGTH, { error: `At most ${MAX_NAME_LENGTH} characters` }));
const Empty = z.strictObject({});

export const LANGUAGES = ['en', 'it'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const CaseSummarySchema = z.strictObject({
  id: Id,
  name: z.string(),
  client: z.string(),
  updatedAt: z.string(),
  scenarioCount: z.number().int(),
  deletedAt: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const SampleInfoSchema = z.strictObject({
  id: Id,
  name: z.strictObject({ en: z.string(), it: z.string() }),
  description: z.strictObject({ en: z.string(), it: z.string() }),
});
export type SampleInfo = z.infer<typeof SampleInfoSchema>;

export const VersionInfoSchema = z.strictObject({
  id: z.number().int(),
  createdAt: z.string(),
  kind: z.enum(['auto', 'named']),
  label: z.string().nullable(),
});
export type VersionInfo = z.infer<typeof VersionInfoSchema>;

export const SettingsSchema = z.strictObject({
  /** null until the user picks one: the renderer then follows the system's language. */
  language: LanguageSchema.nullable(),
  lastCaseId: Id.nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A file produced on the main side, handed to a save dialog (Electron) or a download (browser). */
export const FilePayloadSchema = z.strictObject({
  fileName: z.string().min(1).max(255).regex(/^[^/\\:*?"<>|\0]+$/, { error: 'Not a plain file name' }),
  mime: z.string().max(100),
  base64: z.string(),
});
export type FilePayload = z.infer<typeof FilePayloadSchema>;

export const AppInfoSchema = z.strictObject({
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  /** Whether native file dialogs exist (Electron); otherwise the browser's file input and downloads. */
  nativeDialogs: z.boolean(),
  /** What opening the database found that the user must know (leftover files kept, a migration, a failed backup). */
  notices: z.array(z.string()),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** A workbook's bytes, base64, with the name it had on the user's disk (for messages and the version label). */
export const ReturnedWorkbookSchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  base64: z.string().max(Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4, { error: `This file is larger than ${MAX_WORKBOOK_BYTES / 1048576} MB, so it cannot be an exported workbook.` }),
});
export type ReturnedWorkbook = z.infer<typeof ReturnedWorkbookSchema>;

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'app.info': channel(Empty, AppInfoSchema),
  'samples.list': channel(Empty, z.array(SampleInfoSchema)),
  'cases.list': channel(z.strictObject({ query: z.string().max(200) }), z.array(CaseSummarySchema)),
  'cases.trash': channel(Empty, z.array(CaseSummarySchema)),
  'cases.create': channel(
    z.strictObject({
      name: Name,
      client: z.string().max(MAX_NAME_LENGTH),
      author: z.string().max(MAX_NAME_LENGTH),
      currency: z.enum(CURRENCIES),
      locale: z.enum(LOCALES),
    }),
    CaseSchema,
  ),
  'cases.createFromSample': channel(z.strictObject({ sampleId: Id }), CaseSchema),
  'cases.open': channel(z.strictObject({ id: Id }), CaseSchema),
  /** Autosave: the whole edited document; the main side validates and stores it in one transaction. */
  'cases.save': channel(
    // expectedUpdatedAt: the case's updatedAt this window last saw; a different stored one is a CONFLICT.
    z.strictObject({ case: CaseSchema, expectedUpdatedAt: z.string().max(64).nullable() }),
    z.strictObject({ updatedAt: z.string() }),
  ),
  'cases.rename': channel(z.strictObject({ id: Id, name: Name }), CaseSummarySchema),
  'cases.duplicate': channel(z.strictObject({ id: Id }), CaseSummarySchema),
  'cases.delete': channel(z.strictObject({ id: Id }), Empty),
  'cases.restore': channel(z.strictObject({ id: Id }), Empty),
  /** Deletes for good a case in the trash (NOT_IN_TRASH otherwise), with its scenarios and versions. */
  'cases.deleteForGood': channel(z.strictObject({ id: Id }), Empty),
  /** Deletes for good the cases the user saw in the trash, all or none (NOT_IN_TRASH if one was restored since). */
  'cases.emptyTrash': channel(z.strictObject({ ids: z.array(Id).max(100_000) }), z.strictObject({ deleted: z.number().int().nonnegative() })),
  /** Import a .cxcase file's text (browser file input, or after the Electron open dialog). Always a new case. */
  'cases.import': channel(
    z.strictObject({ fileName: z.string().max(255), text: z.string().max(MAX_CXCASE_BYTES, { error: 'This file is larger than 20 MB, so it cannot be a CX Case file.' }) }),
    CaseSummarySchema,
  ),
  'versions.list': channel(z.strictObject({ caseId: Id }), z.array(VersionInfoSchema)),
  'versions.snapshot': channel(z.strictObject({ caseId: Id, label: Name }), VersionInfoSchema),
  'versions.restore': channel(z.strictObject({ caseId: Id, versionId: z.number().int() }), CaseSchema),
  'settings.get': channel(Empty, SettingsSchema),
  'settings.set': channel(SettingsSchema.partial().strict(), SettingsSchema),
  'export.cxcase': channel(z.strictObject({ caseId: Id }), FilePayloadSchema),
  'export.xlsx': channel(z.strictObject({ caseId: Id, scenarioId: Id.nullable(), lang: LanguageSchema }), FilePayloadSchema),
  'export.pdf': channel(z.strictObject({ caseId: Id, scenarioId: Id.nullable(), scenarios: ScenarioScopeSchema, lang: LanguageSchema }), FilePayloadSchema),
  /** Electron only: a save dialog for a produced file. Browser mode downloads instead. */
  'file.save': channel(z.strictObject({ file: FilePayloadSchema }), z.strictObject({ saved: z.boolean() })),
  /** Electron only: the answer to a 'prepareClose' menu command — close now (all saved), or stay open. */
  'app.closeWindow': channel(z.strictObject({ proceed: z.boolean() }), Empty),
  /** Electron only: an open dialog for a .cxcase file; null when cancelled. */
  'file.openCase': channel(Empty, z.strictObject({ fileName: z.string(), text: z.string() }).nullable()),
  /** Electron only: an open dialog for a workbook that came back (.xlsx); null when cancelled. */
  'file.openWorkbook': channel(Empty, ReturnedWorkbookSchema.nullable()),
  /** A workbook exported from this stored case, as it came back: what changed, what cannot come back. Nothing is written. */
  'roundtrip.read': channel(z.strictObject({ caseId: Id, workbook: ReturnedWorkbookSchema }), RoundTripReportSchema),
  /** The ticket-export wizard (shared/contract/tickets.ts): pick, start, push (browser), status, cancel. */
  ...ticketChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<K extends Channel> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
export type Output<K extends Channel> = z.output<Contract[K]['output']>;

/**
 * The same table, typed per channel: indexing it with a generic channel K gives K's own schemas,
 * which is what lets the dispatcher and the client stay free of casts. The assignment is checked
 * key by key against `contract`.
 */
export const typedContract: { [K in Channel]: { input: z.ZodType<ParsedInput<K>>; output: z.ZodType<Output<K>> } } = contract;

export const CHANNELS = Object.keys(contract).filter((k): k is Channel => k in contract);

export function isChannel(x: unknown): x is Channel {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(contract, x);
}

/** Events the main side pushes to the renderer (menu commands). */
export const MENU_COMMANDS = [
  'newCase',
  'openSample',
  'importCase',
  'exportCase',
  'exportXlsx',
  'exportXlsxScenario',
  'exportPdf',
  'exportPdfScenario',
  'undo',
  'redo',
  'showDataLocation',
  'about',
  /** The window is closing: save what is pending, then answer with app.closeWindow. */
  'prepareClose',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
