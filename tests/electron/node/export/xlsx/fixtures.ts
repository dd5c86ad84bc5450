/** Hand-built cases for the Excel export tests: every kind of line, and user text that looks like formulas. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCxcaseText } from '@shared/case/cxcase-file';
import { blankCase, blankScenario, newCompetitor, newCostLine, newMoment, newRevenueLine, newSavingLine, newSegment } from '@shared/case/factory';
import type { Case, Scenario } from '@shared/case/schema';
import { parseCase } from '@shared/case/validate';

/** Text a spreadsheet would take for a formula if it were written carelessly (the list). */
export const INJECTIONS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(A1)'] as const;

function valid(c: Case): Case {
  const r = parseCase(c);
  if (!r.ok) throw new Error(`fixture is not a valid case: ${JSON.stringify(r.problems)}`);
  return r.value;
}

function fullScenario(name: string, tweak = 1): Scenario {
  const s = blankScenario(name, 'USD');
  const a = { ...newSegment('Enterprise'), customers: 400, arpu: 24_000 * tweak, annualChurn: 0.12, contactsPerCustomerYear: 20 };
  const b = { ...newSegment('SMB'), customers: 5_000, arpu: 1_800, annualChurn: 0.3, cac: 0 };
  s.segments = [a, b];
  s.moments = [
    { ...newMoment('Password reset'), automatable: true, deflectionRate: 0.35, aiResolutionRate: 0.6, volumeMode: 'absolute', volume: 900 },
    { ...newMoment('Billing question'), automatable: true, deflectionRate: 0.2, aiResolutionRate: 0.5, volumeMode: 'share', volume: 0.25, satisfaction: 0.7 },
    { ...newMoment('Cancellation'), automatable: true, protected: true, intent: 'retention_risk', volume: 120 },
  ];
  const comp = newCompetitor('Rival Inc');
  s.competitors = [comp];
  s.metrics = [{ metric: 'nps', ours: 21, market: 30, target: 35, competitors: [{ competitorId: comp.id, value: 40 }], source: 'Survey 2025' }];
  const ret = { ...newRevenueLine('retention', a.id), startMonth: 2, rampMonths: 4 };
  const sat = { ...newRevenueLine('retention', b.id), churnReductionMode: 'satisfaction' as const, dissatisfiedNow: 0.3, dissatisfiedTarget: 0.2, rampMonths: 0 };
  s.revenueLines = [ret, sat, newRevenueLine('expansion', a.id), { ...newRevenueLine('acquisition'), enabled: tweak === 1 }];
  s.savingLines = [
    { ...newSavingLine('deflection'), startMonth: 3 },
    { ...newSavingLine('ai'), rampMonths: 9 },
    newSavingLine('handleTime'),
    { ...newSavingLine('escalation'), haircut: 0 },
  ];
  s.costLines = [
    newCostLine('oneOff'),
    { ...newCostLine('oneOff'), month: 7, label: 'Training' },
    newCostLine('recurring'),
    { ...newCostLine('recurring'), month: 13, amount: 900, enabled: tweak === 1 },
  ];
  return s;
}

let rich: Case | null = null;

/** Two scenarios with every kind of line, ramps, haircuts, a satisfaction-driven ρ, disabled lines (the same document on every call). */
export function richCase(): Case {
  rich ??= buildRichCase();
  return structuredClone(rich);
}

function buildRichCase(): Case {
  const c = blankCase({ name: 'Acme support case', client: 'Acme', author: 'Ada Analyst', currency: 'EUR', now: '2026-02-03T10:00:00Z' });
  c.horizonMonths = 30;
  c.scenarios = [fullScenario('Base'), fullScenario('Optimistic', 1.2)];
  return valid(c);
}

/** Every piece of user text set to something a spreadsheet could mistake for a formula. */
export function injectionCase(): Case {
  const c = richCase();
  const [x0, x1, x2, x3] = INJECTIONS;
  c.name = x0;
  c.client = x1;
  c.author = x2;
  c.notes = x3;
  c.scenarios.forEach((s, i) => {
    s.name = INJECTIONS[i] ?? `S${i}`;
    s.notes = x0;
    s.segments.forEach((g, k) => {
      g.name = INJECTIONS[k % INJECTIONS.length] ?? '';
      g.notes = x1;
    });
    s.moments.forEach((m, k) => {
      m.name = INJECTIONS[(k + 1) % INJECTIONS.length] ?? '';
      m.notes = x2;
    });
    s.competitors.forEach((comp) => {
      comp.name = x3;
      comp.notes = x0;
    });
    s.metrics.forEach((m) => (m.source = x1));
    [...s.revenueLines, ...s.savingLines, ...s.costLines].forEach((l, k) => {
      l.label = INJECTIONS[k % INJECTIONS.length] ?? '';
      l.source = x2;
      l.notes = x3;
    });
  });
  // Scenario names must differ (ignoring case): the first two injections already do.
  return valid(c);
}

const SAMPLES_DIR = join(__dirname, '../../../../../resources/samples');

/** The shipped sample cases, by file name without extension: the parity tests run each of them. */
export function samples(): { name: string; c: Case }[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.cxcase'))
    .sort()
    .map((f) => {
      const r = parseCxcaseText(readFileSync(join(SAMPLES_DIR, f), 'utf8'));
      if (!r.ok) throw new Error(`sample ${f} does not parse: ${r.message}`);
      return { name: f.replace('.cxcase', ''), c: r.value.case };
    });
}
