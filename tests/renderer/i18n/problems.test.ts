import { describe, expect, it } from 'vitest';
import { blankCase, newCostLine, newSegment } from '@shared/case/factory';
import { parseCase } from '@shared/case/validate';
import { translateProblem } from '@renderer/src/i18n/problems';

/** Bad documents that between them produce the messages a user meets while editing. */
function badDocuments(): unknown[] {
  const base = () => {
    const c = blankCase({ name: 'X', now: '2026-01-01T00:00:00Z' });
    c.scenarios[0]!.segments.push(newSegment('A'));
    c.scenarios[0]!.costLines.push(newCostLine('recurring'));
    return c;
  };
  const edits: ((c: ReturnType<typeof base>) => void)[] = [
    (c) => { c.name = ''; },
    (c) => { c.scenarios[0]!.segments[0]!.customers = -1; },
    (c) => { c.scenarios[0]!.segments[0]!.grossMargin = 2.5; },
    (c) => { c.scenarios[0]!.segments[0]!.annualChurn = 0; },
    (c) => { c.horizonMonths = 6; },
    (c) => { c.horizonMonths = 500; },
    (c) => { c.discountRate = -0.1; },
    (c) => { c.scenarios[0]!.costLines[0]!.month = 0; },
    (c) => { c.scenarios[0]!.costLines[0]!.contingency = 9; },
    (c) => { c.scenarios.push({ ...c.scenarios[0]!, id: 'scn_other' }); },
    (c) => { c.name = 'x'.repeat(300); },
    (c) => { c.scenarios = []; },
    (c) => { (c.scenarios[0]!.segments[0] as { tier: string }).tier = 'gold'; },
    (c) => { (c.scenarios[0]!.segments[0] as { priority: unknown }).priority = 'yes'; },
    (c) => { (c as unknown as Record<string, unknown>)['extra'] = 1; },
    (c) => { c.scenarios[0]!.segments.push({ ...c.scenarios[0]!.segments[0]! }); },
    (c) => { c.scenarios[0]!.segments[0]!.arpu = 1e13; },
    // Pasted into a name: a tab, a text-direction mark, a line break, half an emoji.
    (c) => { c.scenarios[0]!.segments[0]!.name = 'a\tb'; },
    (c) => { c.scenarios[0]!.segments[0]!.name = 'a\u200Fb'; },
    (c) => { c.scenarios[0]!.segments[0]!.name = 'a\nb'; },
    (c) => { c.scenarios[0]!.segments[0]!.name = 'a\uD83D'; },
  ];
  return edits.map((e) => {
    const c = base();
    e(c);
    return JSON.parse(JSON.stringify(c));
  });
}

describe('validation messages in Italian', () => {
  it('every message produced while editing has an Italian form', () => {
    const messages = new Set<string>(['Enter a number']);
    for (const d of badDocuments()) {
      const r = parseCase(d);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const p of r.problems) messages.add(p.message);
    }
    expect(messages.size).toBeGreaterThan(8);
    for (const m of messages) expect(translateProblem(m, 'it'), m).not.toBe(m);
  });

  it('keeps English as it is and passes unknown messages through', () => {
    expect(translateProblem('Required', 'en')).toBe('Required');
    expect(translateProblem('Something new', 'it')).toBe('Something new');
    expect(translateProblem('Must be at most 100%', 'it')).toBe('Deve essere al massimo 100%');
  });
});
