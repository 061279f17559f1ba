import type { MentoringSession, MentoringSessionListResponse } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair, setRelationshipStatus } from "../../../test/activity-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";
import { DAY, HOUR, ManualClock } from "../../lib/clock.js";

const clock = new ManualClock(new Date());
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

/** A whole hour two days ahead, in UTC. */
function twoDaysAhead(): string {
  const at = new Date(clock.now().getTime() + 2 * DAY);
  at.setUTCMinutes(0, 0, 0);
  return at.toISOString();
}

async function noticesOf(userId: string) {
  return t.ctx.db.selectFrom("notifications").selectAll().where("user_id", "=", userId).execute();
}

describe("sessions", () => {
  it("are proposed, confirmed and shown on each member's own clock", async () => {
    const pair = await activePair(t, { mentee: "Europe/London", mentor: "Asia/Tokyo" });
    const startsAt = twoDaysAhead();
    const proposed = await pair.mentee.client.post<MentoringSession>(`${pair.base}/sessions`, {
      startsAt,
      durationMinutes: 45,
      mode: "video",
      agenda: "How the first week went",
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      status: "proposed",
      startsAt,
      durationMinutes: 45,
      awaitingOther: true,
      canConfirm: false,
      proposedBy: { id: pair.mentee.user.id },
    });
    const start = new Date(startsAt);
    const tokyo = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Tokyo",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(start);
    const [menteeTime, mentorTime] = proposed.body.times;
    expect(menteeTime).toMatchObject({ timeZone: "Europe/London", timeZoneSource: "profile" });
    expect(mentorTime).toMatchObject({ timeZone: "Asia/Tokyo", time: tokyo, utcOffset: "+09:00" });
    expect(proposed.body.yourTime).toEqual(menteeTime);

    const notices = await noticesOf(pair.mentor.user.id);
    expect(notices.map((n) => n.kind)).toContain("relationship.session_proposed");
    expect(notices.find((n) => n.kind === "relationship.session_proposed")?.body).toContain(mentorTime?.label);

    const own = await pair.mentee.client.post(`${pair.base}/sessions/${proposed.body.id}/confirm`);
    expect(own.status).toBe(409);

    const seenByMentor = await pair.mentor.client.get<MentoringSession>(`${pair.base}/sessions/${proposed.body.id}`);
    expect(seenByMentor.body).toMatchObject({ canConfirm: true, awaitingOther: false });
    expect(seenByMentor.body.yourTime.timeZone).toBe("Asia/Tokyo");

    const confirmed = await pair.mentor.client.post<MentoringSession>(
      `${pair.base}/sessions/${proposed.body.id}/confirm`,
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: "scheduled", confirmedBy: { id: pair.mentor.user.id } });
  });

  it("refuse a start time in the past with the field", async () => {
    const pair = await activePair(t);
    const res = await pair.mentee.client.post(`${pair.base}/sessions`, {
      startsAt: new Date(clock.now().getTime() - HOUR).toISOString(),
      durationMinutes: 30,
      mode: "chat",
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { details: [{ field: "startsAt" }] } });
    const badMode = await pair.mentee.client.post(`${pair.base}/sessions`, {
      startsAt: twoDaysAhead(),
      durationMinutes: 30,
      mode: "carrier_pigeon",
    });
    expect(badMode.status).toBe(400);
  });

  it("a new time needs confirming again; an agenda edit does not", async () => {
    const pair = await activePair(t);
    const s = await pair.mentor.client.post<MentoringSession>(`${pair.base}/sessions`, {
      startsAt: twoDaysAhead(),
      durationMinutes: 60,
      mode: "voice",
    });
    await pair.mentee.client.post(`${pair.base}/sessions/${s.body.id}/confirm`);
    const agenda = await pair.mentee.client.patch<MentoringSession>(`${pair.base}/sessions/${s.body.id}`, {
      agenda: "Bring the sleep diary",
    });
    expect(agenda.body).toMatchObject({ status: "scheduled", agenda: "Bring the sleep diary" });
    const moved = await pair.mentee.client.patch<MentoringSession>(`${pair.base}/sessions/${s.body.id}`, {
      startsAt: new Date(new Date(s.body.startsAt).getTime() + DAY).toISOString(),
    });
    expect(moved.body).toMatchObject({
      status: "proposed",
      proposedBy: { id: pair.mentee.user.id },
      confirmedBy: null,
    });
  });

  it("record attendance after the start, a versioned shared summary and private notes only their author sees", async () => {
    const pair = await activePair(t);
    const outsider = await member(t);
    const s = await pair.mentee.client.post<MentoringSession>(`${pair.base}/sessions`, {
      startsAt: twoDaysAhead(),
      durationMinutes: 60,
      mode: "in_person",
    });
    const url = `${pair.base}/sessions/${s.body.id}`;
    await pair.mentor.client.post(`${url}/confirm`);
    const early = await pair.mentee.client.put(`${url}/attendance`, {
      memberId: pair.mentor.user.id,
      status: "attended",
    });
    expect(early.status).toBe(409);

    const note = await pair.mentee.client.put<MentoringSession>(`${url}/note`, {
      text: "I felt nervous; say so next time",
    });
    expect(note.body.myNote?.text).toBe("I felt nervous; say so next time");
    const mentorView = await pair.mentor.client.get<MentoringSession>(url);
    expect(mentorView.body.myNote).toBeNull();
    expect(JSON.stringify(mentorView.body)).not.toContain("nervous");
    const mentorList = await pair.mentor.client.get<MentoringSessionListResponse>(`${pair.base}/sessions`);
    expect(JSON.stringify(mentorList.body)).not.toContain("nervous");
    const ics = await pair.mentor.client.get<string>(`${url}/calendar.ics`);
    expect(ics.body).not.toContain("nervous");
    const mentorNote = await pair.mentor.client.put<MentoringSession>(`${url}/note`, { text: "Ask about sleep" });
    expect(mentorNote.body.myNote?.text).toBe("Ask about sleep");
    expect((await pair.mentee.client.get<MentoringSession>(url)).body.myNote?.text).toBe(
      "I felt nervous; say so next time",
    );
    expect((await outsider.client.get(url)).status).toBe(404);
    expect((await outsider.client.put(`${url}/note`, { text: "peek" })).status).toBe(404);

    clock.advance(2 * DAY + HOUR);
    const attended = await pair.mentee.client.put<MentoringSession>(`${url}/attendance`, {
      memberId: pair.mentor.user.id,
      status: "attended",
    });
    expect(attended.status).toBe(200);
    const missed = await pair.mentor.client.put<MentoringSession>(`${url}/attendance`, {
      memberId: pair.mentee.user.id,
      status: "missed",
    });
    expect(missed.body.attendance.map((a) => [a.member.role, a.status, a.recordedBy?.id])).toEqual([
      ["mentee", "missed", pair.mentor.user.id],
      ["mentor", "attended", pair.mentee.user.id],
    ]);
    const stranger = await pair.mentor.client.put(`${url}/attendance`, {
      memberId: outsider.user.id,
      status: "missed",
    });
    expect(stranger.status).toBe(422);

    const v1 = await pair.mentor.client.put<MentoringSession>(`${url}/summary`, { text: "We planned walks" });
    expect(v1.body.summary).toMatchObject({ version: 1, author: { id: pair.mentor.user.id } });
    const v2 = await pair.mentee.client.put<MentoringSession>(`${url}/summary`, {
      text: "We planned walks, and a sleep routine",
      baseVersion: 1,
    });
    expect(v2.body.summary).toMatchObject({ version: 2, author: { id: pair.mentee.user.id } });
    const stale = await pair.mentor.client.put(`${url}/summary`, { text: "Overwrite", baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { details: [{ field: "baseVersion" }] } });

    const removed = await pair.mentee.client.delete<MentoringSession>(`${url}/note`);
    expect(removed.body.myNote).toBeNull();
    expect((await pair.mentor.client.get<MentoringSession>(url)).body.myNote?.text).toBe("Ask about sleep");
  });

  it("cancel before the start, showing who cancelled for both members", async () => {
    const pair = await activePair(t);
    const s = await pair.mentee.client.post<MentoringSession>(`${pair.base}/sessions`, {
      startsAt: twoDaysAhead(),
      durationMinutes: 30,
      mode: "chat",
    });
    const cancelled = await pair.mentor.client.post<MentoringSession>(`${pair.base}/sessions/${s.body.id}/cancel`, {
      reason: "Work trip",
    });
    expect(cancelled.body).toMatchObject({
      status: "cancelled",
      cancelledBy: { id: pair.mentor.user.id },
      cancelReason: "Work trip",
    });
    expect(cancelled.body.attendance.map((a) => [a.status, a.recordedBy?.id])).toEqual([
      ["cancelled", pair.mentor.user.id],
      ["cancelled", pair.mentor.user.id],
    ]);
    expect((await pair.mentee.client.post(`${pair.base}/sessions/${s.body.id}/cancel`, {})).status).toBe(409);
    expect((await noticesOf(pair.mentee.user.id)).map((n) => n.kind)).toContain("relationship.session_cancelled");
  });

  it("export as an iCalendar file in UTC", async () => {
    const pair = await activePair(t, { mentee: "America/New_York" });
    const startsAt = twoDaysAhead();
    const s = await pair.mentee.client.post<MentoringSession>(`${pair.base}/sessions`, {
      startsAt,
      durationMinutes: 90,
      mode: "video",
      agenda: "Goals; next steps, and a plan",
    });
    const res = await pair.mentee.client.get<string>(s.body.calendarUrl);
    expect(res.status).toBe(200);
    expect(String(res.headers["content-type"])).toMatch(/^text\/calendar/);
    expect(String(res.headers["content-disposition"])).toMatch(/attachment; filename=".*\.ics"/);
    const text = res.body;
    const stamp = (iso: string) => iso.replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
    const end = new Date(new Date(startsAt).getTime() + 90 * 60_000).toISOString();
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text).toContain(`UID:${s.body.id}@`);
    expect(text).toContain(`DTSTART:${stamp(startsAt)}\r\n`);
    expect(text).toContain(`DTEND:${stamp(end)}\r\n`);
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(text).toContain("STATUS:TENTATIVE");
    expect(text).toContain("SUMMARY:Mentoring session with Omar Mentor");
    expect(text.replace(/\r\n /g, "")).toContain("Agenda: Goals\\; next steps\\, and a plan");
    const outsider = await member(t);
    expect((await outsider.client.get(s.body.calendarUrl)).status).toBe(404);
  });

  it("stay readable but unchangeable after the relationship ends", async () => {
    const pair = await activePair(t);
    const s = await pair.mentee.client.post<MentoringSession>(`${pair.base}/sessions`, {
      startsAt: twoDaysAhead(),
      durationMinutes: 30,
      mode: "chat",
    });
    await setRelationshipStatus(t, pair.id, "closed");
    const list = await pair.mentor.client.get<MentoringSessionListResponse>(`${pair.base}/sessions`);
    expect(list.body).toMatchObject({ canWrite: false, sessions: [{ id: s.body.id, canConfirm: false }] });
    expect((await pair.mentor.client.post(`${pair.base}/sessions/${s.body.id}/confirm`)).status).toBe(409);
    expect(
      (
        await pair.mentor.client.post(`${pair.base}/sessions`, {
          startsAt: twoDaysAhead(),
          durationMinutes: 30,
          mode: "chat",
        })
      ).status,
    ).toBe(409);
  });
});
