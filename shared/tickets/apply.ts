/**
 * What the user ticked in the ticket wizard, taken into one scenario of a case: new key moments
 * (absolute monthly volume, channel, CSAT, automatable / protected as the seed rules suggest), the
 * baseline volume (the override), the escalation line's escalations and hand-offs (the first
 * escalation line, or a new one), and "ours" for CSAT, FCR, FRT, AHT. Every value taken carries the
 * same source — file, period, ticket count — in the field the case keeps for it. Pure: the caller
 * makes it one undoable edit.
 */
import { newMoment, newSavingLine } from '../case/factory';
import type { Case, Intent, MetricKey } from '../case/schema';
import type { TicketProposals } from '../contract/tickets';

export interface TicketPicks {
  /** The moments to add, each with the name the user gave it. */
  moments: { intent: Intent; name: string }[];
  baseline: boolean;
  escalation: boolean;
  ours: MetricKey[];
}

/** Volumes a month to the hundredth: what the moment card and the workbook show, with no float noise. */
const hundredths = (x: number) => Math.round(x * 100) / 100;
/** Rates as fractions to four places (0.8123 = 81.23%): a reader's precision, not 0.75504032258. */
const fourPlaces = (x: number) => Math.round(x * 10_000) / 10_000;

/** Applies the picks to scenario `si` of a clone of the case; returns how many values were taken. */
export function applyTicketPicks(doc: Case, si: number, p: TicketProposals, picks: TicketPicks, source: string): number {
  const s = doc.scenarios[si];
  if (!s) return 0;
  let taken = 0;
  for (const pick of picks.moments) {
    const m = p.moments.find((x) => x.intent === pick.intent);
    if (!m) continue;
    s.moments.push({
      ...newMoment(pick.name.trim() || pick.intent),
      intent: m.intent,
      channel: m.channel,
      volumeMode: 'absolute',
      volume: hundredths(m.monthlyVolume),
      satisfaction: m.satisfaction === null ? null : fourPlaces(m.satisfaction),
      automatable: m.automatable,
      protected: m.protected,
      source,
    });
    taken++;
  }
  if (picks.baseline) {
    s.service.volumeOverride = hundredths(p.baselineVolume);
    s.service.volumeSource = source;
    taken++;
  }
  if (picks.escalation && p.escalation) {
    const found = s.savingLines.find((l) => l.kind === 'escalation');
    const line = found ?? newSavingLine('escalation');
    if (!found) s.savingLines.push(line);
    if (line.kind === 'escalation') {
      line.escalationsPerMonth = hundredths(p.escalation.escalationsPerMonth);
      line.handoffsAvoided = hundredths(p.escalation.handoffsPerEscalation);
      line.source = source;
      taken++;
    }
  }
  for (const metric of picks.ours) {
    const value = p.ours[metric];
    if (value === undefined) continue;
    let row = s.metrics.find((x) => x.metric === metric);
    if (!row) {
      row = { metric, ours: null, market: null, target: null, competitors: s.competitors.map((c) => ({ competitorId: c.id, value: null })), source: '' };
      s.metrics.push(row);
    }
    // Rates to four places; hours and minutes to the hundredth.
    row.ours = metric === 'csat' || metric === 'fcr' ? fourPlaces(value) : hundredths(value);
    row.source = source;
    taken++;
  }
  return taken;
}
