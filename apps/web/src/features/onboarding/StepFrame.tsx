import { Button, Card, Group, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** One onboarding step: its heading, its content, and the buttons to move on. */
export function StepFrame({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="step-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="step-heading">
          {title}
        </Title>
        {children}
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Stack>
    </Card>
  );
}

export function NextButton({ onClick, children = "Continue" }: { onClick: () => void; children?: ReactNode }) {
  return <Button onClick={onClick}>{children}</Button>;
}

export function LaterButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="default" onClick={onClick}>
      Do this later
    </Button>
  );
}
