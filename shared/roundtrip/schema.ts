/**
 * What a round trip through the exported workbook carries, as zod schemas (they are the types too):
 * where an input lives in the case (a path that names items by id, so it survives items added or
 * reordered in the app after the export), what a cell held when it was read back, and the report
 * the app, the CLI and the review screen show.
 */
import { z } from 'zod';

/**
 * The largest workbook taken back (the app sends it base64 through a 48 MB request limit). An export
 * of the largest case the schema allows is a few MB; a far larger file is not one of ours.
 */
export const MAX_WORKBOOK_BYTES = 30 * 1024 * 1024;

/** An array step that names its element instead of counting it: {by:'id', value:'seg-1'}. */
export const SelectorSchema = z.strictObject({ by: z.enum(['id', 'metric', 'competitorId']), value: z.string().max(200) });
export const StablePathSchema = z.array(z.union([z.string().max(100), SelectorSchema])).max(12);
export type Selector = z.infer<typeof SelectorSchema>;
export type StablePath = z.infer<typeof StablePathSchema>;

/** How a cell's content is read: a number, true/false, or one word of a fixed list. */
export const InputTypeSchema = z.enum(['number', 'flag', 'choice', 'text']);
export type InputType = z.infer<typeof InputTypeSchema>;

export const ScalarSchema = z.union([z.number(), z.string(), z.boolean()]);
export type Scalar = z.infer<typeof ScalarSchema>;

/** One input cell as read back from the workbook. */
export const ReadCellSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('value'), value: ScalarSchema }),
  /** A formula finance typed into an input: its cached (computed) value is what is taken. */
  z.strictObject({ kind: z.literal('formula'), formula: z.string(), value: ScalarSchema.nullable() }),
  z.strictObject({ kind: z.literal('empty') }),
  z.strictObject({ kind: z.literal('error'), text: z.string() }),
  /** The defined name is gone or points nowhere (#REF!): its row or sheet was deleted. */
  z.strictObject({ kind: z.literal('missing') }),
]);
export type ReadCell = z.infer<typeof ReadCellSchema>;

/** One input of the workbook: its defined name, where it belongs in the case, what was exported, what came back. */
export const ReadInputSchema = z.strictObject({
  name: z.string(),
  path: StablePathSchema,
  type: InputTypeSchema,
  /** The value the export wrote (null for an empty optional value). */
  exported: ScalarSchema.nullable(),
  /** Sheet and cell the name points at now, e.g. "Assumptions!E12" (empty when missing). */
  cell: z.string(),
  read: ReadCellSchema,
});
export type ReadInput = z.infer<typeof ReadInputSchema>;

export const WorkbookIdentitySchema = z.strictObject({
  formatVersion: z.number().int(),
  caseId: z.string(),
  caseName: z.string(),
  scenarioIds: z.array(z.string()),
  lang: z.enum(['en', 'it']),
});
export type WorkbookIdentity = z.infer<typeof WorkbookIdentitySchema>;

export const STEPS = ['case', 'service', 'segments', 'moments', 'benchmarks', 'revenue', 'savings', 'costs'] as const;
export type Step = (typeof STEPS)[number];

const ScenarioEffectSchema = z.strictObject({ scenarioId: z.string(), scenarioName: z.string(), npvEffect: z.number() });

export const ChangeSchema = z.strictObject({
  /** JSON path as `cxcase validate` prints it: $.scenarios[0].segments[1].annualChurn */
  path: z.string(),
  /** The same path as keys, for applying the change. */
  at: z.array(z.union([z.string().max(100), z.number().int().nonnegative()])).max(12),
  name: z.string(),
  cell: z.string(),
  scenarioId: z.string().nullable(),
  scenarioName: z.string().nullable(),
  step: z.enum(STEPS),
  item: z.string(),
  field: z.string(),
  from: ScalarSchema.nullable(),
  to: ScalarSchema.nullable(),
  /** NPV effect of this change alone, on its scenario (a case-wide input: on the first exported scenario). */
  npvEffect: z.number(),
  /** The same, on every scenario the change moves. */
  npvEffects: z.array(ScenarioEffectSchema),
  /** The formula finance typed into the input, when there is one (its computed value is `to`). */
  formula: z.string().nullable(),
  /** The app's value had also changed since the export: taking this replaces the app's own edit. */
  conflict: z.boolean(),
});
export type Change = z.infer<typeof ChangeSchema>;

export const RefusedSchema = z.strictObject({ path: z.string(), name: z.string(), cell: z.string(), value: z.string(), reason: z.string() });
export type Refused = z.infer<typeof RefusedSchema>;

export const NotImportableSchema = z.strictObject({ where: z.string(), what: z.string() });
export type NotImportable = z.infer<typeof NotImportableSchema>;

export const OverwrittenFormulaSchema = z.strictObject({ sheet: z.string(), cell: z.string(), formula: z.string() });
export type OverwrittenFormula = z.infer<typeof OverwrittenFormulaSchema>;

export const RoundTripReportSchema = z.strictObject({
  identity: WorkbookIdentitySchema,
  changes: z.array(ChangeSchema),
  refused: z.array(RefusedSchema),
  notImportable: z.array(NotImportableSchema),
  overwrittenFormulas: z.array(OverwrittenFormulaSchema),
  /** NPV of each exported scenario now, and with every change listed taken. */
  together: z.array(z.strictObject({ scenarioId: z.string(), scenarioName: z.string(), npvBefore: z.number(), npvAfter: z.number(), npvEffect: z.number() })),
});
export type RoundTripReport = z.infer<typeof RoundTripReportSchema>;
