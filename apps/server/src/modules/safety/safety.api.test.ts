import { randomUUID } from "node:crypto";
import type { Role, SafetyCaseDetail, SafetyCaseSummary, ScreeningStatus } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { ManualClock } from "../../lib/clock.js";

const clock = new ManualClock(new Date());
let t: TestApp;
let reviewer: Awaited<ReturnType<typeof signedInClient>>;
beforeAll(async () => {
  t = await createTestApp({ clock });
  reviewer = await signedInClient(t, { roles: ["safety"] });
});
afterAll(() => t.close());

const HIGH = { q1: true, q2: true, q3: true, q4: true, q5: false, q6: false };
const MODERATE = { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false };

/** A member who has just submitted a screening, and the case it opened. */
async function memberWithCase(answers: Record<string, boolean>) {
  const member = await signedInClient(t);
  await member.client.put("/api/screening/current", { answers });
  const submitted = await member.client.post("/api/screening/current/submit", { country: "US" });
  expect(submitted.status).toBe(200);
  const row = await t.ctx.db
    .selectFrom("safety_cases")
    .selectAll()
    .where("user_id", "=", member.user.id)
    .executeTakeFirstOrThrow();
  return { ...member, caseId: row.id };
}

const auditOf = (action: string, subjectId: string) =>
  t.ctx.db
    .selectFrom("audit_events")
    .selectAll()
    .where("action", "=", action)
    .where("subject_id", "=", subjectId)
    .execute();

describe("who may use the safety queue", () => {
  const routes = (id: string): [string, string, unknown][] => [
    ["GET", "/api/safety/cases", undefined],
    ["GET", `/api/safety/cases/${id}`, undefined],
    ["POST", `/api/safety/cases/${id}/assign`, {}],
    ["POST", `/api/safety/cases/${id}/resolve`, { note: "checked in with them", clearMatchingHold: true }],
    ["POST", `/api/safety/cases/${id}/clear-hold`, { note: "spoke with them again" }],
  ];

  it("only the safety team: anonymous 401, every other role (administrators too) 403", async () => {
    const { caseId, user } = await memberWithCase(HIGH);
    for (const [method, url, body] of routes(caseId)) {
      expect((await t.client().request(method, url, body)).status, url).toBe(401);
    }
    const others: Role[][] = [["mentee"], ["mentor"], ["match_reviewer"], ["supervisor"], ["admin"]];
    others.push(["mentee", "mentor", "match_reviewer", "supervisor", "admin"]);
    for (const roles of others) {
      const { client } = await signedInClient(t, { roles });
      for (const [method, url, body] of routes(caseId)) {
        const res = await client.request(method, url, body);
        expect({ roles, url, status: res.status }).toEqual({ roles, url, status: 403 });
      }
    }
    expect(await auditOf("staff.viewed_screening", user.id)).toHaveLength(0);
    const row = await t.ctx.db
      .selectFrom("safety_cases")
      .selectAll()
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("open");
  });

  it("members read only their own screenings: nothing in another member's view, no case notes", async () => {
    const { client, caseId } = await memberWithCase(HIGH);
    await reviewer.client.post(`/api/safety/cases/${caseId}/resolve`, {
      note: "Spoke with them; safety plan in place",
      clearMatchingHold: false,
    });
    const mine = await client.get("/api/screening/mine");
    expect(JSON.stringify(mine.body)).not.toContain("safety plan");
    const stranger = await signedInClient(t);
    const theirs = await stranger.client.get<{ screenings: unknown[] }>("/api/screening/mine");
    expect(theirs.body.screenings).toEqual([]);
  });
});

