import type { AppContext } from "../../context.js";
import { MINUTE } from "../../lib/clock.js";
import { forbidden, invalidField, notFound } from "../../lib/errors.js";
import type { RequestActor } from "../relationships/actor.js";
import { loadGroup, requireModerator } from "./group-access.js";
import { findDisplayName, findMemberRow, setMutedUntil } from "./groups-repository.js";
import { actorLabel, announceMembershipChange } from "./membership-notice.js";
import { groupViewAfter } from "./view-after.js";

/**
 * Mutes a member for some minutes (they keep reading; the core refuses their sends until then), or
 * unmutes with null. Moderators, or safety and admin staff in any group; never the owner by a moderator.
 */
export async function muteMember(
  ctx: AppContext,
  actor: RequestActor,
  conversationId: string,
  userId: string,
  minutes: number | null,
) {
  const now = ctx.clock.now();
  const until = minutes === null ? null : new Date(now.getTime() + minutes * MINUTE);
  const names = await ctx.database.transaction(async (trx) => {
    const access = await loadGroup(trx, conversationId, actor);
    requireModerator(access);
    const target = await findMemberRow(trx, conversationId, userId);
    if (!target || target.left_at !== null) throw notFound("Group member");
    if (userId === actor.userId) throw invalidField("userId", "You cannot mute yourself");
    if (target.role === "owner" && !access.asStaff) throw forbidden("A moderator cannot mute the group's owner");
    await setMutedUntil(trx, conversationId, userId, until);
    if (access.asStaff) {
      await ctx.audit.record(
        {
          action: until ? "groups.member_muted_by_staff" : "groups.member_unmuted_by_staff",
          actorId: actor.userId,
          subjectId: userId,
          ip: actor.ip,
          requestId: actor.requestId,
          details: { conversationId, minutes },
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
    minutes === null
      ? {
          type: "member_unmuted",
          actorId: actor.userId,
          subjectId: userId,
          text: `${names.actor} unmuted ${names.subject}`,
        }
      : {
          type: "member_muted",
          actorId: actor.userId,
          subjectId: userId,
          text: `${names.actor} muted ${names.subject} for ${describeMinutes(minutes)}`,
        },
  );
  return groupViewAfter(ctx, conversationId, actor.userId);
}

function describeMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? "a day" : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? "an hour" : `${minutes / 60} hours`;
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}
