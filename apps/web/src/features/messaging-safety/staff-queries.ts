import { type SafetyReportDetail, SafetyReportDetailSchema, SafetyReportListResponseSchema } from "@mentalverse/shared";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

const KEY = ["staff", "safety-reports"] as const;
const path = (id: string, rest = "") => `/api/safety/reports/${encodeURIComponent(id)}${rest}`;

export function useSafetyReports(status: SafetyReportDetail["status"] | undefined) {
  return useQuery({
    queryKey: [...KEY, "list", status ?? "all"],
    queryFn: () => api.get("/api/safety/reports", SafetyReportListResponseSchema, { status }),
    placeholderData: keepPreviousData,
    // Reports and alerts arrive from members at any time; a queue left open should not go stale.
    refetchInterval: 60_000,
  });
}

export function useSafetyReport(id: string) {
  return useQuery({ queryKey: [...KEY, "one", id], queryFn: () => api.get(path(id), SafetyReportDetailSchema) });
}

function useReportMutation<B>(id: string, action: "assign" | "resolve") {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post(path(id, `/${action}`), SafetyReportDetailSchema, body),
    onSuccess: (detail) => {
      client.setQueryData([...KEY, "one", id], detail);
      void client.invalidateQueries({ queryKey: [...KEY, "list"] });
    },
  });
}

export const useAssignReport = (id: string) => useReportMutation<{ assigneeId?: string }>(id, "assign");
export const useResolveReport = (id: string) => useReportMutation<{ note: string }>(id, "resolve");
