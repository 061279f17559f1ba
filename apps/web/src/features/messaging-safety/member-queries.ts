import {
  type CrisisAlertRequestSchema,
  ReportCreatedSchema,
  type ReportMessagesRequest,
  type WorriedAlertRequestSchema,
} from "@mentalverse/shared";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api.js";

/** A member reports messages they saw, revealing exactly what their device decrypted. */
export function useReportMessages() {
  return useMutation({
    mutationFn: (body: ReportMessagesRequest) => api.post("/api/messaging/reports", ReportCreatedSchema, body),
  });
}

/** The member's own one-tap alert; it carries no message text. */
export function useCrisisAlert() {
  return useMutation({
    mutationFn: (body: z.input<typeof CrisisAlertRequestSchema>) =>
      api.post("/api/messaging/crisis-alerts", ReportCreatedSchema, body),
  });
}

/** A mentor's "I'm worried" alert; the server tells the mentee before the safety team sees it. */
export function useWorriedAlert(conversationId: string) {
  return useMutation({
    mutationFn: (body: z.input<typeof WorriedAlertRequestSchema>) =>
      api.post(`/api/conversations/${encodeURIComponent(conversationId)}/worried`, ReportCreatedSchema, body),
  });
}
