/**
 * Ticket dates as exports write them: ISO 8601 (with or without a zone), "dd/mm/yyyy" and
 * "mm/dd/yyyy" (with an optional time, "/", "." or "-" between parts), and Unix timestamps.
 * Which of day-first or month-first a file uses is detected from its dates (a part above 12 tells);
 * when no date tells, the order is ambiguous and the user confirms it. A date without a zone is in
 * the file's zone (an offset the user gives, UTC by default); months are counted in that zone.
 */
export type DateOrder = 'dmy' | 'mdy';

export interface DateOrderFinding {
  /** The order most dates prove, or null when none proves either (or as many prove each). */
  order: DateOrder | null;
  /** Slashed dates were seen and none of them tells the order. */
  ambiguous: boolean;
  /** Some dates prove day-first and others month-first. */
  conflicting: boolean;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;
const EPOCH = /^\d{10}(\d{3})?$/;

export function detectDateOrder(samples: readonly string[]): DateOrderFinding {
  let dayFirst = 0;
  let monthFirst = 0;
  let slashed = 0;
  for (const s of samples) {
    const m = SLASHED.exec(s.trim());
    if (!m) continue;
    slashed++;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  const conflicting = dayFirst > 0 && monthFirst > 0;
  // Some dates proving each order means bad dates among good ones: the majority decides, and the
  // dates that disagree become bad rows.
  const order = dayFirst > monthFirst ? 'dmy' : monthFirst > dayFirst ? 'mdy' : null;
  return { order, ambiguous: slashed > 0 && dayFirst === 0 && monthFirst === 0, conflicting };
}

/** Minutes east of UTC from "Z", "UTC", "+01", "+0100" or "+01:00". */
function offsetMinutes(zone: string | undefined, fallback: number): number {
  if (!zone) return fallback;
  if (/^(z|utc)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return fallback;
  const v = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -v : v;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59 || y < 1970 || y > 2200) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
}

const digitAt = (b: Uint8Array, k: number): number => {
  const d = b[k]! - 48;
  return d >= 0 && d <= 9 ? d : -1000;
};

/**
 * parseDate for the commonest form, read from ASCII bytes without making a string:
 * "yyyy-mm-dd", "yyyy-mm-ddThh:mm:ss" or "yyyy-mm-dd hh:mm:ss", optionally followed by "Z".
 * Undefined for any other form (the caller then parses the text); the same answer as parseDate.
 */
export function parseIsoBytes(b: Uint8Array, s: number, e: number, zoneOffsetMinutes: number): number | null | undefined {
  const len = e - s;
  if (len !== 10 && len !== 19 && len !== 20) return undefined;
  if (b[s + 4] !== 45 || b[s + 7] !== 45) return undefined;
  const y = digitAt(b, s) * 1000 + digitAt(b, s + 1) * 100 + digitAt(b, s + 2) * 10 + digitAt(b, s + 3);
  const mo = digitAt(b, s + 5) * 10 + digitAt(b, s + 6);
  const d = digitAt(b, s + 8) * 10 + digitAt(b, s + 9);
  if (y < 0 || mo < 0 || d < 0) return undefined;
  if (len === 10) return instant(y, mo, d, 0, 0, 0, zoneOffsetMinutes);
  const sep = b[s + 10];
  if ((sep !== 84 && sep !== 32) || b[s + 13] !== 58 || b[s + 16] !== 58) return undefined;
  if (len === 20 && b[s + 19] !== 90) return undefined;
  const h = digitAt(b, s + 11) * 10 + digitAt(b, s + 12);
  const mi = digitAt(b, s + 14) * 10 + digitAt(b, s + 15);
  const sec = digitAt(b, s + 17) * 10 + digitAt(b, s + 18);
  if (h < 0 || mi < 0 || sec < 0) return undefined;
  return instant(y, mo, d, h, mi, sec, len === 20 ? 0 : zoneOffsetMinutes);
}

/** Milliseconds since the epoch, or null if the text is no date in the given order. */
export function parseDate(text: string, order: DateOrder, zoneOffsetMinutes: number): number | null {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso)
    return instant(+iso[1]!, +iso[2]!, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0), offsetMinutes(iso[7], zoneOffsetMinutes));
  const sl = SLASHED.exec(s);
  if (sl) {
    const day = order === 'dmy' ? +sl[1]! : +sl[2]!;
    const month = order === 'dmy' ? +sl[2]! : +sl[1]!;
    let hour = +(sl[4] ?? 0);
    const ampm = sl[7]?.toUpperCase();
    if (ampm && (hour < 1 || hour > 12)) return null;
    if (ampm === 'PM' && hour < 12) hour += 12;
    if (ampm === 'AM' && hour === 12) hour = 0;
    return instant(+sl[3]!, month, day, hour, +(sl[5] ?? 0), +(sl[6] ?? 0), offsetMinutes(sl[8], zoneOffsetMinutes));
  }
  if (EPOCH.test(s)) return s.length === 10 ? Number(s) * 1000 : Number(s);
  return null;
}

/** Year × 12 + month (0–11) of an instant in the zone. */
export function monthKeyOf(ms: number, zoneOffsetMinutes: number): number {
  return monthKeyOfDay(Math.floor((ms + zoneOffsetMinutes * 60_000) / 86_400_000));
}

/**
 * Year × 12 + month (0–11) of a day counted from 1970-01-01, by arithmetic (H. Hinnant's
 * civil_from_days): no Date object a ticket. Equal to new Date(day × 86,400,000)'s UTC year and month.
 */
export function monthKeyOfDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9; // 1–12
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** "+01:00" → 60; null if it is no offset. */
export function parseZoneOffset(text: string): number | null {
  const m = /^(?:UTC|Z)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text.trim());
  if (/^(z|utc)$/i.test(text.trim())) return 0;
  if (!m) return null;
  const v = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (v > 14 * 60) return null;
  return m[1] === '-' ? -v : v;
}
