import { CallHistoryResponseSchema, IceServersResponseSchema } from "@mentalverse/shared";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const callHistoryKey = (conversationId: string) => ["calls", conversationId] as const;

/** Fetched right before each RTCPeerConnection: the TURN credential in it expires. */
export async function fetchIceServers(): Promise<RTCIceServer[]> {
  const { iceServers } = await api.get("/api/calls/ice-servers", IceServersResponseSchema);
  return iceServers;
}

export function useCallHistory(conversationId: string) {
  return useQuery({
    queryKey: callHistoryKey(conversationId),
    queryFn: () => api.get(`/api/conversations/${encodeURIComponent(conversationId)}/calls`, CallHistoryResponseSchema),
  });
}
