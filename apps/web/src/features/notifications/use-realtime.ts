import { notifications as toasts } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import type { RealtimeState } from "../../lib/realtime-context.js";
import { connectRealtime } from "../../lib/socket.js";
import { SESSION_KEY, sessionQuery } from "../auth/session.js";
import { NOTIFICATIONS_KEY } from "./queries.js";

/**
 * Keeps one live connection per signed-in member: new notifications pop up and refresh the bell;
 * when the server says a session ended, this tab re-checks its own and signs out if it is gone.
 * Returns the socket for the features that talk over it (messaging, calls).
 */
export function useRealtime(userId: string): RealtimeState {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [state, setState] = useState<RealtimeState>({ socket: null, generation: 0 });

  useEffect(() => {
    if (!userId) return;
    const connection = connectRealtime({
      onNotification: (notification) => {
        toasts.show({ title: notification.title, message: notification.body, color: "indigo", autoClose: 8000 });
        void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
        // Some notifications (a role change) mean the session itself changed.
        void client.invalidateQueries({ queryKey: SESSION_KEY });
      },
      onSessionEnded: () => {
        void client.fetchQuery({ ...sessionQuery, staleTime: 0 }).then(({ user }) => {
          if (user) return;
          // Signed out elsewhere: drop this member's cached data; the guard shows sign-in.
          client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
          navigate("/sign-in", { replace: true });
        });
      },
      onAuthLost: () => void client.invalidateQueries({ queryKey: SESSION_KEY }),
      onAuthenticated: () => setState((current) => ({ socket: connection.socket, generation: current.generation + 1 })),
    });
    return () => {
      connection.close();
      setState({ socket: null, generation: 0 });
    };
  }, [userId, client, navigate]);
  return state;
}
