import type { AppContext } from "../../context.js";
import { forbidden, notFound } from "../../lib/errors.js";
import { markRekeyNeeded } from "../messaging/index.js";
import type { RequestActor } from "../relationships/actor.js";
import { loadGroup, requireModerator } from "./group-access.js";
import { endMembership, findDisplayName, findMemberRow } from "./groups-repository.js";
import { actorLabel, announceMembershipChange } from "./membership-notice.js";
import { groupViewAfter } from "./view-after.js";

/**
 * Removes a member (moderators; safety and admin staff in any group) or lets anyone leave. Their
 * membership ends at the current epoch: the next key is sealed without them, and the core serves
 * them nothing newer. The owner cannot be removed by a moderator, only leave.
 */
export async function removeMember(ctx: AppContext, actor: RequestActor, conversationId: string, userId: string) {
  const leaving = userId === actor.userId;
  const now = ctx.clock.now();
  const change = await ctx.database.transaction(async (trx) => {
    const access = await loadGroup(trx, conversationId, actor);
    const target = await findMemberRow(trx, conversationId, userId);
    if (!target || target.left_at !== null) throw notFound("Group member");
    if (!leaving) {
      requireModerator(access);
      if (target.role === "owner" && !access.asStaff) throw forbidden("A moderator cannot remove the group's owner");
    }
    await endMembership(trx, conversationId, userId, {
      now,
      lastSeq: Number(access.group.last_seq),
      lastEpoch: access.group.current_epoch,
    });
    await markRekeyNeeded(trx, conversationId);
    if (access.asStaff && !leaving) {
      await ctx.audit.record(
        {
          action: "groups.member_removed_by_staff",
          actorId: actor.userId,
          subjectId: userId,
          ip: actor.ip,
          requestId: actor.requestId,
          details: { conversationId },
        },
        trx,
      );
    }
    const subject = (await findDisplayName(trx, userId)) ?? "A member";
    return { subject, actor: actorLabel(access, actor, (await findDisplayName(trx, actor.userId)) ?? "A moderator") };
  });
  await announceMembershipChange(
    ctx,
    conversationId,
    leaving
      ? { type: "member_left", actorId: userId, subjectId: userId, text: `${change.subject} left the group` }
      : {
          type: "member_removed",
          actorId: actor.userId,
          subjectId: userId,
          text: `${change.actor} removed ${change.subject} from the group`,
        },
    [userId],
  );
  return groupViewAfter(ctx, conversationId, actor.userId);
}
