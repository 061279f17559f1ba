import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../components/PageHeader.js";

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        There is nothing at this address.{" "}
        <Anchor component={Link} to="/">
          Go to the start page
        </Anchor>
        .
      </Text>
    </>
  );
}

export function ForbiddenPage() {
  return (
    <>
      <PageHeader title="Not available to you" />
      <Text>
        This page is for staff with a particular role. If you think you should have access, ask an administrator.{" "}
        <Anchor component={Link} to="/home">
          Back to your home
        </Anchor>
        .
      </Text>
    </>
  );
}
