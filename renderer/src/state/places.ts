/**
 * Where things are in the workspace: the steps, the place an edit was made (undo and redo go back
 * there), the fields whose text is not a valid value, and the language the system asks for.
 */
import type { Case } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import { getIn, type Path } from './paths';

export const STEPS = ['segments', 'moments', 'benchmarks', 'revenue', 'costs', 'summary', 'risk', 'compare', 'report'] as const;
export type StepId = (typeof STEPS)[number];

export type Route = { name: 'home' } | { name: 'case'; step: StepId; scenarioIndex: number };

/** Where an edit was made (step, scenario, field key): undoing or redoing it goes back there. */
export interface Place {
  step: StepId;
  scenarioId: string | null;
  /** The field's key (its path joined with dots), when one field made the edit. */
  key: string | null;
}

/**
 * A field whose text is not a valid value: the case keeps its last valid value, and the status bar
 * says which field is not saved and takes the user back to it.
 */
export interface Draft {
  key: string;
  /** The path in the case, when the field has one (a draft whose row is gone is dropped). */
  path: Path | null;
  label: string;
  /** The row it belongs to: the segment, moment, line or competitor name. */
  context: string;
  text: string;
  error: string;
  at: Place;
}

/** The UI language the system asks for: Italian for any Italian locale, otherwise English. */
export function systemLanguage(): Language {
  const langs = typeof navigator === 'undefined' ? [] : [navigator.language, ...(navigator.languages ?? [])];
  return (langs.find((l) => typeof l === 'string' && l !== '') ?? 'en').toLowerCase().startsWith('it') ? 'it' : 'en';
}

/** The row a path points into: the name or label of the deepest list item along it. */
export function contextOf(doc: Case | null, path: Path | null): string {
  if (!doc || !path) return '';
  let found = '';
  for (let k = 1; k < path.length - 1; k++) {
    if (typeof path[k] !== 'number') continue;
    const item = getIn(doc, path.slice(0, k + 1));
    if (typeof item === 'object' && item !== null && k > 1) {
      const named = ('name' in item && typeof item.name === 'string' ? item.name : '') || ('label' in item && typeof item.label === 'string' ? item.label : '');
      if (named) found = named;
    }
  }
  return found;
}

/** "Gross margin, Enterprise; Customers, SMB": the fields that are not saved, for people. */
export function draftNames(drafts: readonly Draft[]): string {
  return drafts.map((d) => (d.context ? `${d.label}, ${d.context}` : d.label)).join('; ');
}

/** The place of an edit made now: the step shown, and the scenario its path points into (else the one shown). */
export function placeOf(route: Route, doc: Case | null, key: string | null, path: Path | null): Place {
  const step = route.name === 'case' ? route.step : 'segments';
  const fromPath = path && path[0] === 'scenarios' && typeof path[1] === 'number' ? path[1] : null;
  const si = fromPath ?? (route.name === 'case' ? route.scenarioIndex : 0);
  return { step, scenarioId: doc?.scenarios[si]?.id ?? null, key };
}

/** The route that shows `at`: its step, and its scenario found by id (the one shown when it is gone). */
export function routeTo(route: Route & { name: 'case' }, doc: Case, at: Place): Route {
  const found = at.scenarioId === null ? -1 : doc.scenarios.findIndex((s) => s.id === at.scenarioId);
  return { name: 'case', step: at.step, scenarioIndex: found >= 0 ? found : route.scenarioIndex };
}
