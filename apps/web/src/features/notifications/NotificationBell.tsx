import { ActionIcon, Indicator } from "@mantine/core";
import { Link } from "react-router";
import { useUnreadCount } from "./queries.js";

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** A link to the notifications page whose name carries the unread count. */
export function NotificationBell() {
  const { data: unread = 0 } = useUnreadCount();
  const label = unread > 0 ? `Notifications, ${unread} unread` : "Notifications";
  return (
    <Indicator label={unread > 99 ? "99+" : unread} size={18} color="red.9" disabled={unread === 0} offset={6}>
      <ActionIcon component={Link} to="/notifications" variant="subtle" color="gray.8" size="lg" aria-label={label}>
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
