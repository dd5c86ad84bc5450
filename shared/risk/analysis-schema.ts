/**
 * The zod schema of a RiskAnalysis (shared/risk/analyse.ts), for an analysis that crosses a process
 * boundary as JSON: the PDF printers compute it on the Node side (or take it from the analysis
 * cache) and hand it to the print page, which validates it before drawing a figure. Every number
 * must be finite (zod 4's z.number() refuses NaN and ±Infinity; JSON would have turned them into
 * null, which is refused too), so no NaN reaches the printed page through this path.
 */
import { z } from 'zod';
import type { RiskAnalysis } from './analyse';

const num = () => z.number();
const maybe = () => z.number().nullable();

const PercentilesSchema = z.strictObject({ p10: num(), p50: num(), p90: num(), mean: num() });

export const RiskAnalysisSchema = z.strictObject({
  seed: z.int().min(0),
  trials: z.int().min(1),
  npv: PercentilesSchema,
  roi: PercentilesSchema.nullable(),
  paybackMonth: z.strictObject({ p10: maybe(), p50: maybe(), p90: maybe(), mean: maybe(), shareWithin: num().min(0).max(1) }),
  probabilityPositive: num().min(0).max(1),
  tornado: z.array(
    z.strictObject({
      key: z.string(),
      path: z.string(),
      label: z.string(),
      low: num(),
      likely: num(),
      high: num(),
      npvLow: num(),
      npvHigh: num(),
      swing: num(),
      paybackLow: maybe(),
      paybackHigh: maybe(),
      paybackSwing: num(),
    }),
  ),
  breakEven: z.array(z.strictObject({ key: z.string(), path: z.string(), label: z.string(), likely: num(), value: maybe(), distance: maybe() })),
  histogram: z.array(z.strictObject({ from: num(), to: num(), count: z.int().min(0) })),
  sCurve: z.array(z.strictObject({ p: num().min(0).max(1), value: num() })),
});

// The schema and the type must describe the same object: a field added to one and not the other fails here.
type Parsed = z.infer<typeof RiskAnalysisSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<Parsed, RiskAnalysis> = true;
void sameShape;
