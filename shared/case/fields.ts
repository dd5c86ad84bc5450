/**
 * The field builders of the case schema: one message per kind of problem, the limits every
 * document keeps, and what counts as text. shared/case/schema.ts builds the case from these.
 */
import { z } from 'zod';
import { textProblem } from './text';

export const MIN_HORIZON_MONTHS = 12;
export const MAX_HORIZON_MONTHS = 120;
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 5000;
export const MAX_ITEMS = 200;
/** The lowest annual churn a segment may have (0.01%). */
export const MIN_ANNUAL_CHURN = 0.0001;

// ---------- field builders: one message per kind of problem ----------

/** Type errors: "Required" when the field is missing, else what it must be. */
export const typeError = (expected: string) => (iss: { input?: unknown }) => (iss.input === undefined ? 'Required' : expected);

export const finite = () => z.number({ error: typeError('Must be a number') });

/** One of a fixed set of values; the message lists them (zod's default does not say "Required"). */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: typeError(`Must be one of: ${values.join(', ')}`) });

export const flag = () => z.boolean({ error: typeError('Must be true or false') });

/** A fraction shown as a percentage, inclusive range [0, 1] unless told otherwise. */
export const percent = (max = 1) =>
  finite()
    .min(0, { error: 'Must be 0% or more' })
    .max(max, { error: `Must be at most ${Math.round(max * 100)}%` });

/** A haircut: [0, 1). A 100% haircut would erase the line; disable the line instead. */
export const haircut = () =>
  finite().min(0, { error: 'Must be 0% or more' }).lt(1, { error: 'Must be below 100%' });

export const money = () => finite().min(0, { error: 'Must be 0 or more' }).max(1e12, { error: 'Too large' });
export const count = () => finite().min(0, { error: 'Must be 0 or more' }).max(1e10, { error: 'Too large' });
export const minutes = () => finite().min(0, { error: 'Must be 0 or more' }).max(10_000, { error: 'Too large' });

export const startMonth = () =>
  z
    .int({ error: 'Must be a whole month number' })
    .min(1, { error: 'Benefits start in month 1 or later' })
    .max(MAX_HORIZON_MONTHS, { error: `Must be at most month ${MAX_HORIZON_MONTHS}` });

export const rampMonths = () =>
  z
    .int({ error: 'Must be a whole number of months' })
    .min(0, { error: 'Must be 0 or more' })
    .max(MAX_HORIZON_MONTHS, { error: `Must be at most ${MAX_HORIZON_MONTHS} months` });

export const id = () =>
  z
    .string({ error: typeError('Must be text') })
    .min(1, { error: 'Required' })
    .max(64, { error: 'Too long' })
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'Only letters, digits, - and _' });

/**
 * Text that is text: no control characters, no invisible text-direction characters, no lone
 * surrogates (shared/case/text.ts). Single-line strings (names, labels) have no line breaks either;
 * free text keeps newlines and tabs. The message names the character and where it is.
 */
export const singleLine = <T extends z.ZodString>(s: T) =>
  s.refine((v) => textProblem(v, false) === null, { error: (iss) => (typeof iss.input === 'string' ? textProblem(iss.input, false) : null) ?? 'Not valid text' });
export const multiLine = <T extends z.ZodString>(s: T) =>
  s.refine((v) => textProblem(v, true) === null, { error: (iss) => (typeof iss.input === 'string' ? textProblem(iss.input, true) : null) ?? 'Not valid text' });

/**
 * A name: not blank, one line of text. No trimming transform: a valid document parses to an equal document, so the
 * app can keep the objects it validated (their identity is what lets it skip unchanged work).
 */
export const name = () =>
  singleLine(
    z
      .string({ error: typeError('Must be text') })
      .min(1, { error: 'Required', abort: true })
      .max(MAX_NAME_LENGTH, { error: `At most ${MAX_NAME_LENGTH} characters` })
      .refine((s) => s.trim().length > 0, { error: 'Required' }),
  );

/** Optional one-line text (client, author): may be empty. */
export const line = () => singleLine(z.string({ error: typeError('Must be text') }).max(MAX_NAME_LENGTH, { error: `At most ${MAX_NAME_LENGTH} characters` }));

/** Free text (notes, sources): newlines and tabs allowed. */
export const text = () => multiLine(z.string({ error: typeError('Must be text') }).max(MAX_TEXT_LENGTH, { error: `At most ${MAX_TEXT_LENGTH} characters` }));

export const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS, { error: `At most ${MAX_ITEMS} items` });

/** Timing and risk shared by every benefit line (DOMAIN: ramp and haircut). */
export const benefitTiming = {
  startMonth: startMonth(),
  rampMonths: rampMonths(),
  haircut: haircut(),
  enabled: flag(),
  source: text(),
  notes: text(),
};
