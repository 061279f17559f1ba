import { MemberBlockListResponseSchema } from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";
import { MESSAGING_KEY } from "../messaging/queries.js";
import { NOTIFICATIONS_KEY } from "../notifications/queries.js";
import { RELATIONSHIPS_KEY } from "../relationships/queries.js";

const BLOCKS_KEY = ["matching", "blocks"] as const;
const BLOCKS_PATH = "/api/matching/blocks";

/** The members this member blocked (never who blocked them: the server does not say). */
export function useBlocks() {
  return useQuery({ queryKey: BLOCKS_KEY, queryFn: () => api.get(BLOCKS_PATH, MemberBlockListResponseSchema) });
}

/**
 * Blocking closes a live relationship between the two and declines a pending offer, so everything
 * that shows them is refreshed: matching, relationships and their activity, the pair conversation
 * (now read-only) and the blocker's own notifications. The refetches are not awaited: the page that
 * asked is replaced once they land, and the caller's own success step must run while it is still there.
 */
export function useBlockMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => api.post(BLOCKS_PATH, MemberBlockListResponseSchema, { memberId }),
    onSuccess: (answer) => {
      client.setQueryData(BLOCKS_KEY, answer);
      void client.invalidateQueries({ queryKey: ["matching"], predicate: (q) => q.queryKey[1] !== "blocks" });
      void client.invalidateQueries({ queryKey: RELATIONSHIPS_KEY });
      void client.invalidateQueries({ queryKey: ["relationship-activity"] });
      void client.invalidateQueries({ queryKey: [...MESSAGING_KEY, "conversations"] });
      void client.invalidateQueries({ queryKey: [...MESSAGING_KEY, "conversation"] });
      void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
  });
}

/** Lifting a block changes only who matching may pair again; nothing ended is reopened. */
export function useUnblockMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      api.delete(`${BLOCKS_PATH}/${encodeURIComponent(memberId)}`, MemberBlockListResponseSchema),
    onSuccess: (answer) => {
      client.setQueryData(BLOCKS_KEY, answer);
      void client.invalidateQueries({ queryKey: ["matching", "options"] });
    },
  });
}
