import {
  type ChangePasswordRequestSchema,
  DeleteAccountResponseSchema,
  MeSchema,
  OkResponseSchema,
  type UpdateProfileRequest,
} from "@mentalverse/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, download } from "../../lib/api.js";
import { SESSION_KEY, useSetMe } from "../auth/session.js";

export function useUpdateProfile() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => api.patch("/api/account/profile", MeSchema, body),
    onSuccess: setMe,
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: z.output<typeof ChangePasswordRequestSchema>) =>
      api.post("/api/account/password", OkResponseSchema, body),
  });
}

export function useExportData() {
  return useMutation({ mutationFn: () => download("/api/account/export", "mentalverse-my-data.json") });
}

export function useScheduleDeletion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.post("/api/account/deletion", DeleteAccountResponseSchema, { password }),
    // The session now carries the date, which drives the banner with its Cancel button.
    onSuccess: () => client.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}

export function useCancelDeletion() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: () => api.delete("/api/account/deletion", MeSchema),
    onSuccess: setMe,
  });
}
