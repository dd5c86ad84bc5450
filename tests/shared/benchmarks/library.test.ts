/** The benchmark library: the published figures of DOMAIN.md, each with its source. */
import { describe, expect, it } from 'vitest';
import { citation, figure, FIGURES } from '@shared/benchmarks/library';

describe('benchmark library', () => {
  it('holds the published figures with their values and sources', () => {
    expect(figure('costPerContactSelfService')).toMatchObject({ value: 1.84, unit: 'USD', year: 2024 });
    expect(figure('costPerContactAssisted')).toMatchObject({ value: 13.5, unit: 'USD', year: 2024 });
    expect(figure('supportSpendShare').value).toBe(0.007);
    expect(figure('deflectionRate')).toMatchObject({ high: 0.4, typicalLow: 0.25, typicalHigh: 0.3 });
    expect(figure('aiResolutionRate').high).toBe(0.8);
    expect(figure('churnReduction12m')).toMatchObject({ typicalLow: 0.2, typicalHigh: 0.3 });
    expect(figure('paybackMonth')).toMatchObject({ low: 9, high: 12 });
    expect(figure('automationThreshold').value).toBe(20);
  });

  it('every figure has a unique id, labels in English and Italian, a source, and a range that contains its value', () => {
    expect(new Set(FIGURES.map((f) => f.id)).size).toBe(FIGURES.length);
    for (const f of FIGURES) {
      expect(f.label.en.length, f.id).toBeGreaterThan(3);
      expect(f.label.it.length, f.id).toBeGreaterThan(3);
      expect(f.source.en.length, f.id).toBeGreaterThan(2);
      expect(f.source.it.length, f.id).toBeGreaterThan(2);
      // A source names its year where it has one, so the citation stands on its own.
      if (f.year !== null) expect(f.source.en, f.id).toContain(String(f.year));
      if (f.low !== null) expect(f.value, f.id).toBeGreaterThanOrEqual(f.low);
      if (f.high !== null) expect(f.value, f.id).toBeLessThanOrEqual(f.high);
    }
  });

  it('cites a figure as a client would look it up: publisher, title and year; an article by title and date; a rule of thumb called so', () => {
    expect(citation(figure('costPerContactAssisted'))).toBe('Gartner (2024), “Benchmarks to Assess Your Customer Service Costs”');
    expect(citation(figure('paybackMonth'))).toBe('Reesonance, “Ripensare il customer service a partire dalla generazione di valore”, 29 Oct 2025');
    expect(citation(figure('paybackMonth'), 'it')).toBe('Reesonance, “Ripensare il customer service a partire dalla generazione di valore”, 29 ottobre 2025');
    expect(citation(figure('automationThreshold'))).toBe('Practitioners’ rule of thumb');
    expect(citation(figure('automationThreshold'), 'it')).toBe('Regola pratica degli addetti ai lavori');
    expect(citation(figure('haircut'))).toBe('Forrester Total Economic Impact (TEI) practice');
  });
});
