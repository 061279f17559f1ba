import {
  type AttendanceStatus,
  MentoringSessionListResponseSchema,
  MentoringSessionSchema,
  type ProposeSessionRequest,
} from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";
import { activityKey } from "./goals-queries.js";

const sessionsKey = (relationshipId: string) => [...activityKey(relationshipId), "sessions"] as const;
const sessionsPath = (relationshipId: string) => `/api/relationships/${encodeURIComponent(relationshipId)}/sessions`;
const sessionPath = (relationshipId: string, sessionId: string) =>
  `${sessionsPath(relationshipId)}/${encodeURIComponent(sessionId)}`;

export function useSessions(relationshipId: string) {
  return useQuery({
    queryKey: sessionsKey(relationshipId),
    queryFn: () => api.get(sessionsPath(relationshipId), MentoringSessionListResponseSchema),
  });
}

function useSessionWrite<T>(relationshipId: string, write: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey(relationshipId) }),
  });
}

export function useProposeSession(relationshipId: string) {
  return useSessionWrite(relationshipId, (body: ProposeSessionRequest) =>
    api.post(sessionsPath(relationshipId), MentoringSessionSchema, body),
  );
}

export function useConfirmSession(relationshipId: string, sessionId: string) {
  return useSessionWrite(relationshipId, () =>
    api.post(`${sessionPath(relationshipId, sessionId)}/confirm`, MentoringSessionSchema),
  );
}

export function useCancelSession(relationshipId: string, sessionId: string) {
  return useSessionWrite(relationshipId, (reason: string) =>
    api.post(`${sessionPath(relationshipId, sessionId)}/cancel`, MentoringSessionSchema, reason ? { reason } : {}),
  );
}

export function useRecordAttendance(relationshipId: string, sessionId: string) {
  return useSessionWrite(relationshipId, (body: { memberId: string; status: Exclude<AttendanceStatus, "cancelled"> }) =>
    api.put(`${sessionPath(relationshipId, sessionId)}/attendance`, MentoringSessionSchema, body),
  );
}

export function useSaveSummary(relationshipId: string, sessionId: string) {
  return useSessionWrite(relationshipId, (body: { text: string; baseVersion: number }) =>
    api.put(`${sessionPath(relationshipId, sessionId)}/summary`, MentoringSessionSchema, body),
  );
}

export function useSavePrivateNote(relationshipId: string, sessionId: string) {
  return useSessionWrite(relationshipId, (text: string) =>
    api.put(`${sessionPath(relationshipId, sessionId)}/note`, MentoringSessionSchema, { text }),
  );
}

export function useDeletePrivateNote(relationshipId: string, sessionId: string) {
  return useSessionWrite(relationshipId, () =>
    api.delete(`${sessionPath(relationshipId, sessionId)}/note`, MentoringSessionSchema),
  );
}
