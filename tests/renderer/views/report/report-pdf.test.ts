/** Issue 10 (PDF side): the report's number locale, and the moments chart's labels and legend. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@shared/case/schema';
import { formatMoney } from '@renderer/src/format/numbers';
import { categoryLabels, fmtFor, WRAP_MAX_BARS } from '@renderer/src/views/report/common';
import { caseOf, scenario } from '../../../support/cases';
import { reportLocale } from '@renderer/src/views/report/locale';
import { dictionaryT } from '@renderer/src/views/report/narrative';
import { momentsChart } from '@renderer/src/views/report/StepSections';
import { readCaseFile } from '@electron-node/cli/io';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

describe('the report writes numbers in its own language', () => {
  it('Italian reports in it-IT, English ones in the case’s English locale or en-US', () => {
    for (const l of LOCALES) {
      expect(reportLocale('it', l), l).toBe('it-IT');
      expect(reportLocale('en', l), l).toBe(l === 'en-GB' ? 'en-GB' : 'en-US');
    }
  });

  it('always in the case’s currency', () => {
    const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(nb(formatMoney(1_721_370, 'EUR', reportLocale('en', 'it-IT')))).toBe('€1,721,370');
    expect(nb(formatMoney(1_086_268, 'USD', reportLocale('it', 'en-US')))).toBe('1.086.268 USD');
  });
});

describe('the report’s number formats (tiles, tables, chart axes)', () => {
  const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  it('an English report of a EUR it-IT case: English numbers in euros, axes included', () => {
    const f = fmtFor(caseOf([scenario()], { locale: 'it-IT', currency: 'EUR' }), 'en');
    expect(nb(f.money(1_721_370))).toBe('€1,721,370');
    expect(nb(f.compact(2_500_000))).toBe('€2.5M');
    expect(nb(f.pct(0.255))).toBe('25.5%');
    expect(nb(f.num(4967))).toBe('4,967');
  });

  it('an Italian report of a USD en-US case: Italian numbers in dollars, axes included', () => {
    const f = fmtFor(caseOf([scenario()], { locale: 'en-US', currency: 'USD' }), 'it');
    expect(nb(f.money(1_086_268))).toBe('1.086.268 USD');
    expect(nb(f.compact(1_500_000))).toBe('1,5 Mln USD');
    expect(nb(f.pct(0.255))).toBe('25,5%');
    expect(nb(f.money2(13.5))).toBe('13,50 USD');
  });
});

describe('category labels under bars', () => {
  it('keeps every word of a name, on level lines, when the bars are few', () => {
    const names = ['Password reset and login', 'Renewal and cancellation requests', 'Onboarding and first setup'];
    const labels = categoryLabels([...names, 'a', 'b', 'c', 'd', 'e']);
    names.forEach((n, i) => {
      const l = labels[i];
      expect(Array.isArray(l), n).toBe(true);
      expect((l as string[]).join(' ')).toBe(n);
    });
  });

  it('shortens names only when there are too many bars to wrap them', () => {
    const many = Array.from({ length: WRAP_MAX_BARS + 1 }, (_, i) => `A rather long moment name number ${i}`);
    for (const l of categoryLabels(many)) expect(typeof l === 'string' && l.endsWith('…')).toBe(true);
  });
});

describe.each(['b2b-software', 'online-retailer'])('the moments chart of the %s sample', (sample) => {
  const r = readCaseFile(join(ROOT, 'resources', 'samples', `${sample}.cxcase`));
  if (!r.ok) throw new Error('sample');
  const moments = (r.value.scenarios[0]?.moments ?? []).map((m) => ({ name: m.name, protected: m.protected, inScope: m.automatable && !m.protected }));

  it.each(['en', 'it'] as const)('names every colour it uses in words (%s), with no stray “no”', (lang) => {
    const t = dictionaryT(lang);
    const c = momentsChart(t, moments);
    const texts = c.legend.map((l) => l.text);
    expect(texts).toEqual([t('report.tables.inScope'), t('moments.protected'), t('reportPdf.legendNotAutomatable')]);
    for (const x of texts) expect(x.toLowerCase()).not.toBe(t('report.no').toLowerCase());
    expect(new Set(c.colors).size).toBe(3);
  });

  it('shows each moment’s full name under its bar, never cut', () => {
    const c = momentsChart(dictionaryT('en'), moments);
    expect(c.labels).toHaveLength(moments.length);
    c.labels.forEach((l, i) => {
      const text = Array.isArray(l) ? l.join(' ') : l;
      expect(text).toBe(moments[i]?.name);
      expect(text).not.toContain('…');
    });
  });

  it('leaves out of the legend a colour no bar uses', () => {
    const c = momentsChart(dictionaryT('en'), [{ name: 'Only', protected: false, inScope: true }]);
    expect(c.legend.map((l) => l.swatch)).toEqual(['blue']);
  });
});
