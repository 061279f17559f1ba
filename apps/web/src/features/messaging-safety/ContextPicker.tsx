import { Checkbox, Stack, Text } from "@mantine/core";
import { formatDateTime } from "../../lib/format.js";
import type { DecryptedMessage } from "../messaging/types.js";

/** At most 20 messages per report: the reported one and up to 19 chosen around it. */
export const MAX_CONTEXT = 19;

/**
 * The messages around the reported one, each shared only if the reporter ticks it. Messages this
 * device could not verify cannot be shared, because the safety team would have no way to trust them.
 */
export function ContextPicker({
  context,
  chosen,
  onChange,
}: {
  context: DecryptedMessage[];
  chosen: ReadonlySet<number>;
  onChange(next: Set<number>): void;
}) {
  const shareable = context.filter((m) => m.revealed && m.verified && !m.deleted);
  const left = context.length - shareable.length;
  if (context.length === 0) return null;
  return (
    <Checkbox.Group
      label="Messages around it to share (optional)"
      description={`None are shared unless you tick them. Up to ${MAX_CONTEXT}.`}
      value={[...chosen].map(String)}
      onChange={(values) => {
        if (values.length <= MAX_CONTEXT) onChange(new Set(values.map(Number)));
      }}
    >
      <Stack gap="xs" mt="xs">
        {shareable.map((m) => (
          <Checkbox
            key={m.seq}
            value={String(m.seq)}
            disabled={!chosen.has(m.seq) && chosen.size >= MAX_CONTEXT}
            label={`${m.senderName}, ${formatDateTime(m.createdAt)}`}
            description={
              <Text
                component="span"
                size="sm"
                lineClamp={3}
                style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
              >
                {m.text}
              </Text>
            }
          />
        ))}
        {left > 0 ? (
          <Text size="sm" c="dimmed">
            {left === 1 ? "1 message" : `${left} messages`} cannot be shared: deleted, or not verified on this device.
          </Text>
        ) : null}
      </Stack>
    </Checkbox.Group>
  );
}
