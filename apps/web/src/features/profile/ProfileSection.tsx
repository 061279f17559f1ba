import { Card, Divider, Group, Stack, Text, Title } from "@mantine/core";
import type { FieldVisibility, ProfileField } from "@mentalverse/shared";
import type { ReactNode } from "react";
import { StatusBadge } from "../../components/StatusBadge.js";
import { PROFILE_FIELD_LABELS, sectionId } from "./field-labels.js";
import { VisibilityControl } from "./VisibilityControl.js";

export interface SectionProps<T> {
  value: T;
  onChange: (value: T) => void;
  error: string | undefined;
}

/** One profile field: its title, the inputs, and who may see the answer. */
export function ProfileSection({
  field,
  description,
  missing,
  visibility,
  onVisibility,
  children,
}: {
  field: ProfileField;
  description?: ReactNode;
  missing: boolean;
  visibility: FieldVisibility;
  onVisibility: (value: FieldVisibility) => void;
  children: ReactNode;
}) {
  const headingId = `${sectionId(field)}-heading`;
  return (
    <Card withBorder padding="lg" component="section" id={sectionId(field)} aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Group gap="sm" wrap="wrap">
            <Title order={2} size="h3" id={headingId}>
              {PROFILE_FIELD_LABELS[field]}
            </Title>
            {missing ? <StatusBadge tone="warn">Not answered yet</StatusBadge> : null}
          </Group>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
        <Divider />
        <VisibilityControl field={field} value={visibility} onChange={onVisibility} />
      </Stack>
    </Card>
  );
}
