/**
 * The app state (zustand). The open case document is always valid: every edit is applied to a
 * copy, validated with the shared schema, and only then committed — so results and saves never
 * see a bad value. Edits are undoable and autosaved within a second.
 */
import { create } from 'zustand';
import type { Case } from '@shared/case/schema';
import type { Problem } from '@shared/case/validate';
import type { AppInfo, CaseSummary, Language, SampleInfo } from '@shared/contract/api';
import type { AppError } from '@shared/contract/result';
import type { Api } from '../api/client';
import i18n from '../i18n';
import { getIn, pathKey, reuseUnchanged, setIn, type Path } from './paths';
import { isValidAfterScenarioEdit, isValidCase } from './validity';
import { draftNames, placeOf, routeTo, systemLanguage, type Draft, type Place, type Route, type StepId } from './places';

export { STEPS, contextOf, draftNames, systemLanguage, type Draft, type Place, type Route, type StepId } from './places';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  kind: 'info' | 'error';
  /** Stays until dismissed (things the user must read, such as what opening the database found). */
  sticky?: boolean;
}

export type EditOutcome = { ok: true } | { ok: false; problems: Problem[] };

/** One step of the undo history: the document before (or after) an edit, and where that edit was made. */
type HistoryEntry = { doc: Case; at: Place };

/** Autosave: quiet period after the last edit, and the longest an edit may wait (a crash loses at most this). */
export const SAVE_DEBOUNCE_MS = 300;
export const SAVE_MAX_WAIT_MS = 1000;
const UNDO_LIMIT = 200;
/** After a failed save, try again this often while the case stays open. */
const SAVE_RETRY_MS = 3000;
/** Keystrokes into the same field within this window are one undo step. */
const COALESCE_MS = 1500;

interface State {
  api: Api | null;
  info: AppInfo | null;
  language: Language;
  route: Route;
  cases: CaseSummary[];
  samples: SampleInfo[];
  query: string;
  doc: Case | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  lastEdit: { key: string; at: number } | null;
  saveState: SaveState;
  saveError: string | null;
  /** The stored case's updatedAt this window last saw (sent with each save to detect other writers). */
  savedAt: string | null;
  toasts: Toast[];
  busy: boolean;
  /** Fields whose text is not a valid value (not in the case, so not saved). */
  drafts: Draft[];
  /** A field the workspace should bring into view and focus (undo, redo, a new row, the status link). */
  focusRequest: { key: string; seq: number } | null;
}

interface Actions {
  init: (api: Api) => Promise<void>;
  setLanguage: (lang: Language) => Promise<void>;
  refreshCases: (query?: string) => Promise<void>;
  goHome: () => Promise<void>;
  goStep: (step: StepId) => void;
  setScenarioIndex: (i: number) => void;
  openCase: (id: string) => Promise<void>;
  /** A case whose stored record is damaged (CASE_DAMAGED): restore its newest readable version and open it. */
  restoreDamaged: (id: string) => Promise<void>;
  adoptCase: (c: Case) => Promise<void>;
  /** A restored version replaces the open document (undoable, already saved by the main side). */
  adoptRestored: (c: Case) => void;
  edit: (path: Path, value: unknown) => EditOutcome;
  change: (recipe: (doc: Case) => unknown, key?: string) => EditOutcome;
  undo: () => void;
  redo: () => void;
  flushSave: () => Promise<boolean>;
  /** Saves what is pending; if that fails, says so and answers false (the caller must not drop the case). */
  ensureSaved: () => Promise<boolean>;
  /** After a conflict: drop this window's unsaved edits and load the stored (newest) case. */
  reopenNewest: () => Promise<void>;
  toast: (t: Omit<Toast, 'id'>) => void;
  dismissToast: (id: number) => void;
  reportError: (e: AppError) => void;
  setDraft: (d: Omit<Draft, 'at'>) => void;
  clearDraft: (key: string) => void;
  /** Focuses a field by key (after going to `at`, when given). */
  requestFocus: (key: string, at?: Place) => void;
  /** The place the user is at now, for a draft or an edit. */
  here: (key: string | null, path?: Path | null) => Place;
}

