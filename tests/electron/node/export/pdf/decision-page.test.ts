/**
 * The decision page and the scenario choice, read back from the printed PDF: every figure on page 2
 * is the engine's, the downside case is the lowest-NPV scenario and is named, and a one-scenario
 * report has no comparison and no downside case.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { breakdown } from '@shared/engine/breakdown';
import { computeCase } from '@shared/engine/compute';
import { downsideIndex, fundingAsk } from '@shared/engine/funding';
import { readCaseFile } from '@electron-node/cli/io';
import { createChromiumPrinter, type ChromiumPrinter } from '@electron-node/export/pdf';
import type { PdfOptions } from '@electron-node/export/pdf/layout';
import { formatMoney } from '@renderer/src/format/numbers';
import { en } from '@renderer/src/i18n/en';
import { it as itDict } from '@renderer/src/i18n/it';
import { PdfFile, ROOT } from './pdf-tools';

const squash = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

function sample(name: string): Case {
  const r = readCaseFile(join(ROOT, 'resources', 'samples', `${name}.cxcase`));
  if (!r.ok) throw new Error(`sample ${name} is invalid`);
  return r.value;
}

let printer: ChromiumPrinter;
const files: PdfFile[] = [];
beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
  for (const f of files) f.dispose();
});

async function pages(c: Case, o: PdfOptions): Promise<{ decision: string; all: string }> {
  const pdf = new PdfFile((await printer.print(c, o)).bytes);
  files.push(pdf);
  return { decision: squash(pdf.text(2)), all: squash(pdf.text()) };
}

describe('the decision page of every scenario’s report', () => {
  it('shows the engine’s funding ask, benefits and the downside case, in the report’s language', async () => {
    const c = sample('b2b-software');
    const results = computeCase(c);
    const base = results[0]!;
    const { decision, all } = await pages(c, { scenarioId: null, scenarios: 'all', lang: 'en' });
    const money = (x: number) => squash(formatMoney(x, c.currency, 'en-US'));
    expect(decision).toContain(`1 ${en.report.sections.decision}`);
    expect(decision).toContain(en.reportPdf.recommendation);
    const ask = fundingAsk(base);
    for (const x of [ask.total, ask.upfront, ask.firstYear, ask.later, base.pvCosts, base.npv, base.peakFunding]) expect(decision).toContain(money(x));
    // Discounted payback and peak funding need are the engine's (Model v2), never recomputed here.
    expect(base.peakFunding).toBeGreaterThan(0);
    expect(base.discountedPaybackMonth).not.toBeNull();
    expect(decision).toContain(`${en.reportPdf.askDiscountedPayback} month ${base.discountedPaybackMonth} `);
    expect(decision).toContain(`${squash(en.reportPdf.askPeakFunding)} ${money(base.peakFunding)}`);
    const b = breakdown(base);
    for (const x of [b.savings.unadjusted.pv, b.savings.riskAdjusted.pv, b.revenue.unadjusted.pv, b.revenue.riskAdjusted.pv]) expect(decision).toContain(money(x));
    // The downside case is the scenario with the lowest NPV, named beside its own figures.
    const down = results[downsideIndex(results) ?? -1]!;
    expect(down.scenarioName).not.toBe(base.scenarioName);
    expect(decision).toContain(squash(en.reportPdf.downsideHead.replace('{{name}}', down.scenarioName)));
    expect(decision).toContain(money(down.npv));
    expect(all).toContain(en.report.sections.compare);
    expect(all).toContain(squash(en.reportPdf.overlay));
  }, 90_000);

  it('in Italian, with the downside case named when the report is about it', async () => {
    const c = sample('online-retailer');
    const results = computeCase(c);
    const i = downsideIndex(results) ?? 0;
    const { decision } = await pages(c, { scenarioId: c.scenarios[i]!.id, scenarios: 'all', lang: 'it' });
    expect(decision).toContain(`1 ${itDict.report.sections.decision}`);
    expect(decision).toContain(squash(itDict.reportPdf.downsideIsThis));
    expect(decision).toContain(squash(formatMoney(results[i]!.npv, c.currency, 'it-IT')));
  }, 90_000);
});

describe('a report of the one scenario on screen', () => {
  it('has no comparison, no overlay and no downside case', async () => {
    const c = sample('online-retailer');
    const { decision, all } = await pages(c, { scenarioId: c.scenarios[1]!.id, scenarios: 'one', lang: 'en' });
    expect(decision).toContain(`${en.report.scenario}: ${c.scenarios[1]!.name}`);
    expect(all).not.toContain(en.report.sections.compare);
    expect(all).not.toContain(squash(en.reportPdf.overlay));
    expect(decision).not.toContain('Downside');
    expect(decision).not.toContain('downside case');
  }, 90_000);
});
