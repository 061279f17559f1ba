import { Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { usePageTitle } from "./use-page-title.js";

/** The page's one h1, which also sets the document title. */
export function PageHeader({
  title,
  description,
  docTitle,
}: {
  title: string;
  description?: ReactNode;
  docTitle?: string;
}) {
  usePageTitle(docTitle ?? title);
  return (
    <Stack gap={4} mb="lg">
      <Title order={1} fz={{ base: 26, sm: 32 }}>
        {title}
      </Title>
      {description ? <Text c="dimmed">{description}</Text> : null}
    </Stack>
  );
}
