import {
  CrisisResourcesSchema,
  type CssrsAnswersInput,
  MyScreeningsResponseSchema,
  ScreeningDraftResponseSchema,
  ScreeningQuestionsResponseSchema,
  ScreeningStatusResponseSchema,
  SubmitScreeningResponseSchema,
} from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const SCREENING_KEY = ["screening"] as const;

export function useScreeningQuestions() {
  return useQuery({
    queryKey: [...SCREENING_KEY, "questions"],
    queryFn: () => api.get("/api/screening/questions", ScreeningQuestionsResponseSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Crisis lines for the member's country; they rarely change, so fetched once per session. */
export function useCrisisResources() {
  return useQuery({
    queryKey: [...SCREENING_KEY, "crisis-resources"],
    queryFn: () => api.get("/api/screening/crisis-resources", CrisisResourcesSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useScreeningStatus() {
  return useQuery({
    queryKey: [...SCREENING_KEY, "status"],
    queryFn: () => api.get("/api/screening/status", ScreeningStatusResponseSchema),
  });
}

export function useMyScreenings() {
  return useQuery({
    queryKey: [...SCREENING_KEY, "mine"],
    queryFn: () => api.get("/api/screening/mine", MyScreeningsResponseSchema),
  });
}

export interface ScreeningDraftInput {
  answers: CssrsAnswersInput;
  country?: string | undefined;
}

export function useSaveScreeningDraft() {
  return useMutation({
    mutationFn: (body: ScreeningDraftInput) => api.put("/api/screening/current", ScreeningDraftResponseSchema, body),
  });
}

export function useSubmitScreening() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { country?: string | undefined }) =>
      api.post("/api/screening/current/submit", SubmitScreeningResponseSchema, body),
    onSuccess: () => client.invalidateQueries({ queryKey: SCREENING_KEY }),
  });
}
