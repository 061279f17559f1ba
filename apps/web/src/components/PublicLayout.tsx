import { Anchor, Box, Button, Container, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, Outlet } from "react-router";
import { MAIN_ID, SkipLink } from "./SkipLink.js";

/** Header, main and footer for pages anyone may see; `actions` are the header's calls to action. */
export function PublicLayout({ actions }: { actions: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Container size="lg">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Anchor
              component={Link}
              to="/"
              fw={700}
              fz="lg"
              c="var(--mantine-color-text)"
              underline="never"
              style={{ whiteSpace: "nowrap" }}
            >
              MentalVerse
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              {actions}
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="lg" component="main" id={MAIN_ID} tabIndex={-1} py="xl">
        <Outlet />
      </Container>
      <Box component="footer" py="lg" mt="xl" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
        <Container size="lg">
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              MentalVerse Peer Mentorship is peer support. It is not therapy, crisis care or an emergency service.
            </Text>
            <Button component={Link} to="/help" variant="subtle" color="red" c="red.9" size="compact-sm">
              Need help now?
            </Button>
          </Group>
        </Container>
      </Box>
    </>
  );
}
