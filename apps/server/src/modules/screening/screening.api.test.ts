import type { CssrsAnswersInput, MyScreening, ScreeningStatus } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { DAY, ManualClock } from "../../lib/clock.js";
import { getScreeningStatus } from "./get-screening-status.js";

type Resources = { country: string | null; resources: { name: string; phone: string | null }[] } | null;
type Submitted = {
  screening: MyScreening;
  risk: string;
  actions: { showCrisisResources: boolean; openSafetyCase: boolean; holdMatching: boolean };
  crisisResources: Resources;
};

const clock = new ManualClock(new Date());
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

async function screen(client: TestClient, answers: CssrsAnswersInput, country?: string) {
  const draft = await client.put("/api/screening/current", { answers });
  expect(draft.status).toBe(200);
  return client.post<Submitted>("/api/screening/current/submit", country ? { country } : {});
}

const casesOf = (userId: string) =>
  t.ctx.db.selectFrom("safety_cases").selectAll().where("user_id", "=", userId).execute();
const holdsOf = (userId: string) =>
  t.ctx.db
    .selectFrom("matching_holds")
    .selectAll()
    .where("user_id", "=", userId)
    .where("cleared_at", "is", null)
    .execute();

describe("the C-SSRS screener", () => {
  it("serves the library's questions, in form order", async () => {
    const { client } = await signedInClient(t);
    const res = await client.get<{ questions: { id: string }[] }>("/api/screening/questions");
    expect(res.status).toBe(200);
    expect(res.body.questions.map((q) => q.id)).toEqual(["q1", "q2", "q3", "q4", "q5", "q6", "q6Within3Months"]);
  });

  it("saves an incomplete screening as a draft that is never routed, and refuses to submit it", async () => {
    const { client, user } = await signedInClient(t);
    const res = await client.put<{ screening: MyScreening; missing: string[]; riskAtLeast: string }>(
      "/api/screening/current",
      { answers: { q1: true } },
    );
    expect(res.status).toBe(200);
    expect(res.body.screening).toMatchObject({ status: "draft", risk: null, answers: { q1: true } });
    expect(res.body.missing).toEqual(["q2", "q6"]);
    expect(res.body.riskAtLeast).toBe("low");
    const submit = await client.post("/api/screening/current/submit", {});
    expect(submit.status).toBe(422);
    expect(submit.body).toMatchObject({ error: { details: [{ field: "answers.q2" }, { field: "answers.q6" }] } });
    const rows = await t.ctx.db.selectFrom("screenings").selectAll().where("user_id", "=", user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "draft", risk: null, completed_at: null });
  });

  it("shows crisis lines on a draft as soon as its answers establish a risk", async () => {
    const { client } = await signedInClient(t);
    const res = await client.put<{ riskAtLeast: string; crisisResources: Resources }>("/api/screening/current", {
      answers: { q1: true, q2: true, q4: true },
      country: "us",
    });
    expect(res.body.riskAtLeast).toBe("high");
    expect(res.body.crisisResources?.resources[0]).toMatchObject({
      name: "988 Suicide & Crisis Lifeline",
      phone: "988",
    });
    // A later save without the country keeps it, and the submit answers with the same lines.
    await client.put("/api/screening/current", {
      answers: { q1: true, q2: true, q3: false, q4: true, q5: false, q6: false },
    });
    const submitted = await client.post<Submitted>("/api/screening/current/submit", {});
    expect(submitted.body).toMatchObject({ risk: "high", screening: { country: "US" } });
    expect(submitted.body.crisisResources?.resources[0]?.phone).toBe("988");
  });

  it("opens the safety case and holds matching from an abandoned high-risk draft, once", async () => {
    const { client, user } = await signedInClient(t);
    await client.put("/api/screening/current", { answers: { q1: true, q2: true, q4: true } });
    // The member closes the page here; the safety team must already know.
    const opened = await casesOf(user.id);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ risk: "high", status: "open" });
    expect(await holdsOf(user.id)).toHaveLength(1);
    // Coming back and submitting does not open a second case or a second hold.
    await client.put("/api/screening/current", {
      answers: { q1: true, q2: true, q3: false, q4: true, q5: false, q6: false },
    });
    expect((await client.post<Submitted>("/api/screening/current/submit", {})).body.risk).toBe("high");
    expect(await casesOf(user.id)).toHaveLength(1);
    expect(await holdsOf(user.id)).toHaveLength(1);
  });

  it("escalates a draft's moderate case when later answers show high risk", async () => {
    const { client, user } = await signedInClient(t);
    await client.put("/api/screening/current", { answers: { q1: true, q2: true, q3: true } });
    expect((await casesOf(user.id))[0]?.risk).toBe("moderate");
    expect(await holdsOf(user.id)).toHaveLength(0);
    await client.put("/api/screening/current", { answers: { q1: true, q2: true, q3: true, q5: true } });
    const cases = await casesOf(user.id);
    expect(cases).toHaveLength(1);
    expect(cases[0]?.risk).toBe("high");
    expect(await holdsOf(user.id)).toHaveLength(1);
  });

  it("submitting without a screening in progress is a 404", async () => {
    const { client } = await signedInClient(t);
    expect((await client.post("/api/screening/current/submit", {})).status).toBe(404);
  });

  const levels: {
    name: string;
    answers: CssrsAnswersInput;
    risk: string;
    caseOpened: boolean;
    held: boolean;
    resources: boolean;
  }[] = [
    {
      name: "all no",
      answers: { q1: false, q2: false, q6: false },
      risk: "none",
      caseOpened: false,
      held: false,
      resources: false,
    },
    {
      name: "Q1 only",
      answers: { q1: true, q2: false, q6: false },
      risk: "low",
      caseOpened: false,
      held: false,
      resources: true,
    },
    {
      name: "Q3 yes",
      answers: { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false },
      risk: "moderate",
      caseOpened: true,
      held: false,
      resources: true,
    },
    {
      name: "Q6 yes, over 3 months ago",
      answers: { q1: false, q2: false, q6: true, q6Within3Months: false },
      risk: "moderate",
      caseOpened: true,
      held: false,
      resources: true,
    },
    {
      name: "Q4 yes",
      answers: { q1: true, q2: true, q3: false, q4: true, q5: false, q6: false },
      risk: "high",
      caseOpened: true,
      held: true,
      resources: true,
    },
    {
      name: "Q6 yes within 3 months",
      answers: { q1: false, q2: false, q6: true, q6Within3Months: true },
      risk: "high",
      caseOpened: true,
      held: true,
      resources: true,
    },
  ];

  for (const level of levels) {
    it(`${level.name} routes to ${level.risk} and acts on it`, async () => {
      const { client, user } = await signedInClient(t);
      const res = await screen(client, level.answers, "GB");
      expect(res.status).toBe(200);
      expect(res.body.risk).toBe(level.risk);
      expect(res.body.screening).toMatchObject({ status: "complete", risk: level.risk, country: "GB" });
      expect((await casesOf(user.id)).length).toBe(level.caseOpened ? 1 : 0);
      expect((await holdsOf(user.id)).length).toBe(level.held ? 1 : 0);
      if (level.resources) {
        const names = res.body.crisisResources?.resources.map((r) => r.name);
        expect(names).toEqual(["Samaritans", "Emergency services"]);
        expect(res.body.crisisResources?.resources[0]?.phone).toBe("116 123");
      } else {
        expect(res.body.crisisResources).toBeNull();
      }
      const status = await client.get<ScreeningStatus>("/api/screening/status");
      expect(status.body).toMatchObject({
        due: false,
        lastRisk: level.risk,
        matchingHeld: level.held,
        hasDraft: false,
      });

      const audit = await t.ctx.db.selectFrom("audit_events").selectAll().where("subject_id", "=", user.id).execute();
      const submitted = audit.filter((e) => e.action === "screening.submitted");
      expect(submitted).toHaveLength(1);
      expect(Object.keys(submitted[0]?.details ?? {}).sort()).toEqual(["level", "screeningId"]);
      expect(JSON.stringify(audit)).not.toMatch(/q[1-6]/);
      expect(audit.some((e) => e.action === "safety.case_opened")).toBe(level.caseOpened);
      expect(audit.some((e) => e.action === "safety.matching_hold_set")).toBe(level.held);
    });
  }

  it("falls back to the international line for a country without its own, and tells the safety team", async () => {
    const { user: reviewer } = await signedInClient(t, { roles: ["safety"] });
    const { client } = await signedInClient(t);
    const res = await screen(client, { q1: true, q2: true, q3: false, q4: false, q5: true, q6: false }, "FR");
    expect(res.body.crisisResources).toEqual({
      country: "FR",
      resources: [expect.objectContaining({ name: "Emergency services" })],
    });
    const notices = await t.ctx.db.selectFrom("notifications").selectAll().where("user_id", "=", reviewer.id).execute();
    expect(notices.map((n) => n.title)).toContain("New high-risk safety case");
    expect(JSON.stringify(notices)).not.toMatch(/Q5|q5/);
  });

  it("rejects unknown answers and bad country codes", async () => {
    const { client } = await signedInClient(t);
    expect((await client.put("/api/screening/current", { answers: { q7: true } })).status).toBe(400);
    expect((await client.put("/api/screening/current", { answers: { q1: "yes" } })).status).toBe(400);
    expect((await client.put("/api/screening/current", { answers: {}, country: "Narnia" })).status).toBe(400);
  });
});

