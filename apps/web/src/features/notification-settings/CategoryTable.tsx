import { Switch, Table, Text, VisuallyHidden } from "@mantine/core";
import { type CategoryPreference, NOTIFICATION_CATEGORY_INFO } from "@mentalverse/shared";

interface CategoryTableProps {
  categories: CategoryPreference[];
  onChange: (category: CategoryPreference["category"], channel: "inApp" | "email", on: boolean) => void;
}

/**
 * One row per category with an "In the app" and an "Email" switch. Each switch has a real label
 * (hidden visually, read aloud), e.g. "Matching by email". Safety stays in the app, and says so.
 */
export function CategoryTable({ categories, onChange }: CategoryTableProps) {
  return (
    <Table verticalSpacing="sm" layout="fixed">
      <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>
        What reaches you, and how. Emails never contain the details, only that something is waiting.
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Category</Table.Th>
          <Table.Th scope="col" w={76}>
            In the app
          </Table.Th>
          <Table.Th scope="col" w={64}>
            Email
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {categories.map(({ category, inApp, email }) => {
          const info = NOTIFICATION_CATEGORY_INFO[category];
          return (
            <Table.Tr key={category}>
              <Table.Th scope="row" fw={400}>
                <Text fw={600} size="sm">
                  {info.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {info.description}
                </Text>
                {info.safetyCritical ? (
                  <Text size="xs" mt={4}>
                    Always shown in the app, and emailed straight away even in quiet hours.
                  </Text>
                ) : null}
                {!info.safetyCritical && !inApp && !email ? (
                  <Text size="xs" mt={4} fw={600}>
                    Both off: you will not hear about these at all.
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>
                <Switch
                  checked={info.safetyCritical || inApp}
                  disabled={info.safetyCritical}
                  onChange={(event) => onChange(category, "inApp", event.currentTarget.checked)}
                  label={
                    <VisuallyHidden>{`${info.label} in the app${info.safetyCritical ? " (always on)" : ""}`}</VisuallyHidden>
                  }
                />
              </Table.Td>
              <Table.Td>
                <Switch
                  checked={email}
                  onChange={(event) => onChange(category, "email", event.currentTarget.checked)}
                  label={<VisuallyHidden>{`${info.label} by email`}</VisuallyHidden>}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
