import type { ConversationDetail, EventPage, KeyEnvelopesResponse } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair } from "../../../test/activity-fixture.js";
import type { TestClient } from "../../../test/client.js";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";
import { bytes, epochBody, messageRequest, registerDevice } from "../../../test/messaging-fixture.js";
import { type ManualClock, MINUTE } from "../../lib/clock.js";

let t: TestApp;
let pair: Awaited<ReturnType<typeof activePair>>;
let peer: Awaited<ReturnType<typeof member>>;
let group: string;
const device = new Map<TestClient, string>();

/** Devices as the messaging fixture registers them (the server checks their form, never opens a sealed key). */
async function addDevice(client: TestClient) {
  device.set(client, (await registerDevice(client)).id);
}
/** A new key epoch as the messaging fixture makes it for the current members; `alsoTo` adds a device it must not reach. */
const newEpoch = async (by: TestClient, alsoTo?: TestClient) => {
  const body = await epochBody(by, group, device.get(by) as string);
  if (alsoTo) body.envelopes.push({ deviceId: device.get(alsoTo) as string, sealedKey: bytes(80) });
  return by.post<ConversationDetail>(`/api/conversations/${group}/keys`, body);
};
const send = (by: TestClient, epoch: number) =>
  by.post<{ event: { seq: number } }>(
    `/api/conversations/${group}/events`,
    messageRequest(device.get(by) as string, epoch),
  );
const members = (path = "") => `/api/conversations/${group}/members${path}`;
const systemTypes = async () =>
  (
    await t.ctx.db
      .selectFrom("conversation_events")
      .select("system")
      .where("conversation_id", "=", group)
      .where("kind", "=", "system")
      .orderBy("seq")
      .execute()
  ).map((e) => (e.system as { type: string }).type);

beforeAll(async () => {
  t = await createTestApp();
  pair = await activePair(t);
  peer = await member(t, { roles: ["mentor"], displayName: "Rae Mentor" });
  const created = await pair.mentor.client.post<ConversationDetail>("/api/conversations/groups", {
    title: "Small steps",
    memberIds: [pair.mentee.user.id, peer.user.id],
  });
  group = created.body.id;
  for (const c of [pair.mentor.client, pair.mentee.client, peer.client]) await addDevice(c);
  expect((await newEpoch(pair.mentor.client)).status).toBe(201);
});
afterAll(() => t.close());

