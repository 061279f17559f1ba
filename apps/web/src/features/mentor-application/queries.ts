import {
  type ApplyAsMentorRequest,
  MyMentorApplicationResponseSchema,
  OwnMentorApplicationSchema,
} from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const MY_APPLICATION_KEY = ["mentor-application", "mine"] as const;

export function useMyApplication() {
  return useQuery({
    queryKey: MY_APPLICATION_KEY,
    queryFn: () => api.get("/api/mentor-applications/mine", MyMentorApplicationResponseSchema),
  });
}

export function useApplyAsMentor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplyAsMentorRequest) => api.post("/api/mentor-applications", OwnMentorApplicationSchema, body),
    onSuccess: (application) => client.setQueryData(MY_APPLICATION_KEY, { application }),
  });
}

export function useUpdateMentorPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { capacity: number; pauseNewMatches: boolean }) =>
      api.patch("/api/mentor-applications/mine/preferences", OwnMentorApplicationSchema, body),
    onSuccess: (application) => client.setQueryData(MY_APPLICATION_KEY, { application }),
  });
}
