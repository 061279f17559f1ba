import type { ConversationDetail } from "@mentalverse/shared";

/**
 * What changed in the other members' devices between two views of a conversation, in words. A device
 * the member did not add themselves could be the server's own (docs/security/messaging.md), so the
 * change is shown rather than taken silently.
 */
export function deviceChanges(before: ConversationDetail | null, after: ConversationDetail, myId: string): string[] {
  if (!before) return [];
  const active = (detail: ConversationDetail) =>
    new Map(detail.devices.filter((d) => !d.revokedAt && d.userId !== myId).map((d) => [d.deviceId, d.userId]));
  const was = active(before);
  const now = active(after);
  const nameOf = (userId: string) =>
    after.members.find((m) => m.userId === userId)?.displayName ??
    before.members.find((m) => m.userId === userId)?.displayName ??
    "A member";
  const notes: string[] = [];
  for (const [deviceId, userId] of now) {
    if (!was.has(deviceId) && after.members.some((m) => m.userId === userId))
      notes.push(`${nameOf(userId)} added a device.`);
  }
  for (const [deviceId, userId] of was) {
    if (!now.has(deviceId) && after.members.some((m) => m.userId === userId))
      notes.push(`${nameOf(userId)} removed a device.`);
  }
  return notes;
}
