import type { ConversationDetail } from "@mentalverse/shared";
import { z } from "zod";
import type { AppContext } from "../../context.js";
import { getConversationDetail } from "../messaging/index.js";
import { findMemberRow } from "./groups-repository.js";

/** What a caller who is not (or no longer) a member gets back: they may not see the group itself. */
export const OutsideGroupSchema = z.object({ id: z.string(), member: z.literal(false) });
export type OutsideGroup = z.infer<typeof OutsideGroupSchema>;

/** The group as the caller now sees it: its detail for a member or one who just left; staff moderating from outside get only the id. */
export async function groupViewAfter(
  ctx: AppContext,
  conversationId: string,
  viewerId: string,
): Promise<ConversationDetail | OutsideGroup> {
  if (await findMemberRow(ctx.db, conversationId, viewerId)) {
    return getConversationDetail(ctx, conversationId, viewerId);
  }
  return { id: conversationId, member: false };
}
