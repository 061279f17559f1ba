import { Paper, Text } from "@mantine/core";
import { formatDateTime } from "../../lib/format.js";

/** One message as a quotation: who, when, and the words exactly as they were written. */
export function MessageQuote({ sender, sentAt, text }: { sender: string; sentAt: string; text: string }) {
  return (
    <Paper withBorder p="sm" radius="sm" component="figure" m={0}>
      <Text component="figcaption" size="xs" c="dimmed" mb={4}>
        {sender}, {formatDateTime(sentAt)}
      </Text>
      <Text component="blockquote" m={0} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {text}
      </Text>
    </Paper>
  );
}
