import {
  IntroductionSchema,
  MatchOfferListResponseSchema,
  MatchOfferSchema,
  MyMatchOptionsSchema,
  RelationshipListResponseSchema,
} from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

const MATCHING_KEY = ["matching"] as const;
const OPTIONS_KEY = [...MATCHING_KEY, "options"] as const;
const OFFERS_KEY = [...MATCHING_KEY, "offers"] as const;
const RELATIONSHIPS_KEY = [...MATCHING_KEY, "relationships"] as const;

export function useMyOptions() {
  return useQuery({ queryKey: OPTIONS_KEY, queryFn: () => api.get("/api/matching/options", MyMatchOptionsSchema) });
}

export function useMyOffers() {
  return useQuery({
    queryKey: OFFERS_KEY,
    queryFn: () => api.get("/api/matching/offers", MatchOfferListResponseSchema),
  });
}

export function useMyRelationships() {
  return useQuery({
    queryKey: RELATIONSHIPS_KEY,
    queryFn: () => api.get("/api/matching/relationships", RelationshipListResponseSchema),
  });
}

export function useIntroduction(relationshipId: string) {
  return useQuery({
    queryKey: [...MATCHING_KEY, "introduction", relationshipId],
    queryFn: () =>
      api.get(`/api/matching/relationships/${encodeURIComponent(relationshipId)}/introduction`, IntroductionSchema),
  });
}

/** Every matching answer can change options, offers and relationships at once, so all three are refreshed. */
function useRefreshMatching() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: MATCHING_KEY });
}

export function useChooseOption() {
  const refresh = useRefreshMatching();
  return useMutation({
    mutationFn: (optionId: string) =>
      api.post(`/api/matching/options/${encodeURIComponent(optionId)}/choose`, MyMatchOptionsSchema),
    onSuccess: refresh,
  });
}

export function useAcceptOffer() {
  const refresh = useRefreshMatching();
  return useMutation({
    mutationFn: (offerId: string) =>
      api.post(`/api/matching/offers/${encodeURIComponent(offerId)}/accept`, MatchOfferSchema),
    onSuccess: refresh,
  });
}

export function useDeclineOffer() {
  const refresh = useRefreshMatching();
  return useMutation({
    mutationFn: ({ offerId, reason }: { offerId: string; reason: string }) =>
      api.post(`/api/matching/offers/${encodeURIComponent(offerId)}/decline`, MatchOfferSchema, { reason }),
    onSuccess: refresh,
  });
}
