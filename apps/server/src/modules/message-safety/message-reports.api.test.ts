import { createHmac, randomBytes } from "node:crypto";
import type { SafetyReportDetail, SafetyReportSummary } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { frankedMessage, pairWithConversation, startEpoch } from "../../../test/franking-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";
import { chattingPair, messageRequest } from "../../../test/messaging-fixture.js";

type ReportCreated = { reportId: string };
type SafetyReportListResponse = { reports: SafetyReportSummary[] };

let t: TestApp;
let pair: Awaited<ReturnType<typeof pairWithConversation>>;
let safety: Awaited<ReturnType<typeof signedInClient>>;
let firstReportId: string;

const countReports = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom("safety_reports")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
const report = (messages: unknown[], conversationId = pair.conversationId) =>
  pair.mentee.client.post("/api/messaging/reports", { conversationId, reason: "harassment", messages });

beforeAll(async () => {
  t = await createTestApp();
  pair = await pairWithConversation(t);
  await startEpoch(t, pair.conversationId, 1);
  safety = await signedInClient(t, { roles: ["safety"] });
});
afterAll(() => t.close());

describe("a franked message report", () => {
  it("verifies with the genuine commitment and stores exactly the revealed text", async () => {
    const reported = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "you are worthless");
    const context = await frankedMessage(t, pair.conversationId, pair.mentee.user.id, "please stop");
    const res = await report([reported.reveal, context.reveal]);
    expect(res.status).toBe(201);
    firstReportId = (res.body as ReportCreated).reportId;
    const row = await t.ctx.db
      .selectFrom("safety_reports")
      .selectAll()
      .where("id", "=", firstReportId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: "message_report", status: "open", reason: "harassment" });
    expect(row.reporter_id).toBe(pair.mentee.user.id);
    expect(row.subject_id).toBe(pair.mentor.user.id);
    expect(row.messages).toEqual([
      expect.objectContaining({ seq: reported.seq, senderId: pair.mentor.user.id, text: "you are worthless" }),
      expect.objectContaining({ seq: context.seq, senderId: pair.mentee.user.id, text: "please stop" }),
    ]);
  });

  it("rejects a forged plaintext with 422 naming the message, and stores nothing", async () => {
    const genuine = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "see you tuesday");
    const before = await countReports();
    const forged = {
      ...genuine.reveal,
      plaintext: Buffer.from(JSON.stringify({ v: 1, text: "I will hurt you" })).toString("base64url"),
    };
    const res = await report([forged]);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { details: [{ field: "messages.0" }] } });
    expect(await countReports()).toBe(before);
  });

  it("rejects a wrong franking key even when the other messages verify", async () => {
    const first = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "hello");
    const second = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "goodbye");
    const before = await countReports();
    const res = await report([first.reveal, { ...second.reveal, frankingKey: randomBytes(32).toString("base64url") }]);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { details: [{ field: "messages.1" }] } });
    expect(await countReports()).toBe(before);
  });

  it("refuses a message from an epoch the reporter never had, a reaction and an unknown seq", async () => {
    const old = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "before your time", { epoch: 0 });
    const reaction = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "", { kind: "reaction" });
    for (const reveal of [old.reveal, reaction.reveal, { ...old.reveal, seq: 999 }]) {
      const res = await report([reveal]);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ error: { details: [{ field: "messages.0" }] } });
    }
  });

  it("is refused (404) to someone who was never in the conversation", async () => {
    const outsider = await member(t);
    const message = await frankedMessage(t, pair.conversationId, pair.mentor.user.id, "private");
    const res = await outsider.client.post("/api/messaging/reports", {
      conversationId: pair.conversationId,
      reason: "spam",
      messages: [message.reveal],
    });
    expect(res.status).toBe(404);
  });
});

describe("what a group member may report", () => {
  it("is only what they could read: nothing from before they joined or after they left", async () => {
    const peer = await member(t, { roles: ["mentor"] });
    const created = await pair.mentor.client.post<{ id: string }>("/api/conversations/groups", {
      title: "Circle",
      memberIds: [pair.mentee.user.id],
    });
    const group = created.body.id;
    await startEpoch(t, group, 1);
    const early = await frankedMessage(t, group, pair.mentor.user.id, "before the peer came", { epoch: 1 });
    expect(
      (await pair.mentor.client.post(`/api/conversations/${group}/members`, { userId: peer.user.id })).status,
    ).toBe(200);
    await startEpoch(t, group, 2);
    const shared = await frankedMessage(t, group, pair.mentor.user.id, "everyone sees this", { epoch: 2 });
    const byPeer = (reveal: unknown) =>
      peer.client.post("/api/messaging/reports", { conversationId: group, reason: "other", messages: [reveal] });
    expect((await byPeer(early.reveal)).status).toBe(422);
    expect((await byPeer(shared.reveal)).status).toBe(201);

    expect((await pair.mentor.client.delete(`/api/conversations/${group}/members/${pair.mentee.user.id}`)).status).toBe(
      200,
    );
    await startEpoch(t, group, 3);
    const late = await frankedMessage(t, group, pair.mentor.user.id, "after the mentee left", { epoch: 3 });
    const byFormer = (reveal: unknown) => report([reveal], group);
    expect((await byFormer(late.reveal)).status).toBe(422);
    expect((await byFormer(shared.reveal)).status).toBe(201);
  });
});

