/** Settings (language, last case, window state) and user-added benchmark figures. */
import { z } from 'zod';
import type { Settings } from '@shared/contract/api';
import { SettingsSchema } from '@shared/contract/api';
import { fail, ok, type Result } from '@shared/contract/result';
import { FIGURES, FigureSchema, type Figure } from '@shared/benchmarks/library';
import { MAX_NAME_LENGTH } from '@shared/case/schema';
import { problemsFromIssues } from '@shared/case/validate';
import { notFound } from './errors';
import { invalid, type StoreCore } from './store-core';

export const DEFAULT_SETTINGS: Settings = { language: null, lastCaseId: null };

export const WindowStateSchema = z.strictObject({
  x: z.int().min(-100_000).max(100_000),
  y: z.int().min(-100_000).max(100_000),
  width: z.int().min(100).max(100_000),
  height: z.int().min(100).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** User-added benchmark figures: the library's shape, with bounded text, and ids that cannot shadow a shipped figure. */
const LIBRARY_IDS = new Set(FIGURES.map((f) => f.id));
const short = z.string().max(MAX_NAME_LENGTH, { error: `At most ${MAX_NAME_LENGTH} characters` });
export const UserFigureSchema = FigureSchema.extend({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Only letters, digits, - and _ (at most 64)' })
    .refine((id) => !LIBRARY_IDS.has(id), { error: 'A shipped benchmark figure already has this id' }),
  label: z.strictObject({ en: short, it: short }),
  unit: short,
  source: z.strictObject({ en: short, it: short }),
});

export function getSettings(store: StoreCore): Result<Settings> {
  return store.run(() => {
    const out: Settings = { ...DEFAULT_SETTINGS };
    const lang = readSetting(store, 'language', SettingsSchema.shape.language);
    if (lang !== undefined) out.language = lang;
    const last = readSetting(store, 'lastCaseId', SettingsSchema.shape.lastCaseId);
    if (last !== undefined) out.lastCaseId = last;
    return ok(out);
  });
}

export function updateSettings(store: StoreCore, patch: unknown): Result<Settings> {
  return store.run(() => {
    const r = SettingsSchema.partial().strict().safeParse(patch);
    if (!r.success) return invalid('The settings were not saved.', problemsFromIssues(r.error.issues));
    store.tx(() => {
      for (const [k, v] of Object.entries(r.data)) if (v !== undefined) store.st.putSetting.run(k, JSON.stringify(v));
    });
    return getSettings(store);
  });
}

export function getWindowState(store: StoreCore): Result<WindowState | null> {
  return store.run(() => ok(readSetting(store, 'windowState', WindowStateSchema) ?? null));
}

export function setWindowState(store: StoreCore, state: unknown): Result<WindowState> {
  return store.run(() => {
    const r = WindowStateSchema.safeParse(state);
    if (!r.success) return invalid('The window position was not saved.', problemsFromIssues(r.error.issues));
    store.tx(() => store.st.putSetting.run('windowState', JSON.stringify(r.data)));
    return ok(r.data);
  });
}

/** A setting that is unreadable or invalid falls back to its default: settings are not worth refusing to start over. */
function readSetting<T>(store: StoreCore, key: string, schema: z.ZodType<T>): T | undefined {
  const row = store.st.getSetting.get(key);
  if (!row) return undefined;
  try {
    const r = schema.safeParse(JSON.parse(row.value));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

// ------------------------------------------------------------------ user benchmark figures

/** User-added figures; a stored figure that fails validation is left in place but not returned. */
export function listFigures(store: StoreCore): Result<Figure[]> {
  return store.run(() =>
    ok(
      store.st.figures.all().flatMap((r) => {
        try {
          const f = UserFigureSchema.safeParse(JSON.parse(r.doc));
          return f.success ? [f.data] : [];
        } catch {
          return [];
        }
      }),
    ),
  );
}

export function saveFigure(store: StoreCore, figure: unknown): Result<Figure> {
  return store.run(() => {
    const r = UserFigureSchema.safeParse(figure);
    if (!r.success) return invalid('The benchmark figure was not saved.', problemsFromIssues(r.error.issues));
    const now = store.nowIso();
    store.tx(() => store.st.putFigure.run(r.data.id, JSON.stringify(r.data), now, now));
    return ok(r.data);
  });
}

export function deleteFigure(store: StoreCore, id: unknown): Result<Record<string, never>> {
  return store.run(() => {
    if (typeof id !== 'string') return fail('INVALID_INPUT', 'The figure is not a valid id.');
    return store.tx(() => store.st.deleteFigure.run(id).changes) === 1 ? ok({}) : notFound('This benchmark figure');
  });
}
