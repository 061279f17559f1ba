import {
  MatchProposalSchema,
  MatchRunListResponseSchema,
  MatchRunSchema,
  OverrideCandidatesResponseSchema,
  ReviewQueueResponseSchema,
} from "@mentalverse/shared";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const PAGE_SIZE = 20;
const REVIEW_KEY = ["match-review"] as const;

export function useMatchRuns() {
  return useQuery({
    queryKey: [...REVIEW_KEY, "runs"],
    queryFn: () => api.get("/api/matching/runs", MatchRunListResponseSchema, { limit: 5, offset: 0 }),
    // A batch run finishes in the background; poll while one is still going.
    refetchInterval: (query) =>
      query.state.data?.runs.some((r) => r.status === "queued" || r.status === "running") ? 2000 : false,
  });
}

export function useStartRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post("/api/matching/runs", MatchRunSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: REVIEW_KEY }),
  });
}

export function useReviewQueue(filters: { offset: number; flagged?: "true" | "false" }) {
  return useQuery({
    queryKey: [...REVIEW_KEY, "queue", filters],
    queryFn: () => api.get("/api/matching/review", ReviewQueueResponseSchema, { ...filters, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useProposal(id: string) {
  return useQuery({
    queryKey: [...REVIEW_KEY, "proposal", id],
    queryFn: () => api.get(`/api/matching/proposals/${encodeURIComponent(id)}`, MatchProposalSchema),
  });
}

type Action = "approve" | "reject" | "override" | "flag";

/** One reviewer decision on a proposal; the server checks hard constraints again on an override. */
export function useReviewAction(id: string, action: Action) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, string>) =>
      api.post(`/api/matching/proposals/${encodeURIComponent(id)}/${action}`, MatchProposalSchema, body),
    onSuccess: (proposal) => {
      client.setQueryData([...REVIEW_KEY, "proposal", id], proposal);
      return client.invalidateQueries({ queryKey: [...REVIEW_KEY, "queue"] });
    },
  });
}

export function useOverrideCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...REVIEW_KEY, "candidates", id],
    queryFn: () =>
      api.get(`/api/matching/proposals/${encodeURIComponent(id)}/candidates`, OverrideCandidatesResponseSchema),
    enabled,
  });
}
