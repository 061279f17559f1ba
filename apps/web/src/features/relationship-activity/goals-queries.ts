import {
  type AddProgressUpdateRequest,
  type CreateGoalRequest,
  MentoringGoalListResponseSchema,
  MentoringGoalSchema,
  type UpdateGoalRequest,
} from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const activityKey = (relationshipId: string) => ["relationship-activity", relationshipId] as const;
const goalsKey = (relationshipId: string) => [...activityKey(relationshipId), "goals"] as const;
const goalsPath = (relationshipId: string) => `/api/relationships/${encodeURIComponent(relationshipId)}/goals`;
const goalPath = (relationshipId: string, goalId: string) =>
  `${goalsPath(relationshipId)}/${encodeURIComponent(goalId)}`;

export function useGoals(relationshipId: string) {
  return useQuery({
    queryKey: goalsKey(relationshipId),
    queryFn: () => api.get(goalsPath(relationshipId), MentoringGoalListResponseSchema),
  });
}

/** Every goal write answers with the whole goal; the list is refetched so order and totals stay the server's. */
function useGoalWrite<T>(relationshipId: string, write: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: goalsKey(relationshipId) }),
  });
}

export function useCreateGoal(relationshipId: string) {
  return useGoalWrite(relationshipId, (body: CreateGoalRequest) =>
    api.post(goalsPath(relationshipId), MentoringGoalSchema, body),
  );
}

export function useUpdateGoal(relationshipId: string, goalId: string) {
  return useGoalWrite(relationshipId, (body: UpdateGoalRequest) =>
    api.patch(goalPath(relationshipId, goalId), MentoringGoalSchema, body),
  );
}

export function useAddMilestone(relationshipId: string, goalId: string) {
  return useGoalWrite(relationshipId, (title: string) =>
    api.post(`${goalPath(relationshipId, goalId)}/milestones`, MentoringGoalSchema, { title }),
  );
}

export function useTickMilestone(relationshipId: string, goalId: string) {
  return useGoalWrite(relationshipId, ({ milestoneId, done }: { milestoneId: string; done: boolean }) =>
    api.patch(
      `${goalPath(relationshipId, goalId)}/milestones/${encodeURIComponent(milestoneId)}`,
      MentoringGoalSchema,
      { done },
    ),
  );
}

export function useAddProgressUpdate(relationshipId: string, goalId: string) {
  return useGoalWrite(relationshipId, (body: AddProgressUpdateRequest) =>
    api.post(`${goalPath(relationshipId, goalId)}/updates`, MentoringGoalSchema, body),
  );
}
