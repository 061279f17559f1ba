import type { Notification, RelationshipDetail, SupervisedRelationship } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair } from "../../../test/activity-fixture.js";
import type { TestClient } from "../../../test/client.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { type ErrorBody, member, notificationsOf } from "../../../test/matching-fixture.js";
import { chattingPair, messageRequest } from "../../../test/messaging-fixture.js";
import { supervisedBy as supervisedByFixture } from "../../../test/supervision-fixture.js";

let t: TestApp;
type Person = Awaited<ReturnType<typeof member>>;
let supervisor: Person;
let otherSupervisor: Person;
let safety: Person;
let admin: Person;

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await member(t, { roles: ["supervisor"] });
  otherSupervisor = await member(t, { roles: ["supervisor"] });
  safety = await member(t, { roles: ["safety"] });
  admin = await member(t, { roles: ["admin"] });
});
afterAll(() => t.close());

const supervisedBy = (mentorId: string, supervisorId: string) => supervisedByFixture(t, mentorId, supervisorId);

const block = (client: TestClient, memberId: string) =>
  client.post<{ blocks: { memberId: string }[] }>("/api/matching/blocks", { memberId });
const detailOf = async (client: TestClient, id: string) =>
  (await client.get<RelationshipDetail>(`/api/relationships/${id}`)).body;
const eventsOf = (id: string) =>
  t.ctx.db.selectFrom("relationship_events").selectAll().where("relationship_id", "=", id).execute();
const afterBlock = (notes: Notification[]) => notes.filter((n) => n.kind === "supervision.closed_after_block");

describe("blocking the other of a live relationship", () => {
  it("closes it at once as blocked: read-only conversation, the blocker told, the blocked told only it ended", async () => {
    const chat = await chattingPair(t);
    await supervisedBy(chat.mentor.user.id, supervisor.user.id);
    expect((await chat.mentor.client.post(chat.events, messageRequest(chat.mentorDevice.id, 1))).status).toBe(201);

    const blocked = await block(chat.mentee.client, chat.mentor.user.id);
    expect(blocked.status).toBe(201);
    expect(blocked.body.blocks.map((b) => b.memberId)).toEqual([chat.mentor.user.id]);

    const refused = await chat.mentor.client.post<ErrorBody>(chat.events, messageRequest(chat.mentorDevice.id, 1));
    expect(refused.status).toBe(409);
    expect(refused.body.error.details?.[0]).toMatchObject({ field: "conversationId", reason: "read only" });
    const stored = await t.ctx.db
      .selectFrom("conversations")
      .select("state")
      .where("id", "=", chat.conversationId)
      .executeTakeFirstOrThrow();
    expect(stored.state).toBe("read_only");

    const mine = await detailOf(chat.mentee.client, chat.id);
    expect(mine).toMatchObject({ status: "closed", closeReason: "blocked", rematchOffer: { reason: "closed" } });
    expect(mine.nextStep.kind).toBe("consider_rematch");
    expect(mine.events.at(-1)).toMatchObject({
      action: "close",
      actor: "mentee",
      fromStatus: "active",
      toStatus: "closed",
      reason: "blocked",
    });
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .select("details")
      .where("action", "=", "relationships.close")
      .where("actor_id", "=", chat.mentee.user.id)
      .execute();
    expect(audit.map((a) => a.details)).toContainEqual(
      expect.objectContaining({ relationshipId: chat.id, actor: "mentee", reason: "blocked", to: "closed" }),
    );

    // The blocked mentor sees an ending with no reason, nowhere a word of the block.
    const theirs = await detailOf(chat.mentor.client, chat.id);
    expect(theirs).toMatchObject({ status: "closed", closeReason: null });
    expect(theirs.events.at(-1)).toMatchObject({ action: "close", toStatus: "closed", reason: null });
    expect(JSON.stringify(theirs)).not.toMatch(/block/i);

    const confirmation = (await notificationsOf(chat.mentee.client)).find(
      (n) => n.kind === "relationships.closed_by_block",
    );
    expect(confirmation?.title).toBe("You blocked Omar Mentor");
    expect(confirmation?.body).toMatch(/relationship has ended and they can no longer message you/);
    expect(confirmation?.body).toMatch(/new mentor/);
    const toBlocked = await notificationsOf(chat.mentor.client);
    expect(toBlocked.map((n) => n.kind)).toEqual(["relationships.closed"]);
    expect(toBlocked[0]?.body).toMatch(/has ended/);
    expect(JSON.stringify(toBlocked)).not.toMatch(/block/i);

    const staff = afterBlock(await notificationsOf(supervisor.client));
    expect(staff).toHaveLength(1);
    expect(staff[0]?.body).toContain("Mia Mentee (mentee) blocked Omar Mentor");
    expect(afterBlock(await notificationsOf(otherSupervisor.client))).toEqual([]);
    const supervised = await supervisor.client.get<{ relationships: SupervisedRelationship[] }>(
      "/api/relationships/supervised",
    );
    expect(supervised.body.relationships.find((r) => r.id === chat.id)).toMatchObject({
      status: "closed",
      closeReason: "blocked",
    });

    // Blocking again changes nothing: no second close, no second notice.
    expect((await block(chat.mentee.client, chat.mentor.user.id)).status).toBe(200);
    expect((await eventsOf(chat.id)).filter((e) => e.action === "close")).toHaveLength(1);
    expect(afterBlock(await notificationsOf(supervisor.client))).toHaveLength(1);

    // The mentee may take up the new mentor offer as after any close.
    const rematched = await chat.mentee.client.post<RelationshipDetail>(`/api/relationships/${chat.id}/rematch`, {});
    expect(rematched.status).toBe(200);
    expect(rematched.body.status).toBe("rematched");
  });

  it("closes a paused one when the mentor blocks; the blocked mentee keeps a new mentor offer and every supervisor hears when nobody in particular supervises", async () => {
    const pair = await activePair(t, {}, "paused");
    expect((await block(pair.mentor.client, pair.mentee.user.id)).status).toBe(201);

    const mentorView = await detailOf(pair.mentor.client, pair.id);
    expect(mentorView).toMatchObject({ status: "closed", closeReason: "blocked", rematchOffer: null });
    expect(mentorView.events.at(-1)).toMatchObject({ actor: "mentor", fromStatus: "paused", reason: "blocked" });

    const menteeView = await detailOf(pair.mentee.client, pair.id);
    expect(menteeView).toMatchObject({ status: "closed", closeReason: null, rematchOffer: { reason: "closed" } });
    expect(JSON.stringify(menteeView)).not.toMatch(/block/i);
    const toBlocked = await notificationsOf(pair.mentee.client);
    expect(toBlocked.map((n) => n.kind)).toEqual(["relationships.closed"]);
    expect(toBlocked[0]?.body).toMatch(/ask for a new mentor/);
    expect(JSON.stringify(toBlocked)).not.toMatch(/block/i);
    const confirmation = (await notificationsOf(pair.mentor.client)).find(
      (n) => n.kind === "relationships.closed_by_block",
    );
    expect(confirmation?.body).not.toMatch(/new mentor/);

    for (const staff of [supervisor, otherSupervisor]) {
      const notes = afterBlock(await notificationsOf(staff.client));
      expect(notes.some((n) => n.body.includes("Omar Mentor (mentor) blocked Mia Mentee"))).toBe(true);
    }
  });
});

