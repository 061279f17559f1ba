import { Box, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id} maw={880}>
      <Title order={2} id={id} mb="sm" fz={{ base: 22, sm: 26 }}>
        {title}
      </Title>
      {children}
    </Box>
  );
}
