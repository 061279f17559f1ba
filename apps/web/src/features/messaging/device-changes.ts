import type { ConversationDetail } from "@mentalverse/shared";
import { z } from "zod";

/**
 * The other members' device identities one view of a conversation showed: what is compared with the
 * next view, live or on the next visit (remembered-devices.ts keeps it between visits). Revoked
 * devices are listed too, flagged, so their keys cannot change unnoticed either (old signatures are
 * checked against them).
 */
export const DeviceSnapshotSchema = z.object({
  v: z.literal(1),
  /** The other current members. */
  members: z.array(z.string()),
  devices: z.array(
    z.object({
      deviceId: z.string(),
      userId: z.string(),
      signPublicKey: z.string(),
      boxPublicKey: z.string(),
      revoked: z.boolean(),
    }),
  ),
  recoveryKeys: z.array(z.object({ userId: z.string(), recoveryPublicKey: z.string() })),
});
export type DeviceSnapshot = z.infer<typeof DeviceSnapshotSchema>;

/** What to tell the member: notices (a device added or removed) and warnings (a device's keys changed). */
export interface DeviceNotes {
  notices: string[];
  warnings: string[];
}

/** Sorted, so two snapshots of the same devices are the same JSON. */
export function snapshotOf(detail: ConversationDetail, myId: string): DeviceSnapshot {
  const byId = (a: { deviceId: string }, b: { deviceId: string }) => a.deviceId.localeCompare(b.deviceId);
  return {
    v: 1,
    members: detail.members.flatMap((m) => (m.userId === myId ? [] : [m.userId])).sort(),
    devices: detail.devices
      .filter((d) => d.userId !== myId)
      .map(({ deviceId, userId, signPublicKey, boxPublicKey, revokedAt }) => ({
        deviceId,
        userId,
        signPublicKey,
        boxPublicKey,
        revoked: revokedAt !== null,
      }))
      .sort(byId),
    recoveryKeys: detail.recoveryKeys
      .filter((r) => r.userId !== myId)
      .map(({ userId, recoveryPublicKey }) => ({ userId, recoveryPublicKey }))
      .sort((a, b) => a.userId.localeCompare(b.userId)),
  };
}

/**
 * What changed between two snapshots, in words. Additions and removals are told for members in both
 * (a member who joined or left shows as a system event instead); a device whose id stayed while its
 * keys or owner changed is a warning whoever it belongs to: the server never lets a device change its
 * keys, so only a server trying to slip its own keys in would list that. `since` says when the change
 * happened: while the page was open ("live") or since the member last opened it here ("away").
 * Nothing before the first view: the devices seen first are trusted as they are (trust on first use).
 */
export function compareSnapshots(
  before: DeviceSnapshot | null,
  after: DeviceSnapshot,
  nameOf: (userId: string) => string,
  since: "live" | "away",
): DeviceNotes {
  const notes: DeviceNotes = { notices: [], warnings: [] };
  if (!before) return notes;
  const when = since === "away" ? " since your last visit." : ".";
  const stayed = (userId: string) => before.members.includes(userId) && after.members.includes(userId);
  const was = new Map(before.devices.map((d) => [d.deviceId, d]));
  const now = new Map(after.devices.map((d) => [d.deviceId, d]));
  for (const device of after.devices) {
    const earlier = was.get(device.deviceId);
    if (!earlier) {
      if (!stayed(device.userId)) continue;
      // Listed already revoked: it was there in between, and may have been given keys meanwhile.
      const what = device.revoked ? "added a device and removed it again" : "added a device";
      notes.notices.push(`${nameOf(device.userId)} ${what}${when}`);
    } else if (
      earlier.userId !== device.userId ||
      earlier.signPublicKey !== device.signPublicKey ||
      earlier.boxPublicKey !== device.boxPublicKey
    ) {
      notes.warnings.push(`A device of ${nameOf(device.userId)} now has different keys${when}`);
    } else if (!earlier.revoked && device.revoked && stayed(device.userId)) {
      notes.notices.push(`${nameOf(device.userId)} removed a device${when}`);
    }
  }
  for (const device of before.devices) {
    if (!now.has(device.deviceId) && !device.revoked && stayed(device.userId))
      notes.notices.push(`${nameOf(device.userId)} removed a device${when}`);
  }
  const recoveryWas = new Map(before.recoveryKeys.map((r) => [r.userId, r.recoveryPublicKey]));
  const recoveryNow = new Map(after.recoveryKeys.map((r) => [r.userId, r.recoveryPublicKey]));
  for (const userId of after.members.filter(stayed)) {
    const earlier = recoveryWas.get(userId);
    const current = recoveryNow.get(userId);
    if (earlier === current) continue;
    const name = nameOf(userId);
    if (!earlier) notes.notices.push(`${name} set up a recovery key${when}`);
    else if (!current) notes.notices.push(`${name} no longer has a recovery key${when}`);
    else notes.notices.push(`${name} replaced their recovery key${when}`);
  }
  return notes;
}

/** Display names of a view's members, for the notes. */
export function memberNames(detail: ConversationDetail, ...older: (ConversationDetail | null)[]) {
  return (userId: string) =>
    [detail, ...older].flatMap((d) => d?.members ?? []).find((m) => m.userId === userId)?.displayName ?? "A member";
}

/**
 * What changed in the other members' devices between two views of a conversation while it was open.
 * A device the member did not add themselves could be the server's own (docs/security/messaging.md),
 * so the change is shown rather than taken silently.
 */
export function deviceChanges(before: ConversationDetail | null, after: ConversationDetail, myId: string): DeviceNotes {
  if (!before) return { notices: [], warnings: [] };
  return compareSnapshots(snapshotOf(before, myId), snapshotOf(after, myId), memberNames(after, before), "live");
}
