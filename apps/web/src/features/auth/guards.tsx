import type { Role } from "@mentalverse/shared";
import type { ReactNode } from "react";
import { Navigate, useLocation, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { Loading } from "../../components/Loading.js";
import { safeNext } from "../../lib/safe-next.js";
import { hasRole, useSession } from "./session.js";

/** Renders children for a signed-in member; anyone else goes to sign in and comes back after. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading label="Checking your session" />;
  if (session.isError && session.data === undefined) return <ErrorAlert error={session.error} />;
  if (!session.data?.user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <>{children}</>;
}

/** Renders children only for holders of `needs`; the server enforces the same rule. */
export function RequireRole({ needs, children, fallback }: { needs: Role; children: ReactNode; fallback: ReactNode }) {
  const { data } = useSession();
  return <>{hasRole(data?.user, needs) ? children : fallback}</>;
}

/** Renders children for holders of any of `needs` (the staff pages, which more than one role may use). */
export function RequireAnyRole({
  needs,
  children,
  fallback,
}: {
  needs: readonly Role[];
  children: ReactNode;
  fallback: ReactNode;
}) {
  const { data } = useSession();
  return <>{needs.some((role) => hasRole(data?.user, role)) ? children : fallback}</>;
}

/** Sign-in and sign-up pages send a signed-in member on: to `?next=` if it is safe, else home. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const { data } = useSession();
  const [params] = useSearchParams();
  if (data?.user) return <Navigate to={safeNext(params.get("next"))} replace />;
  return <>{children}</>;
}
