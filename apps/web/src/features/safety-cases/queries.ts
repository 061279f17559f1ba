import {
  SafetyCaseDetailSchema,
  SafetyCaseListResponseSchema,
  type SafetyCaseStatus,
  ScreeningQuestionsResponseSchema,
} from "@mentalverse/shared";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const PAGE_SIZE = 25;
const KEY = ["staff", "safety-cases"] as const;

export function useSafetyCases(filters: { status?: SafetyCaseStatus | undefined; offset: number }) {
  return useQuery({
    queryKey: [...KEY, "list", filters],
    queryFn: () => api.get("/api/safety/cases", SafetyCaseListResponseSchema, { ...filters, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    // New cases arrive from members' screenings; a queue left open should not go stale.
    refetchInterval: 60_000,
  });
}

export function useSafetyCase(id: string) {
  return useQuery({
    queryKey: [...KEY, "one", id],
    queryFn: () => api.get(`/api/safety/cases/${encodeURIComponent(id)}`, SafetyCaseDetailSchema),
  });
}

/** The screener's wording, so answers are read against the questions that were asked. */
export function useScreeningQuestions() {
  return useQuery({
    queryKey: ["screening", "questions"],
    queryFn: () => api.get("/api/screening/questions", ScreeningQuestionsResponseSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function useCaseMutation<B>(id: string, action: "assign" | "resolve" | "clear-hold") {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      api.post(`/api/safety/cases/${encodeURIComponent(id)}/${action}`, SafetyCaseDetailSchema, body),
    onSuccess: (detail) => {
      client.setQueryData([...KEY, "one", id], detail);
      void client.invalidateQueries({ queryKey: [...KEY, "list"] });
    },
  });
}

export const useAssignCase = (id: string) => useCaseMutation<{ assigneeId?: string }>(id, "assign");
export const useResolveCase = (id: string) =>
  useCaseMutation<{ note: string; clearMatchingHold: boolean }>(id, "resolve");

export const useClearHoldLater = (id: string) => useCaseMutation<{ note: string }>(id, "clear-hold");
