import { describe, expect, it } from "vitest";
import { escapeText, foldLine, serializeCalendar, utcDateTime } from "./ics.js";

const GOLDEN = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//MentalVerse//Peer Mentorship//EN",
  "CALSCALE:GREGORIAN",
  "METHOD:PUBLISH",
  "BEGIN:VEVENT",
  "UID:7d3c8f4e-1111-4a2b-9c3d-000000000001@mentalverse.example",
  "DTSTAMP:20261127T101500Z",
  "DTSTART:20261201T180000Z",
  "DTEND:20261201T190000Z",
  "SEQUENCE:2",
  "STATUS:CONFIRMED",
  "SUMMARY:Mentoring session with Ana\\, the mentor",
  "DESCRIPTION:Video call\\n\\nAgenda: sleep\\; routines\\, and the climbing group",
  " \\nC:\\\\notes",
  "URL:https://mentalverse.example/relationships/abc?tab=sessions",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

describe("iCalendar writer (RFC 5545)", () => {
  it("writes one event exactly as the golden file", () => {
    const text = serializeCalendar([
      {
        uid: "7d3c8f4e-1111-4a2b-9c3d-000000000001@mentalverse.example",
        stamp: new Date("2026-11-27T10:15:00.123Z"),
        start: new Date("2026-12-01T18:00:00Z"),
        end: new Date("2026-12-01T19:00:00Z"),
        summary: "Mentoring session with Ana, the mentor",
        description: "Video call\n\nAgenda: sleep; routines, and the climbing group\r\nC:\\notes",
        url: "https://mentalverse.example/relationships/abc?tab=sessions",
        status: "CONFIRMED",
        sequence: 2,
      },
    ]);
    expect(text).toBe(GOLDEN);
  });

  it("escapes TEXT and writes UTC date-times", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
    expect(utcDateTime(new Date("2027-03-04T05:06:07.890Z"))).toBe("20270304T050607Z");
  });

  it("folds at 75 octets without splitting a multi-byte character", () => {
    const line = `SUMMARY:${"é".repeat(80)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(1);
    for (const [i, part] of folded.entries()) {
      expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(foldLine("SHORT:line")).toBe("SHORT:line");
  });
});
