import { Box } from "@mantine/core";
import { PageHeader } from "../components/PageHeader.js";
import { QueryState } from "../components/QueryState.js";
import { NotificationList } from "../features/notifications/NotificationList.js";
import { useNotifications } from "../features/notifications/queries.js";

export function NotificationsPage() {
  const query = useNotifications();
  return (
    <Box maw={760}>
      <PageHeader title="Notifications" />
      <QueryState query={query} label="Loading notifications">
        {(data) => <NotificationList notifications={data.notifications} unread={data.unread} />}
      </QueryState>
    </Box>
  );
}
