import {
  type CreateFirstAdminRequestSchema,
  SessionResponseSchema,
  SetupStatusResponseSchema,
} from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api.js";
import { SESSION_KEY } from "../auth/session.js";

export function useSetupStatus() {
  return useQuery({
    queryKey: ["setup-status"],
    queryFn: () => api.get("/api/setup/status", SetupStatusResponseSchema),
  });
}

export function useCreateFirstAdmin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof CreateFirstAdminRequestSchema>) =>
      api.post("/api/setup/first-admin", SessionResponseSchema, body),
    onSuccess: (session) => {
      client.setQueryData(SESSION_KEY, session);
      client.setQueryData(["setup-status"], { needsSetup: false });
    },
  });
}
