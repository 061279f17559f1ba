import { type Me, type Role, SessionResponseSchema } from "@mentalverse/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";
import { SESSION_KEY } from "../../lib/query-client.js";

export { SESSION_KEY };

export const sessionQuery = {
  queryKey: SESSION_KEY,
  queryFn: () => api.get("/api/auth/session", SessionResponseSchema),
  staleTime: 60_000,
};

/** The signed-in member, or null; undefined while the first check is in flight. */
export function useSession() {
  return useQuery(sessionQuery);
}

/** For pages behind RequireSignedIn, where a member is always present. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data?.user) throw new Error("useMe used outside a signed-in page");
  return data.user;
}

export function useSetMe() {
  const client = useQueryClient();
  return (user: Me | null) => client.setQueryData(SESSION_KEY, { user });
}

export const hasRole = (me: Me | null | undefined, role: Role) => Boolean(me?.roles.includes(role));
