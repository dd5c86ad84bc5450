/**
 * The difference between a case and the inputs read back from its workbook, in the engine's own
 * terms: which values finance changed (against what was exported, so the app's own later edits are
 * never mistaken for finance's), which the case schema refuses and why, and what each change does
 * to NPV alone and all of them together. Pure: the workbook was read elsewhere.
 */
import { CaseSchema, type Case } from '../case/schema';
import { problemsFromIssues } from '../case/validate';
import { computeScenario } from '../engine/compute';
import { coerce, type Lang } from './parse';
import { describePath, jsonPath, resolvePath, scalarAt, setAt } from './paths';
import type { Change, NotImportable, ReadInput, Refused, RoundTripReport, Scalar, WorkbookIdentity } from './schema';

type Key = string | number;

/** Equal as inputs: numbers within 1e-12 relative (a spreadsheet's last-digit noise is no edit). */
export function sameValue(a: Scalar | null | undefined, b: Scalar | null | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function shown(v: Scalar | null): string {
  return v === null ? '' : String(v);
}

/** Why the schema refuses this case, preferring the problem at `at` itself. */
function refusal(c: Case, at: readonly Key[]): string | null {
  const r = CaseSchema.safeParse(c);
  if (r.success) return null;
  const problems = problemsFromIssues(r.error.issues);
  const here = jsonPath(at);
  const own = problems.find((p) => p.path === here);
  const first = own ?? problems[0];
  return first ? (own ? first.message : `${first.path}: ${first.message}`) : 'Refused by the case schema';
}

function npvOf(c: Case, index: number): number {
  const s = c.scenarios[index];
  return s ? computeScenario(c, s, index).npv : 0;
}

export interface DiffResult extends Pick<RoundTripReport, 'changes' | 'refused' | 'together'> {
  notImportable: NotImportable[];
}

export function diffInputs(c: Case, identity: WorkbookIdentity, inputs: readonly ReadInput[]): DiffResult {
  const lang: Lang = identity.lang;
  const changes: Change[] = [];
  const refused: Refused[] = [];
  const notImportable: NotImportable[] = [];
  const exportedIdx = identity.scenarioIds.map((id) => c.scenarios.findIndex((s) => s.id === id)).filter((i) => i >= 0);
  const baseNpv = new Map(exportedIdx.map((i) => [i, npvOf(c, i)]));

  for (const x of inputs) {
    const where = x.cell || x.name;
    const at = resolvePath(c, x.path);
    // Refusals name the case path `validate` prints, or the defined name when the item is gone.
    const refusedAt = at ? jsonPath(at) : x.name;
    if (x.read.kind === 'missing') {
      notImportable.push({ where: x.name, what: 'The cell of this input was deleted (its defined name points nowhere), so its value cannot come back' });
      continue;
    }
    if (x.read.kind === 'error') {
      refused.push({ path: refusedAt, name: x.name, cell: where, value: x.read.text, reason: `The cell shows the error ${x.read.text}` });
      continue;
    }
    let value: Scalar | null;
    const formula = x.read.kind === 'formula' ? x.read.formula : null;
    if (x.read.kind === 'empty') value = null;
    else if (x.read.value === null) {
      refused.push({ path: refusedAt, name: x.name, cell: where, value: formula ? `=${formula}` : '', reason: 'The formula in this input has no computed value saved with the workbook' });
      continue;
    } else {
      const k = coerce(x.type, x.read.value, lang, x.path);
      if (!k.ok) {
        refused.push({ path: refusedAt, name: x.name, cell: where, value: String(x.read.value), reason: k.reason });
        continue;
      }
      value = k.value;
    }
    if (sameValue(value, x.exported)) {
      if (formula) notImportable.push({ where, what: `A formula (=${formula}) was typed into the input ${x.name}; its value is unchanged and the formula itself stays in the workbook only` });
      continue;
    }
    if (!at) {
      notImportable.push({ where, what: `${x.name} belongs to an item no longer in the case` });
      continue;
    }
    const from = scalarAt(c, at);
    if (sameValue(value, from)) continue;
    const path = jsonPath(at);
    const alone = setAt(c, at, value);
    const why = refusal(alone, at);
    if (why) {
      const reason = value === null ? `The value was deleted in the workbook; this input needs one (${why})` : why;
      refused.push({ path, name: x.name, cell: where, value: formula ? `=${formula} → ${shown(value)}` : shown(value), reason });
      continue;
    }
    const place = describePath(c, at);
    const moved = place.scenarioIndex === null ? exportedIdx : [place.scenarioIndex];
    const npvEffects = moved.map((i) => ({
      scenarioId: c.scenarios[i]?.id ?? '',
      scenarioName: c.scenarios[i]?.name ?? '',
      npvEffect: npvOf(alone, i) - (baseNpv.get(i) ?? npvOf(c, i)),
    }));
    const scenario = place.scenarioIndex === null ? null : c.scenarios[place.scenarioIndex];
    changes.push({
      path,
      at,
      name: x.name,
      cell: where,
      scenarioId: scenario?.id ?? null,
      scenarioName: scenario?.name ?? null,
      step: place.step,
      item: place.item,
      field: place.field,
      from,
      to: value,
      npvEffect: npvEffects[0]?.npvEffect ?? 0,
      npvEffects,
      formula,
      conflict: !sameValue(from, x.exported),
    });
  }

  // Together: taken in order; one that only fails beside the others is refused with that reason.
  let all = c;
  const kept: Change[] = [];
  for (const ch of changes) {
    const next = setAt(all, ch.at, ch.to);
    const why = refusal(next, ch.at);
    if (why) refused.push({ path: ch.path, name: ch.name, cell: ch.cell, value: shown(ch.to), reason: `Not valid together with the other changes: ${why}` });
    else {
      all = next;
      kept.push(ch);
    }
  }
  const together = exportedIdx.map((i) => {
    const before = baseNpv.get(i) ?? 0;
    const after = npvOf(all, i);
    return { scenarioId: c.scenarios[i]?.id ?? '', scenarioName: c.scenarios[i]?.name ?? '', npvBefore: before, npvAfter: after, npvEffect: after - before };
  });
  return { changes: kept, refused, notImportable, together };
}

/** The case with the given changes taken, or the schema's reason when they cannot all be. */
export function applyChanges(c: Case, changes: readonly Pick<Change, 'at' | 'to'>[]): { ok: true; value: Case } | { ok: false; reason: string } {
  let next = c;
  for (const ch of changes) next = setAt(next, ch.at, ch.to);
  const r = CaseSchema.safeParse(next);
  if (!r.success) {
    const p = problemsFromIssues(r.error.issues)[0];
    return { ok: false, reason: p ? `${p.path}: ${p.message}` : 'Refused by the case schema' };
  }
  return { ok: true, value: r.data };
}
