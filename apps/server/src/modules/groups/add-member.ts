import { type ConversationDetail, MAX_GROUP_MEMBERS } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, forbidden, invalidField } from "../../lib/errors.js";
import { getConversationDetail, markRekeyNeeded } from "../messaging/index.js";
import type { RequestActor } from "../relationships/actor.js";
import { isGroupStaff, isModerator, loadGroup } from "./group-access.js";
import {
  countCurrentMembers,
  findCandidates,
  findDisplayName,
  findMemberRow,
  insertMembers,
  rejoinMember,
} from "./groups-repository.js";
import { announceMembershipChange } from "./membership-notice.js";

/**
 * A moderator brings someone in, under the same rule as creating a group. The newcomer reads
 * nothing sent before: they get keys from the next epoch, which their arrival makes necessary.
 */
export async function addMember(
  ctx: AppContext,
  actor: RequestActor,
  conversationId: string,
  userId: string,
): Promise<ConversationDetail> {
  const now = ctx.clock.now();
  const names = await ctx.database.transaction(async (trx) => {
    const access = await loadGroup(trx, conversationId, actor);
    if (!isModerator(access.me)) throw forbidden("Only the group's moderators can add members");
    const existing = await findMemberRow(trx, conversationId, userId);
    if (existing && existing.left_at === null) throw conflict("They are already a member of this group");
    if ((await countCurrentMembers(trx, conversationId)) >= MAX_GROUP_MEMBERS) {
      throw invalidField("userId", `The group is full: a group has at most ${MAX_GROUP_MEMBERS} members`);
    }
    const scope = isGroupStaff(actor) ? "anyone" : "mentor";
    const [candidate] = await findCandidates(trx, actor.userId, { scope, ids: [userId], limit: 1 });
    if (!candidate) {
      throw invalidField(
        "userId",
        scope === "mentor"
          ? "Mentors can add their own current mentees and other mentors"
          : "There is no such member (or they are leaving the platform)",
      );
    }
    const joinedSeq = Number(access.group.last_seq);
    if (existing) await rejoinMember(trx, conversationId, userId, now, joinedSeq);
    else await insertMembers(trx, conversationId, [{ userId, role: "member" }], now, joinedSeq);
    await markRekeyNeeded(trx, conversationId);
    return { actor: (await findDisplayName(trx, actor.userId)) ?? "A moderator", subject: candidate.display_name };
  });
  await announceMembershipChange(ctx, conversationId, {
    type: "member_added",
    actorId: actor.userId,
    subjectId: userId,
    text: `${names.actor} added ${names.subject} to the group`,
  });
  return getConversationDetail(ctx, conversationId, actor.userId);
}
