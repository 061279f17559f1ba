import { Anchor, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { Notification } from "@mentalverse/shared";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDateTime } from "../../lib/format.js";
import { useMarkAllRead, useMarkRead } from "./queries.js";

function NotificationItem({ notification }: { notification: Notification }) {
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  const internal = notification.link?.startsWith("/") ?? false;
  return (
    <Card
      component="li"
      withBorder
      padding="md"
      style={unread ? { borderLeft: "4px solid var(--mantine-color-indigo-8)" } : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4} style={{ flex: "1 1 240px" }}>
          <Group gap="xs">
            <Title order={2} size="h5">
              {notification.title}
            </Title>
            {unread ? <StatusBadge tone="info">Unread</StatusBadge> : null}
          </Group>
          <Text size="sm">{notification.body}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(notification.createdAt)}
          </Text>
          {notification.link && internal ? (
            <Anchor component={Link} to={notification.link} size="sm">
              Open
            </Anchor>
          ) : null}
        </Stack>
        {unread ? (
          <Button
            size="xs"
            variant="default"
            loading={markRead.isPending}
            onClick={() => markRead.mutate([notification.id])}
            aria-label={`Mark read: ${notification.title}`}
          >
            Mark read
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}

export function NotificationList({ notifications, unread }: { notifications: Notification[]; unread: number }) {
  const markAll = useMarkAllRead();
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text aria-live="polite">{unread === 0 ? "No unread notifications." : `${unread} unread.`}</Text>
        <Button variant="default" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          Mark all read
        </Button>
      </Group>
      <ErrorAlert error={markAll.error} />
      {notifications.length === 0 ? (
        <Text c="dimmed">Nothing here yet. When something needs your attention, it will appear here.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {notifications.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
