import type { ConversationDetail, MemberDevice } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { compareSnapshots, type DeviceSnapshot, deviceChanges, snapshotOf } from "./device-changes.js";
import { RememberedDevices, type SeenDevicesStore } from "./remembered-devices.js";

const ME = "me";
const names: Record<string, string> = { me: "You", willow: "Willow", bo: "Bo", cleo: "Cleo" };
const nameOf = (userId: string) => names[userId] ?? "A member";

const device = (deviceId: string, userId: string, keys = deviceId, revokedAt: string | null = null): MemberDevice => ({
  deviceId,
  userId,
  signPublicKey: `sign-${keys}`,
  boxPublicKey: `box-${keys}`,
  deviceSignature: `signature-${keys}`,
  revokedAt,
});

function detailWith(
  members: string[],
  devices: MemberDevice[],
  recoveryKeys: Record<string, string> = {},
): ConversationDetail {
  return {
    id: "c1",
    kind: "group",
    title: "Circle",
    relationshipId: null,
    state: "open",
    memberCount: members.length,
    lastSeq: 0,
    lastEventAt: null,
    myLastReadSeq: 0,
    unread: 0,
    currentEpoch: 1,
    rekeyNeeded: false,
    members: members.map((userId) => ({
      userId,
      displayName: nameOf(userId),
      role: "member",
      mutedUntil: null,
      lastReadSeq: 0,
      joinedAt: "2026-11-01T00:00:00.000Z",
    })),
    myRole: "member",
    mutedUntil: null,
    devices,
    recoveryKeys: Object.entries(recoveryKeys).map(([userId, recoveryPublicKey]) => ({
      userId,
      recoveryPublicKey,
      signedByDeviceId: null,
      signature: "s",
    })),
    missingEnvelopes: { deviceIds: [], recoveryUserIds: [] },
  };
}

const base = detailWith([ME, "willow", "bo"], [device("mine", ME), device("w1", "willow"), device("b1", "bo")], {
  willow: "rw1",
});
const snap = (detail: ConversationDetail) => snapshotOf(detail, ME);
const away = (before: DeviceSnapshot | null, after: ConversationDetail) =>
  compareSnapshots(before, snap(after), nameOf, "away");

describe("what changed in the other members' devices", () => {
  it("tells nothing on the first view: the devices seen first are trusted as they are", () => {
    expect(away(null, base)).toEqual({ notices: [], warnings: [] });
  });

  it("tells nothing when the same devices are listed in another order, and ignores this member's own", () => {
    const reordered = detailWith([ME, "bo", "willow"], [device("b1", "bo"), device("w1", "willow"), device("m2", ME)], {
      willow: "rw1",
      [ME]: "mine",
    });
    expect(away(snap(base), reordered)).toEqual({ notices: [], warnings: [] });
    expect(JSON.stringify(snap(reordered))).toBe(JSON.stringify(snap(base)));
  });

  it("tells a device added, removed (revoked or gone) and added then removed since the last visit", () => {
    const after = detailWith(
      [ME, "willow", "bo"],
      [
        device("mine", ME),
        device("w1", "willow", "w1", "2026-11-20T00:00:00.000Z"),
        device("w2", "willow"),
        device("b2", "bo", "b2", "2026-11-21T00:00:00.000Z"),
      ],
      { willow: "rw1" },
    );
    expect(away(snap(base), after)).toEqual({
      notices: [
        "Bo added a device and removed it again since your last visit.",
        "Willow removed a device since your last visit.",
        "Willow added a device since your last visit.",
        "Bo removed a device since your last visit.",
      ],
      warnings: [],
    });
  });

  it("warns when a device keeps its id but its keys or its owner change, revoked ones included", () => {
    const before = detailWith(
      [ME, "willow", "bo"],
      [device("w1", "willow"), device("old", "willow", "old", "2026-10-01T00:00:00.000Z"), device("b1", "bo")],
    );
    const swapped = detailWith(
      [ME, "willow", "bo"],
      [
        { ...device("w1", "willow"), boxPublicKey: "box-server" },
        device("old", "willow", "forged", "2026-10-01T00:00:00.000Z"),
        device("b1", "willow"),
      ],
    );
    expect(away(snap(before), swapped)).toEqual({
      notices: [],
      warnings: [
        "A device of Willow now has different keys since your last visit.",
        "A device of Willow now has different keys since your last visit.",
        "A device of Willow now has different keys since your last visit.",
      ],
    });
    const signOnly = detailWith([ME, "willow", "bo"], [{ ...device("w1", "willow"), signPublicKey: "sign-x" }]);
    expect(away(snap(before), signOnly).warnings).toHaveLength(1);
  });

  it("leaves members who joined or left to the system events, and tells recovery keys set, replaced or gone", () => {
    const after = detailWith(
      [ME, "willow", "cleo"],
      [device("w1", "willow"), device("c1", "cleo"), device("b1", "bo", "b1", "2026-11-20T00:00:00.000Z")],
      { willow: "rw2", cleo: "rc1" },
    );
    expect(away(snap(base), after).notices).toEqual(["Willow replaced their recovery key since your last visit."]);
    const withBo = detailWith([ME, "willow", "bo"], [device("w1", "willow"), device("b1", "bo")], { bo: "rb1" });
    expect(away(snap(base), withBo).notices).toEqual([
      "Bo set up a recovery key since your last visit.",
      "Willow no longer has a recovery key since your last visit.",
    ]);
  });

  it("words live changes as the page always has", () => {
    const after = detailWith(
      [ME, "willow", "bo"],
      [device("mine", ME), device("w1", "willow"), device("w2", "willow"), device("b1", "bo", "b-new")],
      { willow: "rw1" },
    );
    expect(deviceChanges(null, after, ME)).toEqual({ notices: [], warnings: [] });
    expect(deviceChanges(base, after, ME)).toEqual({
      notices: ["Willow added a device."],
      warnings: ["A device of Bo now has different keys."],
    });
  });
});

