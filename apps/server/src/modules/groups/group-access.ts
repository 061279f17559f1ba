import type { Db } from "../../db/database.js";
import { conflict, forbidden, notFound } from "../../lib/errors.js";
import type { RequestActor } from "../relationships/actor.js";
import { findMemberRow, type GroupMemberRow, type GroupRow, lockConversation } from "./groups-repository.js";

/** Staff who moderate any group, member or not (every such act is audited). */
const MODERATING_STAFF = ["safety", "admin"];
/** Staff who may create groups and add anyone; mentors may add only their mentees and other mentors. */
const GROUP_STAFF = ["supervisor", "safety", "admin"];

export const isModeratingStaff = (actor: RequestActor) => actor.roles.some((r) => MODERATING_STAFF.includes(r));
export const isGroupStaff = (actor: RequestActor) => actor.roles.some((r) => GROUP_STAFF.includes(r));

export interface GroupAccess {
  group: GroupRow;
  /** The caller's current membership, if any. */
  me: GroupMemberRow | undefined;
  /** The caller acts as safety or admin staff rather than as a member of the group. */
  asStaff: boolean;
}

/**
 * Locks a group and works out how the caller stands in it. Someone who is neither a current member
 * nor moderating staff learns nothing (404), as with every conversation.
 */
export async function loadGroup(db: Db, conversationId: string, actor: RequestActor): Promise<GroupAccess> {
  const group = await lockConversation(db, conversationId);
  const row = group ? await findMemberRow(db, conversationId, actor.userId) : undefined;
  const me = row && row.left_at === null ? row : undefined;
  if (!group || (!me && !isModeratingStaff(actor))) throw notFound("Conversation");
  if (group.kind !== "group") throw conflict("A pair conversation's members are the pair; only groups change members");
  return { group, me, asStaff: !isModerator(me) && isModeratingStaff(actor) };
}

export const isModerator = (m: GroupMemberRow | undefined) => m?.role === "owner" || m?.role === "moderator";

/** Moderating acts: the group's owner or moderators, or safety and admin staff. */
export function requireModerator(access: GroupAccess): void {
  if (!isModerator(access.me) && !access.asStaff) throw forbidden("Only the group's moderators can do this");
}
