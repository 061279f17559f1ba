import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { frankedMessage, pairWithConversation, startEpoch } from "../../../test/franking-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { type ManualClock, MINUTE } from "../../lib/clock.js";
import { ALERT_REPEAT_WINDOW_MS, REPORT_BURST, REPORTS_PER_HOUR } from "./report-limits.js";

type Pair = Awaited<ReturnType<typeof pairWithConversation>>;
type Created = { reportId: string };
type Failure = { error: { code: string; message: string; details: { field: string; reason: string }[] } };

/** The harness's clock stands still until a test moves it, so the allowance and the window are exact. */
let t: TestApp;
let clock: ManualClock;
let safety: Awaited<ReturnType<typeof signedInClient>>;

beforeAll(async () => {
  t = await createTestApp();
  clock = t.clock as ManualClock;
  safety = await signedInClient(t, { roles: ["safety"] });
});
afterAll(() => t.close());

const rowsBy = (reporterId: string, kind: "message_report" | "crisis_alert" | "worried_alert") =>
  t.ctx.db
    .selectFrom("safety_reports")
    .selectAll()
    .where("reporter_id", "=", reporterId)
    .where("kind", "=", kind)
    .execute();
const pages = async () =>
  (
    await t.ctx.db
      .selectFrom("notifications")
      .select("id")
      .where("user_id", "=", safety.user.id)
      .where("kind", "=", "safety.report_opened")
      .execute()
  ).length;
const resolve = async (id: string) =>
  expect(
    (await safety.client.post(`/api/safety/reports/${id}/resolve`, { note: "Checked in with them." })).status,
  ).toBe(200);

async function newPair(): Promise<Pair> {
  const pair = await pairWithConversation(t);
  await startEpoch(t, pair.conversationId, 1);
  return pair;
}
const report = (pair: Pair, messages: unknown[]) =>
  pair.mentee.client.post<Created & Failure>("/api/messaging/reports", {
    conversationId: pair.conversationId,
    reason: "harassment",
    messages,
  });
const crisisAlert = (pair: Pair, body: { conversationId?: string; note?: string }) =>
  pair.mentee.client.post<Created>("/api/messaging/crisis-alerts", body);

describe("a member's message reports", () => {
  it("past the allowance answer 429 naming the field, store nothing and page nobody; time restores it", async () => {
    const pair = await newPair();
    for (let i = 0; i < REPORT_BURST; i++) {
      const message = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, `insult ${i}`);
      expect((await report(pair, [message.reveal])).status).toBe(201);
    }
    const paged = await pages();
    const extra = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "one more");
    const refused = await report(pair, [extra.reveal]);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
    expect(refused.body.error.details).toEqual([
      { field: "messages", reason: expect.stringContaining("the safety team has them") },
    ]);
    expect(await rowsBy(pair.mentee.user.id, "message_report")).toHaveLength(REPORT_BURST);
    expect(await pages()).toBe(paged);

    // Someone else's allowance is their own.
    const other = await frankedMessage(t, pair.conversationId, pair.mentee.user.id, "leave me alone");
    const byMentor = await pair.mentor.client.post("/api/messaging/reports", {
      conversationId: pair.conversationId,
      reason: "other",
      messages: [other.reveal],
    });
    expect(byMentor.status).toBe(201);

    // The allowance refills at REPORTS_PER_HOUR: one report's worth later, the refused one goes in.
    clock.advance(Math.ceil(3_600_000 / REPORTS_PER_HOUR) + 1000);
    expect((await report(pair, [extra.reveal])).status).toBe(201);
    expect(
      (await report(pair, [(await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "x")).reveal])).status,
    ).toBe(429);

    // Asking for help is never limited, even with no reports left.
    expect((await crisisAlert(pair, { conversationId: pair.conversationId })).status).toBe(201);
  });

  it("of a message they already reported, still open, answer with that report and add no queue item", async () => {
    const pair = await newPair();
    const insult = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "nobody likes you");
    const context = await frankedMessage(t, pair.conversationId, pair.mentee.user.id, "why would you say that");
    const first = await report(pair, [insult.reveal]);
    expect(first.status).toBe(201);
    const paged = await pages();

    const again = await report(pair, [insult.reveal, context.reveal]);
    expect(again.status).toBe(200);
    expect(again.body.reportId).toBe(first.body.reportId);
    expect(await rowsBy(pair.mentee.user.id, "message_report")).toHaveLength(1);
    expect(await pages()).toBe(paged);

    // Still checked: a forged repeat is refused, not folded in.
    const forged = { ...insult.reveal, plaintext: Buffer.from('{"v":1,"text":"other words"}').toString("base64url") };
    expect((await report(pair, [forged])).status).toBe(422);

    // Once the team has resolved it, the same message can be reported afresh.
    await resolve(first.body.reportId);
    const after = await report(pair, [insult.reveal]);
    expect(after.status).toBe(201);
    expect(after.body.reportId).not.toBe(first.body.reportId);
    expect(await rowsBy(pair.mentee.user.id, "message_report")).toHaveLength(2);
  });
});