function memoryStore(initial: Record<string, unknown> = {}) {
  const saved = new Map<string, unknown>(Object.entries(initial));
  const store: SeenDevicesStore = {
    load: async (conversationId) => saved.get(conversationId) ?? null,
    save: async (conversationId, snapshot) => {
      saved.set(conversationId, structuredClone(snapshot));
    },
  };
  return { saved, store };
}

describe("the devices remembered between visits", () => {
  const added = detailWith([ME, "willow", "bo"], [...base.devices, device("w2", "willow")], { willow: "rw1" });

  it("remembers the first visit's devices once shown, and tells a device added while away on the next", async () => {
    const { saved, store } = memoryStore();
    const first = new RememberedDevices("c1", ME, store);
    expect(first.sinceLastVisit(base)).toBeNull(); // not read yet: the caller compares live meanwhile
    await first.load();
    expect(first.sinceLastVisit(base)).toEqual({ notices: [], warnings: [] });
    expect(first.sinceLastVisit(base)).toBeNull(); // once per page
    expect(saved.size).toBe(0); // nothing remembered before it was on screen
    await first.shown(base);
    expect(saved.get("c1")).toEqual(snap(base));

    const next = new RememberedDevices("c1", ME, store);
    await next.load();
    expect(next.sinceLastVisit(added)?.notices).toEqual(["Willow added a device since your last visit."]);
    await next.shown(added);
    const after = new RememberedDevices("c1", ME, store);
    await after.load();
    expect(after.sinceLastVisit(added)).toEqual({ notices: [], warnings: [] });
  });

  it("keeps the old list when the change was never shown, so it is told on the next visit", async () => {
    const { store } = memoryStore({ c1: snap(base) });
    const background = new RememberedDevices("c1", ME, store);
    await background.load();
    expect(background.sinceLastVisit(added)?.notices).toHaveLength(1);
    const opened = new RememberedDevices("c1", ME, store);
    await opened.load();
    expect(opened.sinceLastVisit(added)?.notices).toEqual(["Willow added a device since your last visit."]);
  });

  it("treats a list it cannot read, or cannot load, as a first visit", async () => {
    const unreadable = new RememberedDevices("c1", ME, memoryStore({ c1: { v: 9 } }).store);
    await unreadable.load();
    expect(unreadable.sinceLastVisit(added)).toEqual({ notices: [], warnings: [] });
    const failing = new RememberedDevices("c1", ME, {
      load: () => Promise.reject(new Error("blocked")),
      save: () => Promise.reject(new Error("blocked")),
    });
    await failing.load();
    expect(failing.sinceLastVisit(added)).toEqual({ notices: [], warnings: [] });
    await expect(failing.shown(added)).resolves.toBeUndefined();
  });
});
