/**
 * The benchmark library: published figures with value or range, unit, source and year. The data
 * lives once, in resources/benchmarks/benchmarks.json; this module validates and indexes it.
 */
import { z } from 'zod';
import data from '@resources/benchmarks/benchmarks.json';

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
  /** The year of the figure's publication, where known (also part of the citation). */
  year: z.number().int().nullable(),
  /**
   * The citation a reader can look up, in each language: the primary publisher, title and year;
   * an article by its title and date; or "practitioners' rule of thumb".
   */
  source: Label,
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

/** The figure's source as a client would cite it, in the reader's language. */
export function citation(f: Figure, lang: 'en' | 'it' = 'en'): string {
  return f.source[lang];
}
