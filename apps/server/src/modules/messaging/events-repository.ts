import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { ConversationEventsTable } from "../../db/schema.js";

export type EventRow = Selectable<ConversationEventsTable>;

/** What one membership may see of the log: from when they joined until they left. */
export interface VisibleWindow {
  joinedAt: Date;
  leftAt: Date | null;
}

function visible(db: Db, conversationId: string, window: VisibleWindow) {
  let query = db
    .selectFrom("conversation_events")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("created_at", ">=", window.joinedAt);
  if (window.leftAt) query = query.where("created_at", "<=", window.leftAt);
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

/** The last seq the membership may see (0 when none). */
export async function lastVisibleSeq(db: Db, conversationId: string, window: VisibleWindow): Promise<number> {
  let query = db
    .selectFrom("conversation_events")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .where("conversation_id", "=", conversationId)
    .where("created_at", ">=", window.joinedAt);
  if (window.leftAt) query = query.where("created_at", "<=", window.leftAt);
  const row = await query.executeTakeFirst();
  return Number(row?.seq ?? 0);
}
