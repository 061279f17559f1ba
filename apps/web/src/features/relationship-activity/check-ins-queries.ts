import { CheckInListResponseSchema, type CreateCheckInRequest, CreateCheckInResponseSchema } from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";
import { SCREENING_KEY } from "../screening/queries.js";
import { activityKey } from "./goals-queries.js";

const checkInsKey = (relationshipId: string) => [...activityKey(relationshipId), "check-ins"] as const;
const checkInsPath = (relationshipId: string) => `/api/relationships/${encodeURIComponent(relationshipId)}/check-ins`;

export function useCheckIns(relationshipId: string) {
  return useQuery({
    queryKey: checkInsKey(relationshipId),
    queryFn: () => api.get(checkInsPath(relationshipId), CheckInListResponseSchema),
  });
}

export function useCreateCheckIn(relationshipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCheckInRequest) =>
      api.post(checkInsPath(relationshipId), CreateCheckInResponseSchema, body),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: checkInsKey(relationshipId) });
      // A very low mood asks the member for a safety screening, which changes their screening status.
      if (saved.support) void client.invalidateQueries({ queryKey: SCREENING_KEY });
    },
  });
}
