/**
 * Quiet hours are a window of local wall-clock minutes ("22:00" to "07:00") in a member's IANA zone.
 * The window may run past midnight. Instants are compared by their local minute of the day, so a
 * daylight-saving change moves the window with the member's clock, as they would expect.
 */
export interface QuietWindow {
  /** Minutes after local midnight, 0-1439; start and end differ. */
  startMinute: number;
  endMinute: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  minuteOfDay: number;
  /** The wall-clock reading written as if it were UTC, in ms; minus the instant it is the zone's offset. */
  wallMs: number;
}

export function localTime(at: Date, zone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second) + at.getUTCMilliseconds();
  return { year, month, day, minuteOfDay: hour * 60 + minute, wallMs };
}

const offsetMs = (instantMs: number, zone: string) => localTime(new Date(instantMs), zone).wallMs - instantMs;

export function isWithinQuietHours(at: Date, window: QuietWindow, zone: string): boolean {
  const m = localTime(at, zone).minuteOfDay;
  const { startMinute: start, endMinute: end } = window;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/**
 * The first instant at or after `at` that is outside quiet hours: `at` itself when it is outside,
 * otherwise the next local `end`. When that local time is skipped by a clock change (02:30 on a
 * spring-forward night) quiet hours end at the change; when it happens twice, at its first time.
 */
export function quietHoursEnd(at: Date, window: QuietWindow, zone: string): Date {
  if (!isWithinQuietHours(at, window, zone)) return at;
  const local = localTime(at, zone);
  const crossesMidnight = window.startMinute > window.endMinute;
  const dayOffset = crossesMidnight && local.minuteOfDay >= window.startMinute ? 1 : 0;
  const endHour = Math.floor(window.endMinute / 60);
  const targetWall = Date.UTC(local.year, local.month - 1, local.day + dayOffset, endHour, window.endMinute % 60);

  // A day either side of the target, the zone is on its offsets before and after any change that night.
  const offsets = [offsetMs(targetWall - DAY_MS, zone), offsetMs(targetWall + DAY_MS, zone)];
  const candidates = [...new Set(offsets.map((o) => targetWall - o))].sort((a, b) => a - b);
  const real = candidates.filter((c) => localTime(new Date(c), zone).wallMs === targetWall && c > at.getTime());
  if (real.length > 0) return new Date(real[0] as number);

  // The wall time was skipped: find the minute the clocks jumped, between the two candidates.
  const [early, late] = [candidates[0] as number, candidates[candidates.length - 1] as number];
  const after = offsets[1] as number;
  let lo = Math.floor(early / MINUTE_MS);
  let hi = Math.ceil(late / MINUTE_MS);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMs(mid * MINUTE_MS, zone) === after) hi = mid;
    else lo = mid + 1;
  }
  return new Date(Math.max(lo * MINUTE_MS, at.getTime()));
}

/** "22:00" -> 1320. */
export function minuteOfClockTime(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** 1320 -> "22:00". */
export function clockTimeOfMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