describe("a repeated crisis alert", () => {
  it("within the window succeeds with the same alert, adds its note and pages the team only once", async () => {
    const pair = await newPair();
    const paged = await pages();
    const first = await crisisAlert(pair, { conversationId: pair.conversationId, note: "I am not okay" });
    expect(first.status).toBe(201);
    expect(await pages()).toBe(paged + 1);

    clock.advance(5 * MINUTE);
    const again = await crisisAlert(pair, { conversationId: pair.conversationId, note: "still here, please" });
    expect(again.status).toBe(200);
    expect(again.body.reportId).toBe(first.body.reportId);
    const rows = await rowsBy(pair.mentee.user.id, "crisis_alert");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.note).toMatch(/^I am not okay\n\n\[Raised again [^\]]+\] still here, please$/);
    expect(await pages()).toBe(paged + 1);

    // An alert from elsewhere (no conversation) is a different one.
    expect((await crisisAlert(pair, {})).status).toBe(201);
    expect(await pages()).toBe(paged + 2);
  });

  it("after the earlier one was resolved, or after the window, is a new alert that pages the team", async () => {
    const pair = await newPair();
    const body = { conversationId: pair.conversationId };
    const first = await crisisAlert(pair, body);
    expect(first.status).toBe(201);
    await resolve(first.body.reportId);
    const paged = await pages();

    const afterResolve = await crisisAlert(pair, body);
    expect(afterResolve.status).toBe(201);
    expect(afterResolve.body.reportId).not.toBe(first.body.reportId);
    expect(await pages()).toBe(paged + 1);

    clock.advance(ALERT_REPEAT_WINDOW_MS + MINUTE);
    const afterWindow = await crisisAlert(pair, body);
    expect(afterWindow.status).toBe(201);
    expect(await rowsBy(pair.mentee.user.id, "crisis_alert")).toHaveLength(3);
    expect(await pages()).toBe(paged + 2);
  });
});

describe("a repeated worried alert", () => {
  it("within the window succeeds with the same alert and tells neither the mentee nor the team again", async () => {
    const pair = await newPair();
    const message = await frankedMessage(t, pair.conversationId, pair.mentee.user.id, "I can't do this");
    const worried = (note: string) =>
      pair.mentor.client.post<Created>(`/api/conversations/${pair.conversationId}/worried`, {
        note,
        messages: [message.reveal],
      });
    const toldMentee = async () =>
      (
        await t.ctx.db
          .selectFrom("notifications")
          .select("id")
          .where("user_id", "=", pair.mentee.user.id)
          .where("kind", "=", "safety.worried_check_in")
          .execute()
      ).length;
    const first = await worried("Gone quiet since Monday.");
    expect(first.status).toBe(201);
    const paged = await pages();

    clock.advance(MINUTE);
    const again = await worried("Still no answer.");
    expect(again.status).toBe(200);
    expect(again.body.reportId).toBe(first.body.reportId);
    expect(await rowsBy(pair.mentor.user.id, "worried_alert")).toHaveLength(1);
    expect(await toldMentee()).toBe(1);
    expect(await pages()).toBe(paged);
    const notices = await t.ctx.db
      .selectFrom("conversation_events")
      .select("seq")
      .where("conversation_id", "=", pair.conversationId)
      .where("kind", "=", "system")
      .execute();
    expect(notices).toHaveLength(1);
  });
});
