import { Anchor, Container, Stack, Text } from "@mantine/core";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { PageHeader } from "../components/PageHeader.js";

/** Last resort when a page crashes: say so plainly and keep the way out and the crisis lines. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : "";
  return (
    <Container size="sm" py="xl" component="main">
      <Stack gap="md">
        <PageHeader title="Something went wrong" description="This page hit a problem it could not recover from." />
        {detail ? (
          <Text c="dimmed" size="sm">
            {detail}
          </Text>
        ) : null}
        <Text>
          Try <Anchor href={window.location.href}>reloading the page</Anchor> or{" "}
          <Anchor href="/">go to the start page</Anchor>.
        </Text>
        <Text>
          If you are in danger now: call or text 988 (US), call Samaritans on 116 123 (UK and Ireland), or your local
          emergency number.
        </Text>
      </Stack>
    </Container>
  );
}
