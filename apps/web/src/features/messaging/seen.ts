import type { ConversationDetail } from "@mentalverse/shared";
import type { TimelineItem } from "./timeline.js";

/**
 * "Seen" under the member's own last message once the other member of a pair read that far;
 * "Seen by N" in a group. Null while nobody has.
 */
export function seenLabel(
  items: TimelineItem[],
  detail: ConversationDetail,
  reads: Record<string, number>,
  myId: string,
): { seq: number; label: string } | null {
  const mine = items.findLast((item) => item.type === "message" && item.message.senderId === myId);
  if (!mine) return null;
  const readers = detail.members.filter((m) => m.userId !== myId && (reads[m.userId] ?? 0) >= mine.seq).length;
  if (readers === 0) return null;
  return { seq: mine.seq, label: detail.kind === "pair" ? "Seen" : `Seen by ${readers}` };
}
