import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useRealtimeSocket } from "../../lib/realtime-context.js";
import { useMe } from "../auth/session.js";
import { CallPanel } from "./CallPanel.js";
import { callEngine } from "./call-engine.js";
import { callHistoryKey } from "./calls-queries.js";
import { IncomingCallDialog } from "./IncomingCallDialog.js";
import { useCallState } from "./use-call-state.js";

/**
 * Mounted once in the signed-in shell: connects the call engine to the member's socket, rings for
 * incoming calls on any page, and shows the call in progress while the member moves around.
 */
export function CallHost() {
  const { socket } = useRealtimeSocket();
  const me = useMe();
  const state = useCallState();
  const client = useQueryClient();

  useEffect(() => (socket ? callEngine.attach(socket, me.id) : undefined), [socket, me.id]);

  // A call that starts or ends changes the conversation's call history.
  const { phase, conversationId } = state;
  useEffect(() => {
    if (conversationId && (phase === "outgoing" || phase === "ended")) {
      void client.invalidateQueries({ queryKey: callHistoryKey(conversationId) });
    }
  }, [phase, conversationId, client]);

  return (
    <>
      <IncomingCallDialog state={state} />
      {phase !== "idle" && phase !== "incoming" ? <CallPanel state={state} /> : null}
    </>
  );
}
