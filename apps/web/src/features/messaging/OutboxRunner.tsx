import { lazy, Suspense, useEffect, useState } from "react";
import { useMe } from "../auth/session.js";
import { hasMessagingDatabase, loadDevice, type StoredDevice } from "./keystore.js";

const OutboxSender = lazy(() => import("./OutboxSender.js"));

/**
 * For the signed-in shell: sends this browser kept in its outbox go out after a reload or a new
 * sign-in, and ones still waiting when the member leaves the messaging pages keep going, whichever
 * page the member is on. Renders nothing. Small on purpose: the encryption code loads only for a
 * member with a device set up in this browser, and no database is created for anyone else.
 */
export function OutboxRunner() {
  const me = useMe();
  const [device, setDevice] = useState<StoredDevice | null>(null);
  useEffect(() => {
    let current = true;
    setDevice(null);
    void (async () => {
      if (!(await hasMessagingDatabase(me.id))) return;
      const stored = await loadDevice(me.id);
      if (current) setDevice(stored);
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [me.id]);
  if (!device) return null;
  return (
    <Suspense fallback={null}>
      <OutboxSender device={device} />
    </Suspense>
  );
}