describe("own screenings and status", () => {
  it("a member reads only their own screenings, answers and levels included", async () => {
    const a = await signedInClient(t);
    const b = await signedInClient(t);
    await screen(a.client, { q1: true, q2: false, q6: false });
    await b.client.put("/api/screening/current", { answers: { q1: false } });
    const mineA = await a.client.get<{ screenings: MyScreening[] }>("/api/screening/mine");
    expect(mineA.body.screenings).toHaveLength(1);
    expect(mineA.body.screenings[0]).toMatchObject({ risk: "low", answers: { q1: true, q2: false, q6: false } });
    expect(Object.keys(mineA.body.screenings[0] ?? {})).not.toContain("reasons");
    const mineB = await b.client.get<{ screenings: MyScreening[] }>("/api/screening/mine");
    expect(mineB.body.screenings.map((s) => s.status)).toEqual(["draft"]);
  });

  it("is due when never screened, then again RESCREENING_INTERVAL_DAYS after the last one", async () => {
    const { client, user } = await signedInClient(t);
    expect((await client.get<ScreeningStatus>("/api/screening/status")).body).toMatchObject({
      due: true,
      dueReason: "never_screened",
      lastRisk: null,
    });
    await screen(client, { q1: false, q2: false, q6: false });
    const after = await client.get<ScreeningStatus>("/api/screening/status");
    expect(after.body).toMatchObject({ due: false, dueReason: null, lastRisk: "none" });
    expect(after.body.nextDueAt).toBe(new Date(clock.now().getTime() + 90 * DAY).toISOString());
    // Sessions expire long before 90 days, so ask the service directly once the clock has moved on.
    clock.advance(90 * DAY);
    try {
      expect(await getScreeningStatus(t.ctx, user.id)).toMatchObject({ due: true, dueReason: "scheduled" });
    } finally {
      clock.advance(-90 * DAY);
    }
  });
});
