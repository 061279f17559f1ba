import {
  MentorApplicationDetailSchema,
  MentorApplicationQueueSchema,
  type MentorApplicationStatus,
  type TransitionRequest,
} from "@mentalverse/shared";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const PAGE_SIZE = 25;
const KEY = ["staff", "mentor-applications"] as const;

export function useApplicationQueue(filters: { status?: MentorApplicationStatus | undefined; offset: number }) {
  return useQuery({
    queryKey: [...KEY, "queue", filters],
    queryFn: () => api.get("/api/mentor-applications", MentorApplicationQueueSchema, { ...filters, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: [...KEY, "one", id],
    queryFn: () => api.get(`/api/mentor-applications/${encodeURIComponent(id)}`, MentorApplicationDetailSchema),
  });
}

export function useTransitionApplication(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) =>
      api.post(`/api/mentor-applications/${encodeURIComponent(id)}/transition`, MentorApplicationDetailSchema, body),
    onSuccess: (application) => {
      client.setQueryData([...KEY, "one", id], application);
      void client.invalidateQueries({ queryKey: [...KEY, "queue"] });
    },
  });
}
