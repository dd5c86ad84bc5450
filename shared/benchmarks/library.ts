/**
 * The benchmark library: published figures with value or range, unit, source and year. The data
 * lives once, in resources/benchmarks/benchmarks.json; this module validates and indexes it.
 */
import { z } from 'zod';
import data from '../../resources/benchmarks/benchmarks.json';

const Label = z.strictObject({ en: z.string(), it: z.string() });

export const FigureSchema = z.strictObject({
  id: z.string(),
  label: Label,
  value: z.number(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  typicalLow: z.number().optional(),
  typicalHigh: z.number().optional(),
  unit: z.string(),
  source: z.string(),
  /** The source in Italian, where its wording is not a proper name. */
  sourceIt: z.string().optional(),
  year: z.number().int().nullable(),
  seed: z.string(),
});

export type Figure = z.infer<typeof FigureSchema>;

export const LibrarySchema = z.object({ figures: z.array(FigureSchema) });

export const FIGURES: readonly Figure[] = LibrarySchema.parse(data).figures;

const byId = new Map(FIGURES.map((f) => [f.id, f]));

export type FigureId =
  | 'costPerContactSelfService'
  | 'costPerContactAssisted'
  | 'supportSpendShare'
  | 'deflectionRate'
  | 'aiResolutionRate'
  | 'churnReduction12m'
  | 'expansionUplift'
  | 'paybackMonth'
  | 'haircut'
  | 'discountRate'
  | 'automationThreshold';

export function figure(id: FigureId): Figure {
  const f = byId.get(id);
  if (!f) throw new Error(`Benchmark figure ${id} is missing from resources/benchmarks/benchmarks.json`);
  return f;
}

/** "Gartner 2024" or "Seed article 001", in the reader's language. */
export function citation(f: Figure, lang: 'en' | 'it' = 'en'): string {
  const source = lang === 'it' && f.sourceIt ? f.sourceIt : f.source;
  return f.year ? `${source} ${f.year}` : source;
}
