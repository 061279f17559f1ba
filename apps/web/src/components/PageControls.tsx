import { Button, Group, Text } from "@mantine/core";

interface PageControlsProps {
  offset: number;
  limit: number;
  total: number;
  noun: string;
  onOffsetChange(offset: number): void;
}

/** Previous/next paging with a plain-words position, which reads well on any screen size. */
export function PageControls({ offset, limit, total, noun, onOffsetChange }: PageControlsProps) {
  if (total === 0 && offset === 0) return null;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <Group justify="space-between" mt="md" gap="xs" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 0 ? `No ${noun}` : `Showing ${first}–${last} of ${total} ${noun}`}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          disabled={offset === 0}
          onClick={() => onOffsetChange(Math.max(0, offset - limit))}
        >
          Previous page
        </Button>
        <Button
          variant="default"
          size="xs"
          disabled={offset + limit >= total}
          onClick={() => onOffsetChange(offset + limit)}
        >
          Next page
        </Button>
      </Group>
    </Group>
  );
}
