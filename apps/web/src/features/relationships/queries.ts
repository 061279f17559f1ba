import {
  type AgreementTerms,
  type CloseReason,
  MentorApplicationPrefillSchema,
  type RelationshipDetail,
  RelationshipDetailSchema,
  type RelationshipPhase,
  type SubmitAssessmentRequestSchema,
  SupervisedRelationshipSchema,
  SupervisedRelationshipsResponseSchema,
} from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api.js";
import { activityKey } from "../relationship-activity/goals-queries.js";

export const RELATIONSHIPS_KEY = ["relationships"] as const;
const detailKey = (id: string) => [...RELATIONSHIPS_KEY, "detail", id] as const;
const path = (id: string, rest = "") => `/api/relationships/${encodeURIComponent(id)}${rest}`;

export function useRelationship(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api.get(path(id), RelationshipDetailSchema) });
}

export function useSupervisedRelationships() {
  return useQuery({
    queryKey: [...RELATIONSHIPS_KEY, "supervised"],
    queryFn: () => api.get("/api/relationships/supervised", SupervisedRelationshipsResponseSchema),
  });
}

/** Staff pause, resume or close a relationship they oversee; the answer is the updated row. */
export function useStaffTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason }: { action: "pause" | "resume" | "close"; reason?: CloseReason }) =>
      api.post(
        `/api/relationships/supervised/${encodeURIComponent(id)}/${action}`,
        SupervisedRelationshipSchema,
        reason ? { reason } : {},
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: [...RELATIONSHIPS_KEY, "supervised"] }),
  });
}

/** Only a mentee who graduated has one; anyone else gets a 404, which the caller treats as "none". */
export function useMentorApplicationPrefill(enabled: boolean) {
  return useQuery({
    queryKey: [...RELATIONSHIPS_KEY, "mentor-application-prefill"],
    queryFn: () => api.get("/api/relationships/mentor-application-prefill", MentorApplicationPrefillSchema),
    enabled,
    retry: false,
  });
}

/**
 * Every relationship write answers with the whole detail, so the page shows it at once; lists
 * elsewhere (matches, supervisor view, activity tabs) are refreshed because status or phase may change.
 */
function useRelationshipWrite<B>(id: string, send: (body: B) => Promise<RelationshipDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      client.setQueryData(detailKey(id), detail);
      void client.invalidateQueries({ queryKey: [...RELATIONSHIPS_KEY, "supervised"] });
      void client.invalidateQueries({ queryKey: ["matching", "relationships"] });
      // Goals, sessions and check-ins become read-only (or writable again) with the state.
      void client.invalidateQueries({ queryKey: activityKey(id) });
    },
  });
}

export function usePauseRelationship(id: string) {
  return useRelationshipWrite(id, (body: Record<string, never>) =>
    api.post(path(id, "/pause"), RelationshipDetailSchema, body),
  );
}

export function useResumeRelationship(id: string) {
  return useRelationshipWrite(id, () => api.post(path(id, "/resume"), RelationshipDetailSchema, {}));
}

export function useCloseRelationship(id: string) {
  return useRelationshipWrite(id, (body: { reason: CloseReason }) =>
    api.post(path(id, "/close"), RelationshipDetailSchema, body),
  );
}

export function useRematch(id: string) {
  return useRelationshipWrite(id, () => api.post(path(id, "/rematch"), RelationshipDetailSchema, {}));
}

export function useTickGoal(id: string) {
  return useRelationshipWrite(id, ({ goalId, done }: { goalId: string; done: boolean }) =>
    api.put(path(id, `/checklist/${encodeURIComponent(goalId)}`), RelationshipDetailSchema, { done }),
  );
}

export function useConfirmPhase(id: string) {
  return useRelationshipWrite(id, (toPhase: RelationshipPhase) =>
    api.post(path(id, "/phase/confirm"), RelationshipDetailSchema, { toPhase }),
  );
}

export function useProposeAgreement(id: string) {
  return useRelationshipWrite(id, (terms: AgreementTerms) =>
    api.post(path(id, "/agreement"), RelationshipDetailSchema, { terms }),
  );
}

export function useSignAgreement(id: string) {
  return useRelationshipWrite(id, (version: number) =>
    api.post(path(id, `/agreement/${version}/sign`), RelationshipDetailSchema, {}),
  );
}

export function useSubmitAssessment(id: string) {
  return useRelationshipWrite(id, (body: z.output<typeof SubmitAssessmentRequestSchema>) =>
    api.post(path(id, "/assessment"), RelationshipDetailSchema, body),
  );
}

export function useSaveGraduationPlan(id: string) {
  return useRelationshipWrite(id, (body: { plan: string; targetDate: string }) =>
    api.put(path(id, "/graduation-plan"), RelationshipDetailSchema, body),
  );
}

export function useConfirmGraduation(id: string) {
  return useRelationshipWrite(id, () => api.post(path(id, "/graduation/confirm"), RelationshipDetailSchema, {}));
}
