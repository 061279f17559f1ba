import { NotificationListResponseSchema, OkResponseSchema } from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const NOTIFICATIONS_KEY = ["notifications"] as const;

export function useNotifications(limit = 50) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, { limit }],
    queryFn: () => api.get("/api/notifications", NotificationListResponseSchema, { limit }),
  });
}

/** Just the unread count for the bell; a small request that the socket keeps fresh. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, "unread"],
    queryFn: () => api.get("/api/notifications", NotificationListResponseSchema, { limit: 1, unreadOnly: true }),
    select: (data) => data.unread,
    refetchInterval: 120_000,
  });
}

function useInvalidateNotifications() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
}

export function useMarkRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: (ids: string[]) => api.post("/api/notifications/read", OkResponseSchema, { ids }),
    onSettled: invalidate,
  });
}

export function useMarkAllRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: () => api.post("/api/notifications/read-all", OkResponseSchema),
    onSettled: invalidate,
  });
}