describe("working a case", () => {
  it("lists open cases, highest risk first, without answers", async () => {
    const moderate = await memberWithCase(MODERATE);
    const high = await memberWithCase(HIGH);
    const res = await reviewer.client.get<{ cases: SafetyCaseSummary[]; total: number }>(
      "/api/safety/cases?status=open&limit=200",
    );
    expect(res.status).toBe(200);
    const ids = res.body.cases.map((c) => c.id);
    expect(ids).toContain(moderate.caseId);
    expect(ids.indexOf(high.caseId)).toBeLessThan(ids.indexOf(moderate.caseId));
    expect(res.body.cases.every((c) => c.status === "open")).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain("answers");
    expect((await reviewer.client.get("/api/safety/cases?status=closed")).status).toBe(400);
  });

  it("opening a case shows the answers and level, and is audited", async () => {
    const { caseId, user } = await memberWithCase(HIGH);
    const res = await reviewer.client.get<SafetyCaseDetail>(`/api/safety/cases/${caseId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      memberId: user.id,
      risk: "high",
      status: "open",
      screening: { risk: "high", answers: HIGH, country: "US" },
      matchingHold: { active: true },
    });
    expect(res.body.screening.reasons[0]).toMatch(/^Q4/);
    const viewed = await auditOf("staff.viewed_screening", user.id);
    expect(viewed).toHaveLength(1);
    expect(viewed[0]?.actor_id).toBe(reviewer.user.id);
    expect((await reviewer.client.get(`/api/safety/cases/${randomUUID()}`)).status).toBe(404);
  });

  it("assigns to the caller by default, or to another safety-team member, never to anyone else", async () => {
    const { caseId, user } = await memberWithCase(MODERATE);
    const self = await reviewer.client.post<SafetyCaseDetail>(`/api/safety/cases/${caseId}/assign`, {});
    expect(self.body).toMatchObject({ status: "assigned", assigneeId: reviewer.user.id });
    const colleague = await signedInClient(t, { roles: ["safety"] });
    const moved = await reviewer.client.post<SafetyCaseDetail>(`/api/safety/cases/${caseId}/assign`, {
      assigneeId: colleague.user.id,
    });
    expect(moved.body.assigneeId).toBe(colleague.user.id);
    const mentor = await signedInClient(t, { roles: ["mentor"] });
    const refused = await reviewer.client.post(`/api/safety/cases/${caseId}/assign`, { assigneeId: mentor.user.id });
    expect(refused.status).toBe(422);
    const assigned = await auditOf("safety.case_assigned", user.id);
    expect(assigned.map((e) => e.details.assigneeId)).toEqual([reviewer.user.id, colleague.user.id]);
  });

  it("resolves with a required note; clearing the hold lets the member be matched, audited", async () => {
    const { client, caseId, user } = await memberWithCase(HIGH);
    expect((await client.get<ScreeningStatus>("/api/screening/status")).body.matchingHeld).toBe(true);
    const noNote = await reviewer.client.post(`/api/safety/cases/${caseId}/resolve`, { clearMatchingHold: true });
    expect(noNote.status).toBe(400);
    const blank = await reviewer.client.post(`/api/safety/cases/${caseId}/resolve`, {
      note: "  ",
      clearMatchingHold: true,
    });
    expect(blank.status).toBe(400);
    const res = await reviewer.client.post<SafetyCaseDetail>(`/api/safety/cases/${caseId}/resolve`, {
      note: "Called; they have support at home and a safety plan.",
      clearMatchingHold: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "resolved",
      resolvedById: reviewer.user.id,
      resolutionNote: "Called; they have support at home and a safety plan.",
      matchingHold: { active: false },
    });
    expect((await client.get<ScreeningStatus>("/api/screening/status")).body.matchingHeld).toBe(false);
    expect(await auditOf("safety.case_resolved", user.id)).toHaveLength(1);
    const cleared = await auditOf("safety.matching_hold_cleared", user.id);
    expect(cleared).toHaveLength(1);
    expect(JSON.stringify(cleared)).not.toContain("safety plan");
    const again = await reviewer.client.post(`/api/safety/cases/${caseId}/resolve`, {
      note: "again",
      clearMatchingHold: false,
    });
    expect(again.status).toBe(409);
    expect((await reviewer.client.post(`/api/safety/cases/${caseId}/assign`, {})).status).toBe(409);
  });

  it("resolving without clearing keeps matching held", async () => {
    const { client, caseId } = await memberWithCase(HIGH);
    await reviewer.client.post(`/api/safety/cases/${caseId}/resolve`, {
      note: "Referred to their GP; keep holding for now",
      clearMatchingHold: false,
    });
    expect((await client.get<ScreeningStatus>("/api/screening/status")).body.matchingHeld).toBe(true);
  });

  it("never lifts a hold that another open case of the member still relies on", async () => {
    const first = await memberWithCase(HIGH);
    await reviewer.client.post(`/api/safety/cases/${first.caseId}/resolve`, {
      note: "Keep holding until their GP has seen them",
      clearMatchingHold: false,
    });
    await first.client.put("/api/screening/current", { answers: HIGH });
    expect((await first.client.post("/api/screening/current/submit", { country: "US" })).status).toBe(200);
    const second = await t.ctx.db
      .selectFrom("safety_cases")
      .select("id")
      .where("user_id", "=", first.user.id)
      .where("status", "<>", "resolved")
      .executeTakeFirstOrThrow();

    const early = await reviewer.client.post(`/api/safety/cases/${first.caseId}/clear-hold`, { note: "GP saw them" });
    expect(early.status).toBe(409);
    expect((await first.client.get<ScreeningStatus>("/api/screening/status")).body.matchingHeld).toBe(true);
    const resolved = await reviewer.client.post<SafetyCaseDetail>(`/api/safety/cases/${second.id}/resolve`, {
      note: "Talked it through; safe to match",
      clearMatchingHold: true,
    });
    expect(resolved.status).toBe(200);
    expect((await first.client.get<ScreeningStatus>("/api/screening/status")).body.matchingHeld).toBe(false);
  });

  it("a hold kept at resolution can be cleared later, with a note added to the case, audited", async () => {
    const { client, caseId, user } = await memberWithCase(HIGH);
    const url = `/api/safety/cases/${caseId}/clear-hold`;
    const early = await reviewer.client.post(url, { note: "Too early" });
    expect(early.status).toBe(409);
    await reviewer.client.post(`/api/safety/cases/${caseId}/resolve`, {
      note: "Referred to their GP; keep holding for now",
      clearMatchingHold: false,
    });
    expect((await reviewer.client.post(url, {})).status).toBe(400);
    const res = await reviewer.client.post<SafetyCaseDetail>(url, { note: "GP confirmed; they are ready" });
    expect(res.status).toBe(200);
    expect(res.body.matchingHold.active).toBe(false);
    expect(res.body.resolutionNote).toMatch(/keep holding for now[\s\S]*matching hold cleared: GP confirmed/);
    expect((await client.get<ScreeningStatus>("/api/screening/status")).body.matchingHeld).toBe(false);
    const [audit] = await auditOf("safety.matching_hold_cleared", user.id);
    expect(audit?.details).toMatchObject({ caseId, afterResolution: true });
    expect(JSON.stringify(audit?.details)).not.toContain("GP confirmed");
    expect((await reviewer.client.post(url, { note: "Once more" })).status).toBe(409);
  });
});
