/**
 * A small RFC 5545 (iCalendar) writer: enough for single events in UTC. No library in the project
 * does this, and the rules that matter are few: CRLF line ends, TEXT escaping, UTC date-times and
 * lines folded at 75 octets without splitting a UTF-8 character.
 */

export interface CalendarEvent {
  uid: string;
  /** When this calendar object was made. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
  status: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
  /** Grows with every change of the event, so calendars replace their copy. */
  sequence: number;
}

const PRODUCT_ID = "-//MentalVerse//Peer Mentorship//EN";
const FOLD_AT = 75;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped; newlines as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** DATE-TIME in UTC form (RFC 5545 3.3.5): 20261201T180000Z. */
export function utcDateTime(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** Folds a content line (RFC 5545 3.1): at most 75 octets a line, continuations start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // Continuation lines carry one leading space, which counts towards their 75.
    const limit = out.length === 0 ? FOLD_AT : FOLD_AT - 1;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // URI values are not TEXT: they are written as they are.
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push("END:VEVENT");
  return lines;
}

/** A whole VCALENDAR object, CRLF-terminated as the RFC requires. */
export function serializeCalendar(events: readonly CalendarEvent[]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
