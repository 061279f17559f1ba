import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import type { ConversationSummary } from "@mentalverse/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { Link } from "react-router";
import { QueryState } from "../../components/QueryState.js";
import { formatDateTime, plural } from "../../lib/format.js";
import { useRealtimeSocket } from "../../lib/realtime-context.js";
import { conversationsKey, useConversations } from "./queries.js";

function Row({ conversation: c }: { conversation: ConversationSummary }) {
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={`/messages/${c.id}`}
            fw={c.unread > 0 ? 700 : 500}
            style={{ overflowWrap: "anywhere" }}
          >
            {c.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {c.kind === "pair" ? "Mentoring conversation" : `Group, ${plural(c.memberCount, "member")}`}
            {c.state === "read_only" ? " · read only" : ""}
            {" · "}
            {c.lastEventAt ? `last activity ${formatDateTime(c.lastEventAt)}` : "no messages yet"}
          </Text>
        </Stack>
        {c.unread > 0 ? (
          <Badge color="indigo" aria-label={`${plural(c.unread, "unread message")}`}>
            {c.unread}
          </Badge>
        ) : null}
      </Group>
    </Paper>
  );
}

/** New messages and membership changes refresh the list (unread counts, order) while it is open. */
function useLiveList() {
  const { socket, generation } = useRealtimeSocket();
  const client = useQueryClient();
  useEffect(() => {
    if (!socket) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void client.invalidateQueries({ queryKey: conversationsKey }), 300);
    };
    socket.on("conversation:event", refresh);
    socket.on("conversation:changed", refresh);
    return () => {
      clearTimeout(timer);
      socket.off("conversation:event", refresh);
      socket.off("conversation:changed", refresh);
    };
  }, [socket, client]);
  // Back from a reconnect: whatever arrived meanwhile.
  useEffect(() => {
    if (generation > 1) void client.invalidateQueries({ queryKey: conversationsKey });
  }, [generation, client]);
}

/** The member's conversations, the most recently active first. */
export function ConversationList() {
  const conversations = useConversations();
  useLiveList();
  return (
    <QueryState query={conversations} label="Loading your conversations">
      {({ conversations: list }) =>
        list.length === 0 ? (
          <Text>
            No conversations yet. A conversation with your mentor or mentee appears here once your relationship starts.
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-label="Conversations">
            {[...list]
              .sort((a, b) => (b.lastEventAt ?? "").localeCompare(a.lastEventAt ?? ""))
              .map((c) => (
                <Row key={c.id} conversation={c} />
              ))}
          </Stack>
        )
      }
    </QueryState>
  );
}
