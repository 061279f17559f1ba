import type { ConversationDetail } from "@mentalverse/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { useRealtimeSocket } from "../../lib/realtime-context.js";
import { engineFor, release, retain } from "./engines.js";
import type { StoredDevice } from "./keystore.js";
import { conversationKey, conversationsKey, messagingApi } from "./queries.js";

/** The live conversation: loads, listens on the socket, resyncs after every reconnect. */
export function useConversation(conversationId: string, device: StoredDevice) {
  const engine = useMemo(() => engineFor(device, conversationId), [conversationId, device]);
  const { socket, generation } = useRealtimeSocket();
  const client = useQueryClient();

  useEffect(() => {
    retain(engine, device);
    void engine.start();
    return () => release(engine, device);
  }, [engine, device]);

  useEffect(() => engine.attach(socket), [engine, socket]);

  useEffect(() => {
    if (generation > 0) engine.resync();
  }, [engine, generation]);

  useEffect(() => {
    const again = () => {
      if (document.visibilityState === "visible") engine.resync();
    };
    window.addEventListener("online", again);
    document.addEventListener("visibilitychange", again);
    return () => {
      window.removeEventListener("online", again);
      document.removeEventListener("visibilitychange", again);
    };
  }, [engine]);

  const state = useSyncExternalStore(engine.subscribe, engine.getState);

  // Others (members panel, calls) read the same detail through the query cache; one they put there
  // (group moderation answers with the new detail) makes the engine read keys and detail again.
  const published = useRef(new WeakSet<ConversationDetail>());
  useEffect(() => {
    if (!state.detail) return;
    published.current.add(state.detail);
    client.setQueryData(conversationKey(conversationId), state.detail);
    // Structural sharing may keep an equal older object in the cache: that one is ours too.
    const kept = client.getQueryData<ConversationDetail>(conversationKey(conversationId));
    if (kept) published.current.add(kept);
  }, [client, conversationId, state.detail]);
  const cached = useQuery({
    queryKey: conversationKey(conversationId),
    queryFn: () => messagingApi.detail(conversationId),
    enabled: false,
  }).data;
  useEffect(() => {
    if (cached && !published.current.has(cached)) void engine.refreshDetail().catch(() => undefined);
  }, [engine, cached]);

  const markRead = useCallback(
    (seq: number) => {
      if (engine.markRead(seq)) void client.invalidateQueries({ queryKey: conversationsKey });
    },
    [engine, client],
  );
  return { state, engine, markRead };
}
