import type { ConversationDetail } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair } from "../../../test/activity-fixture.js";
import { buildUser, signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";
import { authenticate, type ClientSocket, connectSocket, listen, nextEvent } from "../../../test/sockets.js";

type Eligible = { members: { userId: string; displayName: string; relation: string }[] };
let t: TestApp;
let pair: Awaited<ReturnType<typeof activePair>>;
let otherMentor: Awaited<ReturnType<typeof member>>;
let stranger: Awaited<ReturnType<typeof member>>;
let supervisor: Awaited<ReturnType<typeof signedInClient>>;

beforeAll(async () => {
  t = await createTestApp();
  pair = await activePair(t);
  otherMentor = await member(t, { roles: ["mentor"], displayName: "Rae Mentor" });
  stranger = await member(t, { displayName: "Sol Stranger" });
  supervisor = await signedInClient(t, { roles: ["supervisor"] });
});
afterAll(() => t.close());

const create = (client: typeof pair.mentor.client, title: string, memberIds: string[]) =>
  client.post<ConversationDetail>("/api/conversations/groups", { title, memberIds });

describe("creating a support group", () => {
  it("lets a mentor bring their own mentee and other mentors, as its owner", async () => {
    const res = await create(pair.mentor.client, "Evening circle", [pair.mentee.user.id, otherMentor.user.id]);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: "group", title: "Evening circle", myRole: "owner", state: "open" });
    expect(res.body.members.map((m) => [m.userId, m.role]).sort()).toEqual(
      [
        [pair.mentor.user.id, "owner"],
        [pair.mentee.user.id, "member"],
        [otherMentor.user.id, "member"],
      ].sort(),
    );
    // Nobody holds a key yet: the first sender's device makes epoch 1 for everyone.
    expect(res.body.currentEpoch).toBeNull();
    const rows = await t.ctx.db
      .selectFrom("conversation_members")
      .select(["from_epoch", "left_at"])
      .where("conversation_id", "=", res.body.id)
      .execute();
    expect(rows.every((r) => r.from_epoch === null && r.left_at === null)).toBe(true);
  });

  it("refuses a mentor adding someone who is not their mentee or a mentor, naming the entry", async () => {
    const res = await create(pair.mentor.client, "Mixed", [pair.mentee.user.id, stranger.user.id]);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { details: [{ field: "memberIds.1" }] } });
    const ended = await activePair(t, {}, "closed");
    const former = await create(ended.mentor.client, "Old friends", [ended.mentee.user.id]);
    expect(former.status).toBe(422);
  });

  it("lets supervisors add any member, but not ids that are no member", async () => {
    const res = await create(supervisor.client, "Sleep and routines", [stranger.user.id, pair.mentee.user.id]);
    expect(res.status).toBe(201);
    expect(res.body.members).toHaveLength(3);
    const unknown = await create(supervisor.client, "Ghosts", ["6f1c8f57-2b7e-4a36-9c37-5cf3c6f0d0aa"]);
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ error: { details: [{ field: "memberIds.0" }] } });
  });

  it("is not open to mentees, match reviewers or anonymous callers", async () => {
    expect((await create(pair.mentee.client, "Mine", [])).status).toBe(403);
    const reviewer = await signedInClient(t, { roles: ["match_reviewer"] });
    expect((await create(reviewer.client, "Mine", [])).status).toBe(403);
    expect((await t.client().post("/api/conversations/groups", { title: "x" })).status).toBe(401);
  });

  it("caps a group at 50 members including its creator: the 51st is refused with 422", async () => {
    const users = [];
    for (let i = 0; i < 50; i++) users.push(await buildUser(t.ctx.db));
    const tooMany = await create(
      supervisor.client,
      "Too big",
      users.map((u) => u.id),
    );
    expect(tooMany.status).toBe(400);
    const full = await create(
      supervisor.client,
      "Big group",
      users.slice(0, 48).map((u) => u.id),
    );
    expect(full.status).toBe(201);
    const fiftieth = await supervisor.client.post(`/api/conversations/${full.body.id}/members`, {
      userId: users[48]?.id,
    });
    expect(fiftieth.status).toBe(200);
    expect((fiftieth.body as ConversationDetail).memberCount).toBe(50);
    const fiftyFirst = await supervisor.client.post(`/api/conversations/${full.body.id}/members`, {
      userId: users[49]?.id,
    });
    expect(fiftyFirst.status).toBe(422);
    expect(fiftyFirst.body).toMatchObject({ error: { details: [{ field: "userId" }] } });
  });
});

describe("who may be added", () => {
  it("offers a mentor their mentees and other mentors, filtered by name", async () => {
    const res = await pair.mentor.client.get<Eligible>("/api/conversations/groups/eligible-members");
    expect(res.status).toBe(200);
    const byId = new Map(res.body.members.map((m) => [m.userId, m.relation]));
    expect(byId.get(pair.mentee.user.id)).toBe("your mentee");
    expect(byId.get(otherMentor.user.id)).toBe("mentor");
    expect(byId.has(stranger.user.id)).toBe(false);
    expect(byId.has(pair.mentor.user.id)).toBe(false);
    const filtered = await pair.mentor.client.get<Eligible>("/api/conversations/groups/eligible-members?q=rae");
    expect(filtered.body.members.map((m) => m.userId)).toEqual([otherMentor.user.id]);
  });

  it("offers staff anyone, and refuses mentees", async () => {
    const res = await supervisor.client.get<Eligible>("/api/conversations/groups/eligible-members?q=Sol");
    expect(res.body.members.map((m) => m.userId)).toEqual([stranger.user.id]);
    expect((await pair.mentee.client.get("/api/conversations/groups/eligible-members")).status).toBe(403);
  });
});

describe("telling people about membership changes", () => {
  const sockets: ClientSocket[] = [];
  afterAll(() => {
    for (const s of sockets) s.close();
  });
  async function socketOf(client: typeof pair.mentor.client, baseUrl: string) {
    const socket = await connectSocket(baseUrl, { cookie: `mv_session=${client.cookies.get("mv_session")}` });
    sockets.push(socket);
    expect(await authenticate(socket)).toEqual({ ok: true });
    return socket;
  }

  it("pushes the notice to the group and tells the removed member to refetch", async () => {
    const baseUrl = await listen(t.app);
    const created = await create(supervisor.client, "Walkers", [stranger.user.id, pair.mentee.user.id]);
    const [removed, staying] = [await socketOf(stranger.client, baseUrl), await socketOf(pair.mentee.client, baseUrl)];
    const changed = nextEvent(removed, "conversation:changed");
    const notice = nextEvent(staying, "conversation:event");
    const res = await supervisor.client.delete(`/api/conversations/${created.body.id}/members/${stranger.user.id}`);
    expect(res.status).toBe(200);
    expect(await changed).toEqual([{ conversationId: created.body.id }]);
    const [event] = (await notice) as [{ kind: string; system: { type: string; subjectId: string; text: string } }];
    expect(event.kind).toBe("system");
    expect(event.system).toMatchObject({ type: "member_removed", subjectId: stranger.user.id });
    expect(event.system.text).toContain("Sol Stranger");
  });
});
