import { Box } from "@mantine/core";
import type { ReactNode } from "react";
import { PageHeader } from "../components/PageHeader.js";

/** A narrow, centred column for the sign-in family of pages. */
export function AuthPage({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box maw={440} mx="auto">
      <PageHeader title={title} description={description} />
      {children}
    </Box>
  );
}