export type Store = State & Actions;

let saveTimer: ReturnType<typeof setTimeout> | null = null;
let firstPendingAt = 0;
let saving: Promise<boolean> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let toastSeq = 1;
let focusSeq = 1;

export const useStore = create<Store>()((set, get) => {
  function scheduleSave(): void {
    const now = Date.now();
    if (get().saveState !== 'pending') firstPendingAt = now;
    set({ saveState: 'pending' });
    if (saveTimer) clearTimeout(saveTimer);
    const wait = Math.max(0, Math.min(SAVE_DEBOUNCE_MS, firstPendingAt + SAVE_MAX_WAIT_MS - now));
    saveTimer = setTimeout(() => void get().flushSave(), wait);
  }

  function scheduleRetry(): void {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (get().saveState === 'error') void get().flushSave();
    }, SAVE_RETRY_MS);
  }

  function commit(next: Case, key: string | null, path: Path | null): void {
    const { doc, past, lastEdit } = get();
    if (!doc) return;
    const now = Date.now();
    const coalesce = key !== null && lastEdit !== null && lastEdit.key === key && now - lastEdit.at < COALESCE_MS;
    // A draft whose row is gone (deleted, or the list changed under it) has no field left to fix.
    const drafts = get().drafts.filter((d) => d.path === null || getIn(next, d.path) !== undefined);
    set({
      doc: next,
      past: coalesce ? past : [...past, { doc, at: get().here(key, path) }].slice(-UNDO_LIMIT),
      future: [],
      lastEdit: key === null ? null : { key, at: now },
      drafts,
    });
    scheduleSave();
  }

  /** Undo and redo take the user to where the change was made, and focus its field. */
  function goTo(at: Place): void {
    const { route, doc } = get();
    if (route.name !== 'case' || !doc) return;
    set({ route: routeTo(route, doc, at) });
    if (at.key !== null) set({ focusRequest: { key: at.key, seq: focusSeq++ }, drafts: get().drafts.filter((d) => d.key !== at.key) });
  }

  function validate(candidate: unknown, key: string | null, scenarioEdit?: { before: Case; index: number }, path: Path | null = null): EditOutcome {
    const problems: Problem[] = [];
    const valid = (x: unknown): x is Case => (scenarioEdit ? isValidAfterScenarioEdit(x, scenarioEdit.before, scenarioEdit.index, problems) : isValidCase(x, problems));
    if (!valid(candidate)) return { ok: false, problems };
    // Commit the candidate itself, not zod's copy: untouched rows and scenarios keep their identity,
    // so memoised views and per-scenario results are reused (the schema has no transforms).
    commit(candidate, key, path);
    return { ok: true };
  }

  return {
    api: null,
    info: null,
    language: systemLanguage(),
    route: { name: 'home' },
    cases: [],
    samples: [],
    query: '',
    doc: null,
    past: [],
    future: [],
    lastEdit: null,
    saveState: 'saved',
    saveError: null,
    savedAt: null,
    toasts: [],
    busy: false,
    drafts: [],
    focusRequest: null,

    init: async (api) => {
      set({ api });
      const [info, settings, samples] = await Promise.all([api.call('app.info', {}), api.call('settings.get', {}), api.call('samples.list', {})]);
      if (info.ok) {
        set({ info: info.data });
        for (const message of info.data.notices) get().toast({ kind: 'info', message, sticky: true });
      }
      // No stored choice yet (first start): follow the system's language.
      if (settings.ok) set({ language: settings.data.language ?? systemLanguage() });
      if (samples.ok) set({ samples: samples.data });
      await get().refreshCases('');
      if (settings.ok && settings.data.lastCaseId) await get().openCase(settings.data.lastCaseId);
    },

    setLanguage: async (language) => {
      set({ language });
      await get().api?.call('settings.set', { language });
    },

    refreshCases: async (query) => {
      const api = get().api;
      if (!api) return;
      const q = query ?? get().query;
      set({ query: q });
      const r = await api.call('cases.list', { query: q });
      if (r.ok) set({ cases: r.data });
      else get().reportError(r.error);
    },

    goHome: async () => {
      const drafts = get().drafts;
      if (drafts.length > 0 && !window.confirm(i18n.t('trust.leaveWithInvalid', { count: drafts.length, fields: draftNames(drafts) }))) return;
      if (!(await get().ensureSaved())) return;
      set({ route: { name: 'home' }, doc: null, past: [], future: [], lastEdit: null, drafts: [] });
      await get().api?.call('settings.set', { lastCaseId: null });
      await get().refreshCases();
    },

    goStep: (step) => {
      const r = get().route;
      if (r.name === 'case') set({ route: { ...r, step } });
    },

    setScenarioIndex: (i) => {
      const r = get().route;
      if (r.name === 'case') set({ route: { ...r, scenarioIndex: i } });
    },

    openCase: async (id) => {
      const api = get().api;
      if (!api) return;
      if (!(await get().ensureSaved())) return;
      const r = await api.call('cases.open', { id });
      if (!r.ok) {
        if (r.error.code !== 'CASE_DAMAGED') return get().reportError(r.error);
        // Only this case is unreadable: say so in the user's language and offer its newest readable version.
        const name = get().cases.find((c) => c.id === id)?.name ?? '';
        get().toast({ kind: 'error', sticky: true, message: i18n.t('damaged.message', { name }), action: { label: i18n.t('damaged.restore'), run: () => void get().restoreDamaged(id) } });
        return;
      }
      await get().adoptCase(r.data);
    },

    restoreDamaged: async (id) => {
      const api = get().api;
      if (!api) return;
      const name = get().cases.find((c) => c.id === id)?.name ?? '';
      const list = await api.call('versions.list', { caseId: id });
      if (!list.ok) return get().reportError(list.error);
      // Newest first; a version that is damaged too is skipped (the store refuses it and writes nothing).
      for (const v of list.data) {
        const r = await api.call('versions.restore', { caseId: id, versionId: v.id });
        if (r.ok) {
          get().toast({ kind: 'info', message: i18n.t('damaged.restored', { name, date: v.createdAt.slice(0, 16).replace('T', ' ') }) });
          await get().adoptCase(r.data);
          await get().refreshCases();
          return;
        }
        if (r.error.code !== 'VERSION_DAMAGED') return get().reportError(r.error);
      }
      get().toast({ kind: 'error', sticky: true, message: i18n.t('damaged.noVersion', { name }) });
    },

    adoptCase: async (c) => {
      set({ doc: c, past: [], future: [], lastEdit: null, drafts: [], saveState: 'saved', saveError: null, savedAt: c.updatedAt, route: { name: 'case', step: 'segments', scenarioIndex: 0 } });
      await get().api?.call('settings.set', { lastCaseId: c.id });
    },

    adoptRestored: (c) => {
      const { doc, past } = get();
      set({ doc: c, past: doc ? [...past, { doc, at: get().here(null) }].slice(-UNDO_LIMIT) : past, future: [], lastEdit: null, drafts: [], saveState: 'saved', savedAt: c.updatedAt });
    },

    edit: (path, value) => {
      const doc = get().doc;
      if (!doc) return { ok: false, problems: [] };
      const [head, index] = path;
      const inScenario = head === 'scenarios' && typeof index === 'number' && path.length > 2;
      return validate(setIn(doc, path, value), pathKey(path), inScenario ? { before: doc, index } : undefined, path);
    },

    change: (recipe, key) => {
      const doc = get().doc;
      if (!doc) return { ok: false, problems: [] };
      // Recipes may mutate the clone they get; unchanged parts then get their old identity back.
      return validate(reuseUnchanged(recipe(structuredClone(doc)), doc), key ?? null);
    },

    undo: () => {
      const { doc, past, future } = get();
      const prev = past[past.length - 1];
      if (!doc || !prev) return;
      set({ doc: prev.doc, past: past.slice(0, -1), future: [{ doc, at: prev.at }, ...future], lastEdit: null });
      goTo(prev.at);
      scheduleSave();
    },

    redo: () => {
      const { doc, past, future } = get();
      const next = future[0];
      if (!doc || !next) return;
      set({ doc: next.doc, past: [...past, { doc, at: next.at }], future: future.slice(1), lastEdit: null });
      goTo(next.at);
      scheduleSave();
    },

    flushSave: async () => {
      if (saveTimer) {
        clearTimeout(saveTimer);
        saveTimer = null;
      }
      // Wait out every save in flight (another caller may start one while we wait).
      while (saving) await saving;
      const { api, doc, saveState } = get();
      if (saveState === 'conflict') return false;
      if (!api || !doc || (saveState !== 'pending' && saveState !== 'error')) return true;
      set({ saveState: 'saving' });
      saving = (async () => {
        const r = await api.call('cases.save', { case: doc, expectedUpdatedAt: get().savedAt });
        // Edits made while saving stay pending and are saved next.
        const stillSame = get().doc === doc;
        if (r.ok) set({ saveState: stillSame ? 'saved' : 'pending', saveError: null, savedAt: r.data.updatedAt });
        else if (r.error.code === 'CONFLICT') {
          // Another window saved this case: saving over it would erase that change. Stop and say so.
          set({ saveState: 'conflict', saveError: r.error.message });
          get().toast({ kind: 'error', message: r.error.message, action: { label: i18n.t('save.reopen'), run: () => void get().reopenNewest() } });
          return false;
        } else set({ saveState: 'error', saveError: r.error.message });
        if (r.ok && !stillSame) scheduleSave();
        // A failed save is retried (the edits stay in memory and on screen meanwhile).
        if (!r.ok) scheduleRetry();
        return r.ok;
      })();
      const ok = await saving;
      saving = null;
      return ok;
    },

    reopenNewest: async () => {
      const { api, doc, route } = get();
      if (!api || !doc) return;
      const r = await api.call('cases.open', { id: doc.id });
      if (!r.ok) return get().reportError(r.error);
      const si = route.name === 'case' ? route.scenarioIndex : 0;
      await get().adoptCase(r.data);
      get().setScenarioIndex(Math.min(si, r.data.scenarios.length - 1));
    },

    ensureSaved: async () => {
      if (await get().flushSave()) return true;
      get().toast({ kind: 'error', message: i18n.t('save.blocked', { message: get().saveError ?? '' }) });
      return false;
    },

    toast: (t) => {
      const id = toastSeq++;
      set({ toasts: [...get().toasts, { ...t, id }] });
      if (!t.sticky) setTimeout(() => get().dismissToast(id), t.action ? 10_000 : 5_000);
    },

    dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),

    reportError: (e) => get().toast({ kind: 'error', message: e.message }),

    setDraft: (d) => {
      const old = get().drafts.find((x) => x.key === d.key);
      const draft: Draft = { ...d, at: old?.at ?? get().here(d.key, d.path) };
      set({ drafts: old ? get().drafts.map((x) => (x.key === d.key ? draft : x)) : [...get().drafts, draft] });
    },

    clearDraft: (key) => {
      if (get().drafts.some((d) => d.key === key)) set({ drafts: get().drafts.filter((d) => d.key !== key) });
    },

    requestFocus: (key, at) => {
      const { route, doc } = get();
      if (at && route.name === 'case' && doc) set({ route: routeTo(route, doc, at) });
      set({ focusRequest: { key, seq: focusSeq++ } });
    },

    here: (key, path = null) => placeOf(get().route, get().doc, key, path),
  };
});

/** The scenario the workspace shows. */
export function currentScenarioIndex(s: Store): number {
  return s.route.name === 'case' ? Math.min(s.route.scenarioIndex, (s.doc?.scenarios.length ?? 1) - 1) : 0;
}
