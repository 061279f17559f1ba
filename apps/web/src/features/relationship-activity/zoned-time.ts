/** The browser's own IANA zone, or UTC when the browser will not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** Minutes the zone is ahead of UTC at that instant (e.g. 60 for Europe/Paris in winter). */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock date and time mean in a zone, as an ISO string; null when the input is
 * not a date and time. A time skipped by a clock change lands just after the gap; a repeated one
 * takes its first occurrence, as calendar apps do.
 */
export function zonedToUtcIso(date: string, time: string, zone: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null;
  // Zone offsets change at most once around a given day: try the offset from the day before and
  // the day after, keep the earliest reading that shows this wall clock.
  const before = zoneOffsetMinutes(zone, new Date(wall - DAY));
  const after = zoneOffsetMinutes(zone, new Date(wall + DAY));
  const matching = [wall - before * 60_000, wall - after * 60_000].filter((instant) =>
    wallClockMatches(instant, wall, zone),
  );
  const pick = matching.length > 0 ? Math.min(...matching) : wall - before * 60_000;
  return new Date(pick).toISOString();
}

const DAY = 86_400_000;

function wallClockMatches(instant: number, wall: number, zone: string): boolean {
  return instant + zoneOffsetMinutes(zone, new Date(instant)) * 60_000 === wall;
}

/** "Tue 1 Dec 2026, 18:30" in the zone, with the zone's short name ("GMT+1", "PST"). */
export function formatInZone(iso: string, zone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(undefined, {
      timeZone: zone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    }).format(instant);
  } catch {
    return instant.toISOString();
  }
}

/** Today's date in the zone as YYYY-MM-DD, for a date input's minimum. */
export function todayInZone(zone: string, now = new Date()): string {
  const offset = zoneOffsetMinutes(zone, now);
  return new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 10);
}

/** "Tue 1 Dec 2026, 18:30 to 19:30 (Europe/Paris)"; the end carries its date when it falls on another day. */
export function formatRangeInZone(startIso: string, endIso: string, zone: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} to ${endIso}`;
  try {
    const day = new Intl.DateTimeFormat(undefined, {
      timeZone: zone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
    });
    const clock = new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: "2-digit", minute: "2-digit" });
    const sameDay = day.format(start) === day.format(end);
    const endText = sameDay ? clock.format(end) : `${day.format(end)}, ${clock.format(end)}`;
    return `${day.format(start)}, ${clock.format(start)} to ${endText} (${zone})`;
  } catch {
    return `${start.toISOString()} to ${end.toISOString()}`;
  }
}