describe("a report of a message sent through the send route", () => {
  it("verifies against the commitment the sender's device sent with it", async () => {
    const chat = await chattingPair(t);
    const payload = Buffer.from(JSON.stringify({ v: 1, text: "meet me alone, tell no one" }));
    const frankingKey = randomBytes(32);
    const commitment = createHmac("sha256", frankingKey).update(payload).digest("base64url");
    const sent = await chat.mentor.client.post<{ event: { seq: number } }>(
      chat.events,
      messageRequest(chat.mentorDevice.id, 1, { commitment }),
    );
    expect(sent.status).toBe(201);
    const reveal = { seq: sent.body.event.seq, plaintext: payload.toString("base64url") };
    const res = await chat.mentee.client.post<ReportCreated>("/api/messaging/reports", {
      conversationId: chat.conversationId,
      reason: "threats",
      messages: [{ ...reveal, frankingKey: frankingKey.toString("base64url") }],
    });
    expect(res.status).toBe(201);
    const row = await t.ctx.db
      .selectFrom("safety_reports")
      .select(["messages", "subject_id"])
      .where("id", "=", res.body.reportId)
      .executeTakeFirstOrThrow();
    expect(row.subject_id).toBe(chat.mentor.user.id);
    expect(row.messages).toEqual([expect.objectContaining({ text: "meet me alone, tell no one" })]);
    const wrongKey = await chat.mentee.client.post("/api/messaging/reports", {
      conversationId: chat.conversationId,
      reason: "threats",
      messages: [{ ...reveal, frankingKey: randomBytes(32).toString("base64url") }],
    });
    expect(wrongKey.status).toBe(422);
  });
});

describe("a member's own crisis alert", () => {
  it("reaches the queue about the member themselves and tells the safety team", async () => {
    const res = await pair.mentee.client.post("/api/messaging/crisis-alerts", {
      conversationId: pair.conversationId,
      note: "I need to talk to someone",
    });
    expect(res.status).toBe(201);
    const row = await t.ctx.db
      .selectFrom("safety_reports")
      .selectAll()
      .where("id", "=", (res.body as ReportCreated).reportId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      kind: "crisis_alert",
      reporter_id: pair.mentee.user.id,
      subject_id: pair.mentee.user.id,
    });
    const notices = await t.ctx.db
      .selectFrom("notifications")
      .select("kind")
      .where("user_id", "=", safety.user.id)
      .execute();
    expect(notices.map((n) => n.kind)).toContain("safety.report_opened");
  });

  it("names conversationId when it is not one of theirs", async () => {
    const outsider = await member(t);
    const res = await outsider.client.post("/api/messaging/crisis-alerts", { conversationId: pair.conversationId });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { details: [{ field: "conversationId" }] } });
  });
});

describe("the safety queue of reports", () => {
  it("is closed to members and to admins without the safety role", async () => {
    const admin = await signedInClient(t, { roles: ["admin", "supervisor"] });
    for (const client of [pair.mentee.client, pair.mentor.client, admin.client]) {
      expect((await client.get("/api/safety/reports")).status).toBe(403);
    }
  });

  it("lists, opens (audited), assigns and resolves a report for the safety team", async () => {
    const list = await safety.client.get<SafetyReportListResponse>("/api/safety/reports?status=open");
    expect(list.status).toBe(200);
    const messageReport = list.body.reports.find((r) => r.id === firstReportId);
    expect(messageReport).toMatchObject({ reporterName: "Mia Mentee", subjectName: "Omar Mentor" });
    const id = messageReport?.id as string;

    const detail = await safety.client.get<SafetyReportDetail>(`/api/safety/reports/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.messages[0]).toMatchObject({
      text: "you are worthless",
      verified: true,
      senderName: "Omar Mentor",
    });
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "staff.viewed_safety_report")
      .where("actor_id", "=", safety.user.id)
      .execute();
    expect(audit.length).toBe(1);

    const assigned = await safety.client.post<SafetyReportDetail>(`/api/safety/reports/${id}/assign`, {});
    expect(assigned.body).toMatchObject({ status: "assigned", assigneeId: safety.user.id });
    const notSafety = await safety.client.post(`/api/safety/reports/${id}/assign`, { assigneeId: pair.mentor.user.id });
    expect(notSafety.status).toBe(422);
    const resolved = await safety.client.post<SafetyReportDetail>(`/api/safety/reports/${id}/resolve`, {
      note: "Spoke with both; the mentor was moved to another mentee.",
    });
    expect(resolved.body).toMatchObject({ status: "resolved", resolutionNote: expect.stringContaining("Spoke") });
    expect((await safety.client.post(`/api/safety/reports/${id}/resolve`, { note: "again" })).status).toBe(409);
    const open = await safety.client.get<SafetyReportListResponse>("/api/safety/reports?status=open");
    expect(open.body.reports.map((r) => r.id)).not.toContain(id);
  });
});
