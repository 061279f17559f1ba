import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { ConversationEventsTable } from "../../db/schema.js";

export type EventRow = Selectable<ConversationEventsTable>;

/**
 * What one membership may see of the log: events numbered after the conversation's last number when
 * they joined, up to its last number when they left (both read under the conversation's lock, so
 * they hold whatever the clocks of several server processes say).
 */
export interface VisibleWindow {
  joinedSeq: number;
  leftSeq: number | null;
}

function visible(db: Db, conversationId: string, window: VisibleWindow) {
  let query = db
    .selectFrom("conversation_events")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("seq", ">", window.joinedSeq);
  if (window.leftSeq !== null) query = query.where("seq", "<=", window.leftSeq);
  return query;
}

/** Up to `take` visible events after `after`, ascending. */
export async function listEventsAfter(
  db: Db,
  conversationId: string,
  window: VisibleWindow,
  after: number,
  take: number,
): Promise<EventRow[]> {
  return visible(db, conversationId, window).where("seq", ">", after).orderBy("seq").limit(take).execute();
}

/** Up to `take` visible events before `before`, newest first. */
export async function listEventsBefore(
  db: Db,
  conversationId: string,
  window: VisibleWindow,
  before: number,
  take: number,
): Promise<EventRow[]> {
  return visible(db, conversationId, window).where("seq", "<", before).orderBy("seq", "desc").limit(take).execute();
}