describe("moderating a group", () => {
  it("refuses members who are not moderators", async () => {
    const outsider = await member(t);
    expect((await pair.mentee.client.post(members(), { userId: outsider.user.id })).status).toBe(403);
    expect((await pair.mentee.client.delete(members(`/${peer.user.id}`))).status).toBe(403);
    expect((await pair.mentee.client.post(members(`/${peer.user.id}/mute`), { minutes: 5 })).status).toBe(403);
    expect((await outsider.client.delete(members(`/${peer.user.id}`))).status).toBe(404);
  });

  it("lets a moderator mute a member, which stops their sending until unmuted, but never touch the owner", async () => {
    await t.ctx.db
      .updateTable("conversation_members")
      .set({ role: "moderator" })
      .where("conversation_id", "=", group)
      .where("user_id", "=", peer.user.id)
      .execute();
    expect((await peer.client.delete(members(`/${pair.mentor.user.id}`))).status).toBe(403);
    expect((await peer.client.post(members(`/${pair.mentor.user.id}/mute`), { minutes: 5 })).status).toBe(403);

    const muted = await peer.client.post<ConversationDetail>(members(`/${pair.mentee.user.id}/mute`), { minutes: 30 });
    expect(muted.status).toBe(200);
    expect(muted.body.members.find((m) => m.userId === pair.mentee.user.id)?.mutedUntil).not.toBeNull();
    const refused = await send(pair.mentee.client, 1);
    expect(refused.status).toBe(403);
    expect((await peer.client.post(members(`/${pair.mentee.user.id}/mute`), { minutes: null })).status).toBe(200);
    expect((await send(pair.mentee.client, 1)).status).toBe(201);
    expect(await systemTypes()).toEqual(["member_muted", "member_unmuted"]);
  });

  it("lets safety staff mute in a group they are not in (audited); other staff learn nothing", async () => {
    const safety = await signedInClient(t, { roles: ["safety"] });
    const res = await safety.client.post(members(`/${pair.mentee.user.id}/mute`), { minutes: 10 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: group, member: false });
    const audit = await t.ctx.db
      .selectFrom("audit_events")
      .select(["action", "subject_id"])
      .where("actor_id", "=", safety.user.id)
      .execute();
    expect(audit).toContainEqual({ action: "groups.member_muted_by_staff", subject_id: pair.mentee.user.id });
    await safety.client.post(members(`/${pair.mentee.user.id}/mute`), { minutes: null });
    const supervisor = await signedInClient(t, { roles: ["supervisor"] });
    expect((await supervisor.client.delete(members(`/${pair.mentee.user.id}`))).status).toBe(404);
  });

  it("removes a member: no key for the next epoch, nothing sent after they left, no sending", async () => {
    const before = await send(pair.mentor.client, 1);
    const removed = await pair.mentor.client.delete<ConversationDetail>(members(`/${pair.mentee.user.id}`));
    expect(removed.status).toBe(200);
    expect(removed.body.rekeyNeeded).toBe(true);
    expect(removed.body.members.map((m) => m.userId)).not.toContain(pair.mentee.user.id);
    expect((await systemTypes()).at(-1)).toBe("member_removed");
    (t.clock as ManualClock).advance(MINUTE);

    // The next key may not be sealed to the removed member's device, and must be before anyone sends.
    expect((await send(pair.mentor.client, 1)).status).toBe(409);
    const withRemoved = await newEpoch(pair.mentor.client, pair.mentee.client);
    expect(withRemoved.status).toBe(422);
    expect((await newEpoch(pair.mentor.client)).status).toBe(201);
    const after = await send(pair.mentor.client, 2);
    expect(after.status).toBe(201);

    const keys = await pair.mentee.client.get<KeyEnvelopesResponse>(
      `/api/conversations/${group}/keys?deviceId=${device.get(pair.mentee.client)}`,
    );
    expect(keys.body.epochs.map((e) => e.epoch)).toEqual([1]);
    const page = await pair.mentee.client.get<EventPage>(`/api/conversations/${group}/events?after=0`);
    const seqs = page.body.events.map((e) => e.seq);
    expect(seqs).toContain(before.body.event.seq);
    expect(seqs).not.toContain(after.body.event.seq);
    expect((await send(pair.mentee.client, 2)).status).toBe(403);
  });

  it("lets anyone leave, and a moderator bring a former member back from the next epoch only", async () => {
    const left = await peer.client.delete<ConversationDetail>(members(`/${peer.user.id}`));
    expect(left.status).toBe(200);
    expect((await systemTypes()).at(-1)).toBe("member_left");
    expect((await peer.client.post(members(`/${pair.mentee.user.id}/mute`), { minutes: 5 })).status).toBe(404);

    const back = await pair.mentor.client.post<ConversationDetail>(members(), { userId: pair.mentee.user.id });
    expect(back.status).toBe(200);
    expect(back.body.members.find((m) => m.userId === pair.mentee.user.id)?.role).toBe("member");
    expect((await systemTypes()).at(-1)).toBe("member_added");
    const keys = await pair.mentee.client.get<KeyEnvelopesResponse>(
      `/api/conversations/${group}/keys?deviceId=${device.get(pair.mentee.client)}`,
    );
    expect(keys.body.epochs).toEqual([]);
    expect((await pair.mentor.client.post(members(), { userId: pair.mentee.user.id })).status).toBe(409);
  });
});
