import type { ConversationDetail, ConversationSummary } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import type { ConversationRow } from "./conversations-repository.js";
import { findDeviceDates, findEventTimes } from "./former-view-repository.js";
import { listDevicesOfMembers } from "./keys-repository.js";
import type { NamedMemberRow } from "./members-repository.js";
import { windowOf } from "./membership.js";
import { presentDetail, presentMember } from "./presenter.js";

/**
 * A member who has left sees the conversation as it stood when they left, not as it lives on: its
 * log ends at their left_seq, nothing is unread, no key work is asked of them, and of the members
 * they see only those there when they left, with no read marks or mutes, and only devices registered
 * (and revocations made) by then. Roles are shown as they are now (no history of roles is kept).
 */

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
/** Only ever asked of a row that has left, whose window always ends. */
const leftSeqOf = (row: NamedMemberRow) => windowOf(row).leftSeq ?? 0;
const eventKey = (conversationId: string, seq: number) => `${conversationId}|${seq}`;

/** The other members present when `viewer` left (by number: joined by then, not gone before). */
function membersAtLeaving(members: readonly NamedMemberRow[], viewer: NamedMemberRow): NamedMemberRow[] {
  const at = leftSeqOf(viewer);
  return members.filter((m) => {
    if (m.user_id === viewer.user_id || Number(m.joined_seq) > at) return false;
    const theirs = windowOf(m).leftSeq;
    return theirs === null || theirs >= at;
  });
}

function asLeft(
  summary: ConversationSummary,
  viewer: NamedMemberRow,
  members: readonly NamedMemberRow[],
  lastEventAt: Date | undefined,
): ConversationSummary {
  return {
    ...summary,
    state: "read_only",
    memberCount: membersAtLeaving(members, viewer).length + 1,
    lastSeq: leftSeqOf(viewer),
    lastEventAt: iso(lastEventAt),
    unread: 0,
    currentEpoch: viewer.to_epoch,
    rekeyNeeded: false,
  };
}

/** The summaries of the caller's former memberships as they stood when they left (list of conversations). */
export async function summariesAsLeft(
  db: Db,
  entries: readonly { summary: ConversationSummary; viewer: NamedMemberRow; members: readonly NamedMemberRow[] }[],
): Promise<ConversationSummary[]> {
  const times = await findEventTimes(
    db,
    entries.map((e) => ({ conversationId: e.summary.id, seq: leftSeqOf(e.viewer) })),
  );
  return entries.map((e) =>
    asLeft(e.summary, e.viewer, e.members, times.get(eventKey(e.summary.id, leftSeqOf(e.viewer)))),
  );
}

/** GET /api/conversations/:id for a former member. */
export async function readFormerDetail(
  db: Db,
  conversation: ConversationRow,
  viewer: NamedMemberRow,
  members: readonly NamedMemberRow[],
): Promise<ConversationDetail> {
  const leftAt = viewer.left_at as Date;
  const knownUsers = new Set(members.filter((m) => Number(m.joined_seq) <= leftSeqOf(viewer)).map((m) => m.user_id));
  const allDevices = (await listDevicesOfMembers(db, conversation.id)).filter((d) => knownUsers.has(d.user_id));
  const [dates, times] = await Promise.all([
    findDeviceDates(
      db,
      allDevices.map((d) => d.id),
    ),
    findEventTimes(db, [{ conversationId: conversation.id, seq: leftSeqOf(viewer) }]),
  ]);
  const devices = allDevices.filter((d) => {
    const date = dates.get(d.id);
    return date !== undefined && date.created_at <= leftAt;
  });
  const detail = presentDetail({
    conversation,
    viewerId: viewer.user_id,
    viewer: { role: viewer.role, leftAt, mutedUntil: null, lastReadSeq: Number(viewer.last_read_seq) },
    members,
    unread: 0,
    devices,
    recoveryKeys: [],
    missingEnvelopes: { deviceIds: [], recoveryUserIds: [] },
  });
  return {
    ...detail,
    ...asLeft(detail, viewer, members, times.get(eventKey(conversation.id, leftSeqOf(viewer)))),
    members: membersAtLeaving(members, viewer).map((m) => ({ ...presentMember(m), lastReadSeq: 0, mutedUntil: null })),
    mutedUntil: null,
    devices: detail.devices.map((d) => {
      const revokedAt = dates.get(d.deviceId)?.revoked_at ?? null;
      return { ...d, revokedAt: revokedAt && revokedAt <= leftAt ? revokedAt.toISOString() : null };
    }),
  };
}
