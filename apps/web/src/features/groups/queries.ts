import {
  type ConversationDetail,
  ConversationDetailSchema,
  type CreateGroupRequest,
  EligibleMembersResponseSchema,
} from "@mentalverse/shared";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../lib/api.js";
import { conversationKey, conversationsKey } from "../messaging/queries.js";

const conv = (id: string, rest = "") => `/api/conversations/${encodeURIComponent(id)}${rest}`;
const member = (id: string, userId: string, rest = "") => conv(id, `/members/${encodeURIComponent(userId)}${rest}`);

/** People the caller may put in a group (their mentees, mentors, fellow group members...), by name. */
export function useEligibleMembers(q: string) {
  return useQuery({
    queryKey: ["messaging", "groups", "eligible", q],
    queryFn: () => api.get("/api/conversations/groups/eligible-members", EligibleMembersResponseSchema, { q }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useCreateGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGroupRequest) => api.post("/api/conversations/groups", ConversationDetailSchema, body),
    onSuccess: (detail) => {
      client.setQueryData(conversationKey(detail.id), detail);
      void client.invalidateQueries({ queryKey: conversationsKey });
    },
  });
}

/** Staff moderating a group they are not in get only its id back. */
const AfterChangeSchema = z.union([ConversationDetailSchema, z.object({ id: z.string(), member: z.literal(false) })]);

type MemberChange =
  | { action: "add"; userId: string }
  | { action: "remove"; userId: string }
  | { action: "mute"; userId: string; minutes: number | null };

/** Moderation answers with the conversation as it now is, which replaces the cached copy. */
export function useChangeMember(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: MemberChange): Promise<z.output<typeof AfterChangeSchema>> => {
      if (change.action === "add") {
        return api.post(conv(conversationId, "/members"), ConversationDetailSchema, { userId: change.userId });
      }
      if (change.action === "remove") return api.delete(member(conversationId, change.userId), AfterChangeSchema);
      return api.post(member(conversationId, change.userId, "/mute"), AfterChangeSchema, { minutes: change.minutes });
    },
    onSuccess: (after) => {
      if ("members" in after) client.setQueryData<ConversationDetail>(conversationKey(conversationId), after);
      else void client.invalidateQueries({ queryKey: conversationKey(conversationId) });
      void client.invalidateQueries({ queryKey: conversationsKey });
    },
  });
}

/** Leaving: what comes back is not the caller's to read any more, so only the list is refreshed. */
export function useLeaveGroup(conversationId: string, myId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(member(conversationId, myId), z.unknown()),
    onSuccess: () => {
      client.removeQueries({ queryKey: conversationKey(conversationId) });
      void client.invalidateQueries({ queryKey: conversationsKey });
    },
  });
}
