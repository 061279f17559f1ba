import { NotificationPreferencesSchema, type UpdateNotificationPreferences } from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const NOTIFICATION_PREFERENCES_KEY = ["notification-preferences"] as const;

export function useNotificationPreferences() {
  return useQuery({
    queryKey: NOTIFICATION_PREFERENCES_KEY,
    queryFn: () => api.get("/api/notifications/preferences", NotificationPreferencesSchema),
  });
}

export function useSaveNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferences) =>
      api.put("/api/notifications/preferences", NotificationPreferencesSchema, body),
    onSuccess: (saved) => client.setQueryData(NOTIFICATION_PREFERENCES_KEY, saved),
  });
}