describe("the blocked close reason", () => {
  it("is refused on the close routes, to the pair and to staff", async () => {
    const pair = await activePair(t);
    await supervisedBy(pair.mentor.user.id, supervisor.user.id);
    const body = { reason: "blocked" };
    expect((await pair.mentee.client.post(`${pair.base}/close`, body)).status).toBe(403);
    expect((await pair.mentor.client.post(`${pair.base}/close`, body)).status).toBe(403);
    for (const staff of [supervisor, safety, admin]) {
      expect((await staff.client.post(`/api/relationships/supervised/${pair.id}/close`, body)).status).toBe(403);
    }
    const detail = await detailOf(pair.mentee.client, pair.id);
    expect(detail.status).toBe("active");
    expect(detail.closeReasons).not.toContain("blocked");
    expect(await eventsOf(pair.id)).toEqual([]);
  });
});

describe("blocking without a live relationship", () => {
  it.each(["closed", "graduated", "rematched"])(
    "leaves a %s relationship as it was and tells nobody",
    async (status) => {
      const pair = await activePair(t, {}, status);
      const staffBefore = afterBlock(await notificationsOf(supervisor.client)).length;
      const res = await block(pair.mentee.client, pair.mentor.user.id);
      expect(res.status).toBe(201);
      expect(res.body.blocks.map((b) => b.memberId)).toEqual([pair.mentor.user.id]);
      const row = await t.ctx.db
        .selectFrom("relationships")
        .select(["status", "close_reason"])
        .where("id", "=", pair.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status, close_reason: null });
      expect(await eventsOf(pair.id)).toEqual([]);
      expect(await notificationsOf(pair.mentor.client)).toEqual([]);
      expect(await notificationsOf(pair.mentee.client)).toEqual([]);
      expect(afterBlock(await notificationsOf(supervisor.client))).toHaveLength(staffBefore);
    },
  );
});
