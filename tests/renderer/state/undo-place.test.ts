/**
 * Undo you can see: undo and redo go back to the scenario and step where the change was made and
 * ask for its field to be focused; an unsaved field's draft is named with its row and goes when its
 * row goes.
 */
import { describe, expect, it } from 'vitest';
import { blankCase, duplicateScenario, newSegment } from '@shared/case/factory';
import type { Case } from '@shared/case/schema';
import { createApi, type Transport } from '@renderer/src/api/client';
import { draftNames, useStore } from '@renderer/src/state/store';

const transport: Transport = {
  kind: 'browser',
  onMenuCommand: () => () => undefined,
  invoke: async (channel) => {
    if (channel === 'cases.save') return { ok: true, data: { updatedAt: new Date().toISOString() } };
    if (channel === 'settings.set') return { ok: true, data: { language: 'en', lastCaseId: null } };
    return { ok: false, error: { code: 'NOT_FOUND', message: 'not in this fake' } };
  },
};

function twoScenarios(): Case {
  const c = blankCase({ name: 'Two', now: '2026-01-01T00:00:00Z' });
  c.scenarios[0]!.segments.push(newSegment('Prepaid'), newSegment('Postpaid'));
  c.scenarios.push(duplicateScenario(c.scenarios[0]!, 'Second'));
  return c;
}

describe('undo you can see', () => {
  it('undo and redo return to the scenario and step of the change and request focus on its field', async () => {
    useStore.setState({ api: createApi(transport), toasts: [] });
    await useStore.getState().adoptCase(twoScenarios());
    const s = useStore.getState();
    s.goStep('moments');
    // An edit in the second scenario, while the first is on screen (e.g. from Compare).
    expect(s.edit(['scenarios', 1, 'segments', 0, 'customers'], 77).ok).toBe(true);
    s.setScenarioIndex(0);
    s.goStep('summary');
    useStore.getState().undo();
    let now = useStore.getState();
    expect(now.doc?.scenarios[1]!.segments[0]!.customers).not.toBe(77);
    expect(now.route).toEqual({ name: 'case', step: 'moments', scenarioIndex: 1 });
    expect(now.focusRequest?.key).toBe('scenarios.1.segments.0.customers');
    const seq = now.focusRequest?.seq ?? 0;
    now.setScenarioIndex(0);
    now.goStep('costs');
    useStore.getState().redo();
    now = useStore.getState();
    expect(now.doc?.scenarios[1]!.segments[0]!.customers).toBe(77);
    expect(now.route).toEqual({ name: 'case', step: 'moments', scenarioIndex: 1 });
    expect(now.focusRequest?.seq).toBeGreaterThan(seq);
  });

  it('a draft names its field and row, and goes when its row is deleted', async () => {
    useStore.setState({ api: createApi(transport), toasts: [] });
    await useStore.getState().adoptCase(twoScenarios());
    const s = useStore.getState();
    s.setDraft({ key: 'scenarios.0.segments.1.grossMargin', path: ['scenarios', 0, 'segments', 1, 'grossMargin'], label: 'Gross margin', context: 'Postpaid', text: '5o', error: 'Enter a number' });
    expect(draftNames(useStore.getState().drafts)).toBe('Gross margin, Postpaid');
    expect(useStore.getState().drafts[0]?.at.step).toBe('segments');
    s.change((d) => {
      d.scenarios[0]!.segments.pop();
      return d;
    });
    expect(useStore.getState().drafts).toEqual([]);
  });
});
