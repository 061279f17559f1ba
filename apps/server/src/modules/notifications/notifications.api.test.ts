import type { Notification } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { ManualClock, MINUTE } from "../../lib/clock.js";

type List = { notifications: Notification[]; unread: number };
type Failure = { error: { code: string; details?: { field: string }[] } };

let t: TestApp;
// Near real time: the test client drops cookies whose expiry has passed by the wall clock.
const clock = new ManualClock(new Date(Math.floor(Date.now() / MINUTE) * MINUTE));

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

/** Three notifications, one minute apart, so their order is known. */
async function notifyThree(userId: string) {
  for (const title of ["First", "Second", "Third"]) {
    clock.advance(MINUTE);
    await t.ctx.notifier.notify(userId, { kind: "test", title, body: `${title} body`, link: "/account" });
  }
}

describe("notifications", () => {
  it("lists a member's own notifications newest first, with the unread count, and pushes each one live", async () => {
    const { client, user } = await signedInClient(t);
    const { user: other } = await signedInClient(t);
    const start = clock.now().getTime();
    const pushed = vi.spyOn(t.ctx.realtime, "emitToUser");
    await notifyThree(user.id);
    await t.ctx.notifier.notify(other.id, { kind: "test", title: "Not yours", body: "private" });

    const res = await client.get<List>("/api/notifications");
    expect(res.status).toBe(200);
    expect(res.body.unread).toBe(3);
    expect(res.body.notifications.map((n) => n.title)).toEqual(["Third", "Second", "First"]);
    expect(res.body.notifications[0]).toEqual({
      id: expect.any(String),
      kind: "test",
      title: "Third",
      body: "Third body",
      link: "/account",
      createdAt: new Date(start + 3 * MINUTE).toISOString(),
      readAt: null,
    });
    expect(pushed).toHaveBeenCalledWith(user.id, "notification:new", res.body.notifications[0]);
    expect(pushed).toHaveBeenCalledTimes(4);
    pushed.mockRestore();
  });

  it("limits the list and filters to unread, while the count stays the total unread", async () => {
    const { client, user } = await signedInClient(t);
    await notifyThree(user.id);
    const [newest] = (await client.get<List>("/api/notifications?limit=1")).body.notifications;
    expect(newest?.title).toBe("Third");
    expect((await client.post("/api/notifications/read", { ids: [newest?.id] })).status).toBe(200);

    const unread = await client.get<List>("/api/notifications?unreadOnly=true&limit=1");
    expect(unread.body.notifications.map((n) => n.title)).toEqual(["Second"]);
    expect(unread.body.unread).toBe(2);
    const all = await client.get<List>("/api/notifications?unreadOnly=false");
    expect(all.body.notifications.find((n) => n.id === newest?.id)?.readAt).toBe(clock.now().toISOString());
  });

  it("marks only the member's own notifications read, however the ids are mixed", async () => {
    const { client: mine, user: me } = await signedInClient(t);
    const { client: theirs, user: them } = await signedInClient(t);
    await notifyThree(me.id);
    await notifyThree(them.id);
    const theirIds = (await theirs.get<List>("/api/notifications")).body.notifications.map((n) => n.id);
    const myIds = (await mine.get<List>("/api/notifications")).body.notifications.map((n) => n.id);

    const res = await mine.post("/api/notifications/read", { ids: [myIds[0], ...theirIds] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    expect((await mine.get<List>("/api/notifications")).body.unread).toBe(2);
    expect((await theirs.get<List>("/api/notifications")).body.unread).toBe(3);

    expect((await mine.post("/api/notifications/read-all")).status).toBe(200);
    expect((await mine.get<List>("/api/notifications")).body.unread).toBe(0);
    expect((await theirs.get<List>("/api/notifications")).body.unread).toBe(3);
  });

  it("keeps the first read time when a notification is marked read again", async () => {
    const { client, user } = await signedInClient(t);
    await notifyThree(user.id);
    const [first] = (await client.get<List>("/api/notifications")).body.notifications;
    await client.post("/api/notifications/read", { ids: [first?.id] });
    const readAt = clock.now().toISOString();
    clock.advance(MINUTE);
    await client.post("/api/notifications/read-all");
    const again = (await client.get<List>("/api/notifications")).body.notifications.find((n) => n.id === first?.id);
    expect(again?.readAt).toBe(readAt);
  });

  it("refuses bad input with 400 and details", async () => {
    const { client } = await signedInClient(t);
    for (const url of [
      "/api/notifications?limit=0",
      "/api/notifications?limit=101",
      "/api/notifications?unreadOnly=yes",
    ]) {
      const res = await client.get<Failure>(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.details?.length, url).toBeGreaterThan(0);
    }
    expect((await client.post("/api/notifications/read", { ids: [] })).status).toBe(400);
    expect((await client.post("/api/notifications/read", { ids: ["not-a-uuid"] })).status).toBe(400);
    expect((await client.post("/api/notifications/read", { ids: [], extra: 1 })).status).toBe(400);
    expect((await client.post("/api/notifications/read", {})).status).toBe(400);
  });

  it("is only for signed-in members", async () => {
    const anonymous = t.client();
    expect((await anonymous.get("/api/notifications")).status).toBe(401);
    expect((await anonymous.post("/api/notifications/read", { ids: [crypto.randomUUID()] })).status).toBe(401);
    expect((await anonymous.post("/api/notifications/read-all")).status).toBe(401);
  });

  it("refuses links that lead out of the app", async () => {
    const { user } = await signedInClient(t);
    for (const link of ["https://example.com", "//example.com", "javascript:alert(1)"]) {
      await expect(t.ctx.notifier.notify(user.id, { kind: "test", title: "x", body: "y", link })).rejects.toThrow(
        /paths inside the app/,
      );
    }
  });
});
