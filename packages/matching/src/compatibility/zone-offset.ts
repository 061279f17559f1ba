import { setBit, WEEK_WORDS } from "./bits.js";

/**
 * Local weekly slots become UTC hours with the zone's offset on the reference date, so a pair on
 * opposite sides of a DST change is compared as it will be that week. A change inside the week is
 * not modelled. Offsets that are not whole hours (India +5:30, Nepal +5:45) are rounded to the
 * nearest hour for the hour grid, so a slot may be placed up to 30 minutes off; the time-zone
 * criterion uses the exact offset.
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
const offsets = new Map<string, number | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter =
        zone === ""
          ? null
          : new Intl.DateTimeFormat("en-US", {
              timeZone: zone,
              hourCycle: "h23",
              year: "numeric",
              month: "numeric",
              day: "numeric",
              hour: "numeric",
              minute: "numeric",
            });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Noon UTC of a date-only string (clear of every zone's midnight), else the instant given. */
export function referenceInstant(referenceDate: string): number {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) ? `${referenceDate}T12:00:00Z` : referenceDate);
  if (Number.isNaN(ms)) throw new RangeError(`referenceDate must be an ISO date, got "${referenceDate}"`);
  return ms;
}

/** Minutes the zone is ahead of UTC on the reference date; null for an empty or unknown zone. */
export function zoneOffsetMinutes(zone: string, referenceDate: string): number | null {
  const key = `${zone}|${referenceDate}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const formatter = formatterFor(zone);
  let minutes: number | null = null;
  if (formatter !== null) {
    const instant = referenceInstant(referenceDate);
    const part: Record<string, number> = {};
    for (const p of formatter.formatToParts(instant)) if (p.type !== "literal") part[p.type] = Number(p.value);
    const local = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!);
    minutes = Math.round((local - (instant - (instant % 60_000))) / 60_000);
  }
  offsets.set(key, minutes);
  return minutes;
}

/** UTC week bitset of local slots; all zero when the offset is unknown. Bad slots are skipped. */
export function utcWeekBits(
  slots: readonly { day: number; hour: number }[],
  offsetMinutes: number | null,
  out: Uint32Array = new Uint32Array(WEEK_WORDS),
  at = 0,
): Uint32Array {
  if (offsetMinutes === null) return out;
  const shift = Math.round(offsetMinutes / 60);
  const view = at === 0 && out.length === WEEK_WORDS ? out : out.subarray(at, at + WEEK_WORDS);
  for (const { day, hour } of slots) {
    if (!Number.isInteger(day) || !Number.isInteger(hour) || day < 0 || day > 6 || hour < 0 || hour > 23) continue;
    setBit(view, (((day * 24 + hour - shift) % 168) + 168) % 168);
  }
  return out;
}
