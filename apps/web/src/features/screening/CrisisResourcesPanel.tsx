import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import type { CrisisResource, CrisisResources } from "@mentalverse/shared";
import type { ReactNode } from "react";

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

function ResourceLine({ resource }: { resource: CrisisResource }) {
  return (
    <li>
      <Text fw={700}>{resource.name}</Text>
      <Text size="sm">{resource.description}</Text>
      <Text size="sm">
        {resource.phone ? (
          <>
            Call <Anchor href={telHref(resource.phone)}>{resource.phone}</Anchor>.{" "}
          </>
        ) : null}
        {resource.text ? <>Text {resource.text}. </> : null}
        {resource.url ? (
          <Anchor href={resource.url} target="_blank" rel="noreferrer">
            {resource.url.replace(/^https?:\/\//, "")}
          </Anchor>
        ) : null}
      </Text>
    </li>
  );
}

/**
 * The crisis lines the server chose for the member's country, shown the moment an answer
 * establishes any risk. Announced to screen readers at once; never collapsed or dismissible.
 */
export function CrisisResourcesPanel({
  resources,
  intro,
  headingLevel = 2,
}: {
  resources: CrisisResources;
  intro?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  return (
    <Paper
      component="section"
      role="alert"
      aria-labelledby="crisis-lines-heading"
      p="lg"
      radius="md"
      withBorder
      style={{ borderColor: "var(--mantine-color-red-9)", borderWidth: 2, background: "var(--mantine-color-red-0)" }}
    >
      <Stack gap="sm">
        <Title order={headingLevel} size="h3" id="crisis-lines-heading">
          Crisis lines you can contact now
        </Title>
        {intro ? <Text>{intro}</Text> : null}
        <Text>
          If you might act on thoughts of ending your life, or you are not safe right now, contact one of these now.
          They are free and there is someone to talk to.
        </Text>
        <Stack component="ul" gap="sm" m={0} pl="md">
          {resources.resources.map((resource) => (
            <ResourceLine key={resource.name} resource={resource} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
