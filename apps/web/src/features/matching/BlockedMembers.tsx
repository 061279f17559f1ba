import { List, Stack, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { formatDate } from "../../lib/format.js";
import { useBlocks } from "./block-queries.js";
import { UnblockButton } from "./UnblockButton.js";

/** The members this member blocked, each with a way to lift it; nothing at all while there are none. */
export function BlockedMembers() {
  const blocks = useBlocks();
  if (blocks.error) return <ErrorAlert error={blocks.error} title="Could not load the members you blocked" />;
  const list = blocks.data?.blocks ?? [];
  if (list.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="blocked-heading" gap="xs">
      <Title order={3} size="h4" id="blocked-heading">
        Members you blocked
      </Title>
      <Text size="sm" c="dimmed">
        They are not matched with you and cannot message you. They were not told that you blocked them.
      </Text>
      <List spacing="xs" listStyleType="none" p={0}>
        {list.map((b) => (
          <List.Item key={b.memberId}>
            <Text span>
              {b.displayName}{" "}
              <Text span size="sm" c="dimmed">
                blocked {formatDate(b.createdAt)}
              </Text>
            </Text>{" "}
            <UnblockButton memberId={b.memberId} name={b.displayName} />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
