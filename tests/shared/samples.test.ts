/** The sample cases shipped in resources/samples: valid, listed, and telling a sensible story. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseText } from '@shared/case/validate';
import { computeCase } from '@shared/engine/compute';
import { describeFlag } from '@shared/engine/flags';

const dir = join(__dirname, '..', '..', 'resources', 'samples');
interface Entry {
  id: string;
  file: string;
  name: { en: string; it: string };
  description: { en: string; it: string };
}
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { samples: Entry[] };

function load(file: string) {
  const r = parseCaseText(readFileSync(join(dir, file), 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
  return r.value;
}

describe('sample cases', () => {
  it('the index lists every sample file once, with names and descriptions in English and Italian', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.cxcase')).sort();
    expect(index.samples.map((s) => s.file).sort()).toEqual(files);
    expect(files).toEqual(['b2b-software.cxcase', 'online-retailer.cxcase']);
    expect(new Set(index.samples.map((s) => s.id)).size).toBe(index.samples.length);
    for (const s of index.samples) {
      expect(s.file).toBe(`${s.id}.cxcase`);
      for (const text of [s.name.en, s.name.it, s.description.en, s.description.it]) expect(text.trim().length).toBeGreaterThan(3);
    }
  });

  for (const file of ['b2b-software.cxcase', 'online-retailer.cxcase']) {
    describe(file, () => {
      const c = load(file);
      const results = computeCase(c);

      it('is rich: several segments, moments across intents, competitors, every kind of line', () => {
        for (const s of c.scenarios) {
          expect(s.segments.length).toBeGreaterThanOrEqual(4);
          expect(s.moments.length).toBeGreaterThanOrEqual(6);
          expect(new Set(s.moments.map((m) => m.intent)).size).toBeGreaterThanOrEqual(5);
          expect(s.moments.some((m) => m.protected && m.intent === 'retention_risk')).toBe(true);
          expect(s.moments.some((m) => m.protected && m.intent === 'onboarding')).toBe(true);
          expect(s.moments.some((m) => m.automatable && m.intent === 'billing')).toBe(true);
          expect(s.competitors.length).toBeGreaterThanOrEqual(2);
          expect(s.metrics.map((m) => m.metric).sort()).toEqual(['aht', 'ces', 'csat', 'fcr', 'frt', 'nps']);
          expect(s.metrics.every((m) => m.target !== null)).toBe(true);
          const kinds = new Set([...s.revenueLines, ...s.savingLines, ...s.costLines].map((l) => l.kind));
          for (const k of ['retention', 'expansion', 'acquisition', 'deflection', 'ai', 'handleTime', 'escalation', 'oneOff', 'recurring']) expect(kinds).toContain(k);
        }
        expect(c.scenarios.length).toBeGreaterThanOrEqual(2);
      });

      it('names the published sources it relies on', () => {
        const sources = [c.notes, ...c.scenarios.flatMap((s) => [...s.revenueLines, ...s.savingLines].map((l) => l.source))].join('\n');
        // As a client would cite them: publisher and year, an article by its title, practitioners' reports.
        for (const cited of ['Gartner (2024)', 'Reesonance, “Ripensare il customer service a partire dalla generazione di valore”', '“Business case di customer experience: 5 semplici passi”'])
          expect(sources.includes(cited), cited).toBe(true);
      });

      it('pays back in base: positive NPV, payback within the first 18 months, no credibility flag', () => {
        const base = results[0];
        expect(base?.scenarioName).toBe('Base');
        expect(base?.npv).toBeGreaterThan(0);
        expect(base?.roi).toBeGreaterThan(0);
        expect(base?.paybackMonth).toBeGreaterThanOrEqual(9);
        expect(base?.paybackMonth).toBeLessThanOrEqual(18);
        expect(base?.flags.map((f) => describeFlag(f))).toEqual([]);
      });

      it('orders its scenarios: the cautious one below base, the optimistic one above', () => {
        const [base, cautious, optimistic] = results;
        expect(cautious?.npv).toBeLessThan(base?.npv ?? 0);
        expect(optimistic?.npv).toBeGreaterThan(base?.npv ?? 0);
        expect(cautious?.npv).toBeGreaterThan(0);
        // At most the one justified flag of an optimistic scenario (an early payback).
        for (const r of results) expect(r.flags.filter((f) => f.figureId !== 'paybackMonth')).toEqual([]);
      });
    });
  }

  it('the retailer is Italian and in euro; the software company in dollars', () => {
    expect(load('online-retailer.cxcase')).toMatchObject({ currency: 'EUR', locale: 'it-IT' });
    expect(load('b2b-software.cxcase')).toMatchObject({ currency: 'USD', locale: 'en-US' });
  });
});
