import { type ConversationDetail, type CreateGroupRequest, MAX_GROUP_MEMBERS } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { invalidField } from "../../lib/errors.js";
import { getConversationDetail, notifyConversationChanged } from "../messaging/index.js";
import type { RequestActor } from "../relationships/actor.js";
import { isGroupStaff } from "./group-access.js";
import { findCandidates, insertGroup, insertMembers } from "./groups-repository.js";

/**
 * A support group made by a mentor or staff member, who owns it. Mentors may bring in only their
 * current mentees and other mentors; supervisors, the safety team and admins anyone. There is no key
 * yet: the first member's device to send makes epoch 1 for everyone then in the group.
 */
export async function createGroup(
  ctx: AppContext,
  actor: RequestActor,
  input: CreateGroupRequest,
): Promise<ConversationDetail> {
  const ids = [...new Set(input.memberIds)].filter((id) => id !== actor.userId);
  if (ids.length + 1 > MAX_GROUP_MEMBERS) {
    throw invalidField("memberIds", `A group has at most ${MAX_GROUP_MEMBERS} members, you included`);
  }
  const scope = isGroupStaff(actor) ? "anyone" : "mentor";
  const now = ctx.clock.now();
  const group = await ctx.database.transaction(async (trx) => {
    const eligible = new Set(
      (await findCandidates(trx, actor.userId, { scope, ids, limit: ids.length })).map((c) => c.id),
    );
    const refused = input.memberIds.findIndex((id) => id !== actor.userId && !eligible.has(id));
    if (refused >= 0) {
      throw invalidField(
        `memberIds.${refused}`,
        scope === "mentor"
          ? "Mentors can add their own current mentees and other mentors"
          : "There is no such member (or they are leaving the platform)",
      );
    }
    const group = await insertGroup(trx, { title: input.title, createdBy: actor.userId, now });
    await insertMembers(
      trx,
      group.id,
      [{ userId: actor.userId, role: "owner" }, ...ids.map((userId) => ({ userId, role: "member" as const }))],
      now,
    );
    await ctx.audit.record(
      {
        action: "groups.created",
        actorId: actor.userId,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { conversationId: group.id, members: ids.length + 1 },
      },
      trx,
    );
    return group;
  });
  await notifyConversationChanged(ctx, group.id);
  return getConversationDetail(ctx, group.id, actor.userId);
}
