import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../components/PageHeader.js";
import { hasRole, useMe } from "../features/auth/session.js";
import { OnboardingCallToAction } from "../features/onboarding/OnboardingCallToAction.js";

export function HomePage() {
  const me = useMe();
  const isAdmin = hasRole(me, "admin");
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={`Welcome, ${me.displayName}`} docTitle="Home" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="now-heading">
          <Title order={2} size="h4" id="now-heading" mb="xs">
            What you can do now
          </Title>
          <List spacing="xs">
            <List.Item>
              <Anchor component={Link} to="/settings">
                Choose your display name
              </Anchor>
              : the only name peers will see.
            </List.Item>
            <List.Item>
              <Anchor component={Link} to="/settings">
                Download your data or delete your account
              </Anchor>
              , whenever you like.
            </List.Item>
            <List.Item>
              <Anchor component={Link} to="/notifications">
                Read your notifications
              </Anchor>
              .
            </List.Item>
            {isAdmin ? (
              <List.Item>
                <Anchor component={Link} to="/admin/users">
                  Manage members and roles
                </Anchor>
                , read the audit log and the mail outbox.
              </List.Item>
            ) : null}
          </List>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="next-heading">
          <Title order={2} size="h4" id="next-heading" mb="xs">
            What comes next
          </Title>
          <OnboardingCallToAction />
          <Text mt="sm">
            Matching with a peer mentor, and the tools for a mentoring relationship, are being built now. Until they
            arrive nobody is matched with you.
          </Text>
        </Card>
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        MentalVerse is peer support, not therapy or crisis care. If you are in danger now,{" "}
        <Anchor component={Link} to="/help" size="sm">
          see the crisis lines
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
