import { notifications as toasts } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { connectRealtime } from "../../lib/socket.js";
import { SESSION_KEY, sessionQuery } from "../auth/session.js";
import { NOTIFICATIONS_KEY } from "./queries.js";

/**
 * Keeps one live connection per signed-in member: new notifications pop up and refresh the bell;
 * when the server says a session ended, this tab re-checks its own and signs out if it is gone.
 */
export function useRealtime(userId: string): void {
  const client = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => {
    if (!userId) return;
    return connectRealtime({
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
    });
  }, [userId, client, navigate]);
}
