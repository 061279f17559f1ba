import { isIanaTimeZone } from "@mentalverse/shared";
import { MINUTE } from "../../lib/clock.js";

/** A zone to show times in when a member has not given one. */
export const DEFAULT_TIME_ZONE = "UTC";

export interface LocalTime {
  timeZone: string;
  timeZoneSource: "profile" | "default";
  date: string;
  time: string;
  endDate: string;
  endTime: string;
  weekday: string;
  utcOffset: string;
  label: string;
}

interface WallClock {
  date: string;
  time: string;
  weekday: string;
  day: string;
  month: string;
  year: string;
  utcOffset: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      year: "numeric",
      month: "long",
      day: "numeric",
      weekday: "long",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** What a wall clock in `zone` reads at `at`. */
export function wallClock(at: Date, zone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const month = String(MONTHS.indexOf(parts.month ?? "") + 1).padStart(2, "0");
  const day = (parts.day ?? "").padStart(2, "0");
  // "GMT" alone means an offset of zero; otherwise "GMT+05:30".
  const offset = (parts.timeZoneName ?? "GMT").replace("GMT", "") || "+00:00";
  return {
    date: `${parts.year}-${month}-${day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: parts.weekday ?? "",
    day: String(Number(parts.day)),
    month: parts.month ?? "",
    year: parts.year ?? "",
    utcOffset: offset,
  };
}

/** A session's start and end on one member's clock, with a label ready to read. */
export function localSessionTime(startsAt: Date, durationMinutes: number, zone: string | undefined): LocalTime {
  const valid = zone !== undefined && isIanaTimeZone(zone);
  const timeZone = valid ? zone : DEFAULT_TIME_ZONE;
  const start = wallClock(startsAt, timeZone);
  const end = wallClock(new Date(startsAt.getTime() + durationMinutes * MINUTE), timeZone);
  const endText = end.date === start.date ? end.time : `${end.weekday} ${end.day} ${end.month}, ${end.time}`;
  return {
    timeZone,
    timeZoneSource: valid ? "profile" : "default",
    date: start.date,
    time: start.time,
    endDate: end.date,
    endTime: end.time,
    weekday: start.weekday,
    utcOffset: start.utcOffset,
    label: `${start.weekday} ${start.day} ${start.month} ${start.year}, ${start.time} to ${endText} (${timeZone}, UTC${start.utcOffset})`,
  };
}
