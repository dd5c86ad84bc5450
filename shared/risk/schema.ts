/**
 * The risk register as stored in the case document: the Monte Carlo seed and trial count, and the
 * ranges the user set (low, high, owner, confidence, source with URL and date), each keyed by scenario
 * id and assumption key (shared/risk/assumptions.ts). Assumptions without a stored range get the
 * default range (shared/risk/defaults.ts); nothing here is a computed figure.
 */
import { z } from 'zod';
import { choice, finite, id, line } from '../case/fields';
import { MAX_SEED } from './prng';

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export const DEFAULT_TRIALS = 10_000;
export const MIN_TRIALS = 100;
export const MAX_TRIALS = 100_000;
/** Enough for every assumption of the largest scenario the schema allows a user to build by hand. */
export const MAX_RANGES = 5000;

export const RiskRangeSchema = z
  .strictObject({
    scenarioId: id(),
    /** The assumption's key, e.g. "moments.m-faq.deflectionRate". */
    key: z.string({ error: 'Must be text' }).min(1, { error: 'Required' }).max(300, { error: 'Too long' }).regex(/^[A-Za-z0-9_.-]+$/, { error: 'Only letters, digits, ., - and _' }),
    low: finite(),
    high: finite(),
    owner: line(),
    confidence: choice(CONFIDENCES).nullable(),
    sourceUrl: line(),
    /** The day the source was read or published, YYYY-MM-DD, or empty. */
    sourceDate: z.union([z.literal(''), z.iso.date({ error: 'Must be a date like 2026-01-31' })]),
  })
  .refine((r) => r.low <= r.high, { error: 'Low must not be above high', path: ['high'] });

export const RiskSchema = z.strictObject({
  seed: z.int({ error: 'Must be a whole number' }).min(0, { error: 'Must be 0 or more' }).max(MAX_SEED, { error: `Must be at most ${MAX_SEED}` }),
  trials: z.int({ error: 'Must be a whole number' }).min(MIN_TRIALS, { error: `Must be at least ${MIN_TRIALS}` }).max(MAX_TRIALS, { error: `Must be at most ${MAX_TRIALS}` }),
  ranges: z.array(RiskRangeSchema).max(MAX_RANGES, { error: `At most ${MAX_RANGES} ranges` }),
});

export type RiskRange = z.infer<typeof RiskRangeSchema>;
export type Risk = z.infer<typeof RiskSchema>;
export type Confidence = (typeof CONFIDENCES)[number];

/** A seed every case can start with, derived from its id so two cases do not share one stream. */
export function seedFromId(caseId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < caseId.length; i++) h = Math.imul(h ^ caseId.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

export function emptyRisk(caseId: string): Risk {
  return { seed: seedFromId(caseId), trials: DEFAULT_TRIALS, ranges: [] };
}
