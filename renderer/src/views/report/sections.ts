/**
 * Which sections a report has, how they are numbered, and which start a new page. Pure, so the
 * cover's contents, the sections themselves and the page-fill test agree.
 */

/** Every section, in report order. */
export const REPORT_SECTIONS = ['decision', 'summary', 'segments', 'moments', 'benchmarks', 'revenue', 'costs', 'cashflow', 'compare', 'kpis', 'risk', 'assumptions', 'method'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/**
 * The sections that start on a new page: the decision page stands alone for the reader who reads
 * only it, the summary opens the body, the risk page (tornado, NPV distribution, break-evens) is one
 * page of its own, and the appendices are apart. The others follow on from the
 * section before (headings kept with their first lines), so a short section — one with nothing in
 * this scenario — never leaves a near-empty page.
 */
export const PAGE_START_SECTIONS: readonly ReportSection[] = ['decision', 'summary', 'risk', 'assumptions'];

export type { ScenarioScope } from '@shared/contract/report';

/**
 * The sections of a report comparing `scenarios` scenarios: a comparison needs two or more; the risk
 * page only when a risk analysis was run for the report (the printers run it; the on-screen preview
 * does not, so typing never waits on a simulation).
 */
export function reportSections(scenarios: number, risk = false): ReportSection[] {
  return REPORT_SECTIONS.filter((s) => (s !== 'compare' || scenarios >= 2) && (s !== 'risk' || risk));
}

const APPENDICES: Partial<Record<ReportSection, string>> = { assumptions: 'A', method: 'B' };

/** Section numbers: 1, 2… for the body; the appendices by letter (the caller words "Appendix A"). */
export function sectionNumbers(sections: readonly ReportSection[]): Map<ReportSection, { n: string; appendix: boolean }> {
  const out = new Map<ReportSection, { n: string; appendix: boolean }>();
  let i = 0;
  for (const s of sections) {
    const letter = APPENDICES[s];
    out.set(s, letter ? { n: letter, appendix: true } : { n: String(++i), appendix: false });
  }
  return out;
}
