import { Anchor, Box, Button, Text } from "@mantine/core";
import { Link, Outlet } from "react-router";
import { AppFrame } from "../components/shell/AppFrame.js";
import { AccountBanners } from "../features/account/AccountBanners.js";
import { AccountMenu } from "../features/auth/AccountMenu.js";
import { RequireSignedIn } from "../features/auth/guards.js";
import { useMe } from "../features/auth/session.js";
import { CallHost } from "../features/calls/CallHost.js";
import { OutboxRunner } from "../features/messaging/OutboxRunner.js";
import { NotificationBell } from "../features/notifications/NotificationBell.js";
import { useRealtime } from "../features/notifications/use-realtime.js";
import { RealtimeContext } from "../lib/realtime-context.js";
import { Navigation } from "./Navigation.js";

function Shell() {
  const me = useMe();
  const realtime = useRealtime(me.id);
  return (
    <RealtimeContext.Provider value={realtime}>
      <AppFrame
        brand={
          <Anchor
            component={Link}
            to="/home"
            fw={700}
            fz={{ base: "md", xs: "lg" }}
            c="var(--mantine-color-text)"
            underline="never"
            style={{ whiteSpace: "nowrap" }}
          >
            MentalVerse
          </Anchor>
        }
        headerActions={
          <>
            <Button component={Link} to="/help" variant="subtle" color="red" c="red.9" size="compact-sm" px={4}>
              {/* Shorter on phones so the account menu still fits at 360 px. */}
              <Box component="span" hiddenFrom="xs">
                Help now
              </Box>
              <Box component="span" visibleFrom="xs">
                Need help now?
              </Box>
            </Button>
            <NotificationBell />
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate="end">
              {me.displayName}
            </Text>
            <AccountMenu />
          </>
        }
        navigation={<Navigation me={me} />}
        banners={<AccountBanners me={me} />}
      >
        <Outlet />
        <CallHost />
        <OutboxRunner />
      </AppFrame>
    </RealtimeContext.Provider>
  );
}

export function SignedInShell() {
  return (
    <RequireSignedIn>
      <Shell />
    </RequireSignedIn>
  );
}
