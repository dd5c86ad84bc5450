/**
 * Provenance in the report: a moment and the baseline volume taken from a ticket export list their
 * source ("file, period, ticket count") in Appendix A's sources, in English and Italian; moments
 * with no recorded source add no row.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { blankCase, newMoment } from '@shared/case/factory';
import { computeCase } from '@shared/engine/compute';
import '@renderer/src/i18n';
import { AssumptionsSection } from '@renderer/src/views/report/Appendix';
import { fmtFor, reportT, type Ctx } from '@renderer/src/views/report/common';
import { reportLocale } from '@renderer/src/views/report/locale';

const SOURCE = 'zendesk.csv, 2025-01-01 to 2025-06-30, 2,996 tickets';

function caseWithSources() {
  const c = blankCase({ name: 'T', currency: 'EUR', locale: 'en-GB', now: '2026-01-01T00:00:00.000Z' });
  const s = c.scenarios[0]!;
  s.moments = [{ ...newMoment('Password resets'), source: SOURCE }, newMoment('Typed by hand')];
  s.service.volumeOverride = 499.33;
  s.service.volumeSource = SOURCE;
  return c;
}

describe('Appendix A sources', () => {
  for (const lang of ['en', 'it'] as const) {
    it(`lists the ticket export as the source of a moment and of the baseline (${lang})`, () => {
      const doc = caseWithSources();
      const t = reportT(lang);
      const ctx: Ctx = { doc, lang, locale: reportLocale(lang, doc.locale), t, f: fmtFor(doc, lang), fig: () => 1 };
      const html = renderToStaticMarkup(<AssumptionsSection ctx={ctx} scenario={doc.scenarios[0]!} result={computeCase(doc)[0]!} n="A" />);
      const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '|'));
      expect(rows.filter((r) => r.includes(SOURCE)).map((r) => r.split('|').filter(Boolean)[0])).toEqual([t('moments.baseline'), 'Password resets']);
      expect(html).not.toContain('Typed by hand');
    });
  }
});
