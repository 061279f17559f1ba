import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-error.js";

export const SESSION_KEY = ["session"] as const;

/**
 * Retries only what a retry can fix (network trouble, 5xx). When any call says the session is
 * gone, the cached session is cleared so the signed-in pages send the member to sign in.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => onError(client, error) }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}

function onError(client: QueryClient, error: unknown): void {
  if (error instanceof ApiError && error.status === 401 && error.code === "unauthenticated") {
    client.setQueryData(SESSION_KEY, { user: null });
  }
}
