import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { Loading } from "../../components/Loading.js";
import { useThisDevice } from "./device.js";
import type { StoredDevice } from "./keystore.js";
import { useOutbox } from "./use-outbox.js";

/**
 * Messaging pages need this browser's device; without one the member goes to set it up first. With
 * one, the device's outbox is sent from here too (the shell's OutboxRunner covers the other pages).
 */
export function RequireDevice({ children }: { children: (device: StoredDevice) => ReactNode }) {
  const device = useThisDevice();
  const location = useLocation();
  useOutbox(device.data);
  if (device.isPending) return <Loading label="Opening secure messaging" />;
  if (device.isError) return <ErrorAlert error={device.error} />;
  if (!device.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/messages/setup?next=${next}`} replace />;
  }
  return <>{children(device.data)}</>;
}
