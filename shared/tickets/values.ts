/**
 * Cell values as help desks write them, read into numbers and choices: counts, durations (a number
 * in the column's unit, or "hh:mm:ss"), satisfaction ratings (words or 1–5), solved statuses and
 * channels. What cannot be read is null, and the caller decides whether that makes the row bad.
 */
import type { Channel } from '../case/schema';
import type { DurationUnit } from './layouts';
import type { Satisfaction } from './fields';

/** A non-negative number: "12", "12.5", "12,5", "1 234"; null if empty; NaN if unreadable. */
export function parseCount(text: string): number | null {
  const s = text.trim();
  if (s === '') return null;
  const normal = s.includes('.') ? s.replace(/,/g, '') : s.replace(',', '.');
  const v = Number(normal.replace(/\s/g, ''));
  return Number.isFinite(v) && v >= 0 ? v : NaN;
}

// Multiply or divide, never by a rounded 1/60: 900 seconds must be exactly 15 minutes.
const toMinutes: Record<DurationUnit, (v: number) => number> = {
  seconds: (v) => v / 60,
  minutes: (v) => v,
  hours: (v) => v * 60,
  milliseconds: (v) => v / 60_000,
};

/** Minutes from a number in the unit (what a cell of plain digits gives). */
export function minutesFrom(v: number, unit: DurationUnit): number {
  return toMinutes[unit](v);
}

/** Minutes from a duration cell; null if empty; NaN if unreadable. */
export function parseDurationMinutes(text: string, unit: DurationUnit): number | null {
  const s = text.trim();
  if (s === '') return null;
  const hms = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(s);
  if (hms) return Number(hms[1]) * 60 + Number(hms[2]) + Number(hms[3] ?? 0) / 60;
  const v = parseCount(s);
  return v === null || Number.isNaN(v) ? v : toMinutes[unit](v);
}

const GOOD = new Set(['good', 'goodwithcomment', 'satisfied', 'happy', 'extremelyhappy', 'awesome', 'positive', 'great', 'buono', 'positivo', 'soddisfatto', 'ottimo', 'amazing']);
const BAD = new Set(['bad', 'badwithcomment', 'unsatisfied', 'dissatisfied', 'unhappy', 'extremelyunhappy', 'notgood', 'justokay', 'neutral', 'negative', 'poor', 'scarso', 'negativo', 'insoddisfatto', 'neutro', 'terrible', 'okay']);

/**
 * good / bad / null (not rated: "Offered", "Unoffered", empty). A 1–5 rating is good at 4 or 5;
 * CSAT counts satisfied customers, so a neutral answer counts as not good.
 */
export function parseSatisfaction(text: string): Satisfaction {
  const k = text.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (k === '') return null;
  if (/^[1-5]$/.test(k)) return Number(k) >= 4 ? 'good' : 'bad';
  if (GOOD.has(k)) return 'good';
  if (BAD.has(k)) return 'bad';
  return null;
}

const SOLVED = /^(solved|closed|resolved|risolto|chiuso|done|completed)$/i;
const UNSOLVED = /^(new|open|pending|hold|on-hold|on hold|snoozed|waiting.*|aperto|nuovo|in attesa|sospeso)$/i;

export function parseSolved(text: string): boolean | null {
  const s = text.trim();
  if (SOLVED.test(s)) return true;
  if (UNSOLVED.test(s)) return false;
  return null;
}

/** The case's channel for a help desk's "via"/"source"/"channel" value; null when none fits. */
export function parseChannel(text: string): Channel | null {
  const s = text.toLowerCase();
  if (s.trim() === '') return null;
  if (/phone|call|voice|telefon|voip/.test(s)) return 'phone';
  if (/chat|messeng|messaging|widget|whatsapp|sms/.test(s)) return 'chat';
  if (/twitter|facebook|instagram|social|linkedin|\bx\b/.test(s)) return 'social';
  if (/help ?cent|self|knowledge|faq|community|forum/.test(s)) return 'self_service';
  if (/in person|walk|negozio|store|sportello/.test(s)) return 'in_person';
  // Web forms, portals and the API arrive as written requests answered like e-mail.
  if (/mail|posta|form|portal|web|api|modulo/.test(s)) return 'email';
  return null;
}

/** The domain of an e-mail address (lower case), or the domain as given; null if neither. */
export function domainOf(text: string): string | null {
  const s = text.trim().toLowerCase();
  if (s === '') return null;
  const at = s.lastIndexOf('@');
  const d = at >= 0 ? s.slice(at + 1) : s;
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d) ? d : null;
}

/** Tags as a list: Zendesk separates them with spaces, others with commas or semicolons. */
export function parseTags(text: string): string[] {
  const s = text.trim();
  if (s === '') return [];
  const parts = /[,;]/.test(s) ? s.split(/[,;]/) : s.split(/\s+/);
  return parts.map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
}
