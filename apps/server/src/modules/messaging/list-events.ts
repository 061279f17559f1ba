import { type EventPage, MAX_EVENT_PAGE } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { badRequest, notFound } from "../../lib/errors.js";
import { findConversation } from "./conversations-repository.js";
import { listEventsAfter, listEventsBefore } from "./events-repository.js";
import { requireMembership, windowOf } from "./membership.js";
import { presentEvent } from "./presenter.js";

export const DEFAULT_EVENT_PAGE = 100;

/**
 * A page of the log as this member may see it (numbers after joined_seq, up to left_seq), always in
 * ascending order. after=: the events following it (resync after a reconnect; `more` when the page
 * is full). before=: the `limit` events just before it (history backwards; `more` when older ones
 * exist). Neither: the latest page.
 */
export async function listEvents(
  db: Db,
  userId: string,
  conversationId: string,
  query: { after?: number | undefined; before?: number | undefined; limit?: number | undefined },
): Promise<EventPage> {
  if (query.after !== undefined && query.before !== undefined) {
    throw badRequest("Ask for events after a number or before one, not both", [
      { field: "before", reason: "not with after" },
    ]);
  }
  const membership = await requireMembership(db, conversationId, userId);
  const conversation = await findConversation(db, conversationId);
  if (!conversation) throw notFound("Conversation");
  const window = windowOf(membership);
  const limit = Math.min(query.limit ?? DEFAULT_EVENT_PAGE, MAX_EVENT_PAGE);
  // A former member's log ends where it stood when they left; nothing later shows, not even its length.
  const lastSeq = window.leftSeq ?? Number(conversation.last_seq);
  if (query.after !== undefined) {
    const rows = await listEventsAfter(db, conversationId, window, query.after, limit + 1);
    return { events: rows.slice(0, limit).map(presentEvent), lastSeq, more: rows.length > limit };
  }
  const before = query.before ?? lastSeq + 1;
  const rows = await listEventsBefore(db, conversationId, window, before, limit + 1);
  return { events: rows.slice(0, limit).reverse().map(presentEvent), lastSeq, more: rows.length > limit };
}
