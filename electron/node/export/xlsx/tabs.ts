/**
 * Cash flow tab names that a reader can tell apart. Excel allows 31 characters, and scenario names
 * are often long and alike ("Rollout to every region, phase A (2027)" / "…phase B (2027)"): cutting
 * each at 31 would give tabs that differ only by a "(2)". So each tab keeps the part of its name that
 * differs from the other exported scenarios, eliding what they share ("Cash flow – …phase A (2027)").
 * Counted in code points and cut only between them, so an emoji is never split.
 */
import { cleanText, sheetName } from './cells';

const MAX = 31;
const ELLIPSIS = '…';

/** The characters a sheet name may not hold ([]:*?/\), and "'" (formulas quote sheet names with it). */
export function tabText(name: string): string {
  return cleanText(name).replace(/[[\]:*?/\\']/g, ' ').replace(/\s+/g, ' ').trim();
}

/** UTF-16 length: what Excel's limit counts. */
const width = (cps: readonly string[]) => cps.join('').length;

function sharedPrefix(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i]?.toLowerCase() === b[i]?.toLowerCase()) i++;
  return i;
}

/** Back to the start of the word holding position i, so a kept part does not begin mid-word. */
function wordStart(cps: readonly string[], i: number): number {
  let j = i;
  while (j > 0 && cps[j - 1] !== ' ') j--;
  return j;
}

/** As many whole code points of `cps` as fit in `room` UTF-16 units. */
function cut(cps: readonly string[], room: number): string[] {
  const out: string[] = [];
  for (const c of cps) {
    if (width(out) + c.length > room) break;
    out.push(c);
  }
  return out;
}

/** The name in at most `budget` UTF-16 units, showing where it starts to differ (`from`). */
function fit(cps: readonly string[], from: number, budget: number): string {
  if (width(cps) <= budget) return cps.join('');
  const head = cut(cps, budget - ELLIPSIS.length);
  // The start, cut, while it still shows where the name differs from the others.
  if (head.length > from) return head.join('').trimEnd() + ELLIPSIS;
  // Otherwise the end, from the differing word (with whole earlier words as context while they fit).
  let start = wordStart(cps, from);
  while (start > 0) {
    const earlier = wordStart(cps, start - 1);
    if (ELLIPSIS.length + width(cps.slice(earlier)) > budget) break;
    start = earlier;
  }
  const rest = cps.slice(start);
  if (ELLIPSIS.length + width(rest) <= budget) return ELLIPSIS + rest.join('');
  return ELLIPSIS + cut(rest, budget - 2 * ELLIPSIS.length).join('').trimEnd() + ELLIPSIS;
}

/** One valid, unique tab name per scenario name: "<title> – <the name's distinguishing part>". */
export function cashFlowTabs(title: string, names: readonly string[], taken: Set<string>): string[] {
  const cleaned = names.map((n) => Array.from(tabText(n) || '?'));
  const lead = `${title} – `;
  const budget = MAX - lead.length;
  return cleaned.map((cps, k) => {
    let pre = 0;
    cleaned.forEach((other, j) => {
      if (j !== k) pre = Math.max(pre, sharedPrefix(cps, other));
    });
    // Where this name starts to differ from its closest neighbour; a name that is another's start differs at its end.
    const from = Math.min(pre, cps.length - 1);
    return sheetName(lead + fit(cps, from, budget), taken);
  });
}
