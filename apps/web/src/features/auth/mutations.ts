import { notifications } from "@mantine/notifications";
import {
  OkResponseSchema,
  type PasswordResetCompleteSchema,
  type PasswordResetRequestSchema,
  SessionResponseSchema,
  type SignInRequest,
  type SignUpRequest,
} from "@mentalverse/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api.js";
import { SESSION_KEY } from "./session.js";

/** After a sign-in or sign-up, start from a clean cache holding only the new session. */
function useStartSession() {
  const client = useQueryClient();
  return (session: z.output<typeof SessionResponseSchema>) => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    client.setQueryData(SESSION_KEY, session);
  };
}

export function useSignIn() {
  const start = useStartSession();
  return useMutation({
    mutationFn: (body: SignInRequest) => api.post("/api/auth/sign-in", SessionResponseSchema, body),
    onSuccess: start,
  });
}

export function useSignUp() {
  const start = useStartSession();
  return useMutation({
    mutationFn: (body: SignUpRequest) => api.post("/api/auth/sign-up", SessionResponseSchema, body),
    onSuccess: start,
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post("/api/auth/sign-out", OkResponseSchema),
    onError: () =>
      notifications.show({
        color: "red",
        title: "Sign-out may not have finished",
        message: "We could not reach MentalVerse. Reload the page and sign out again to be sure.",
        autoClose: false,
      }),
    // Signed out locally even if the call failed: the member asked to leave this device. The
    // session query itself is updated, not removed, so every screen watching it re-renders.
    onSettled: () => {
      client.setQueryData(SESSION_KEY, { user: null });
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: z.output<typeof PasswordResetRequestSchema>) =>
      api.post("/api/auth/password-reset/request", OkResponseSchema, body),
  });
}

export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: (body: z.output<typeof PasswordResetCompleteSchema>) =>
      api.post("/api/auth/password-reset/complete", OkResponseSchema, body),
  });
}
