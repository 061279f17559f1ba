import { List } from "@mantine/core";

/** Why two people were matched, in plain words, best reason first. */
export function ReasonList({ reasons, label }: { reasons: string[]; label: string }) {
  return (
    <List size="sm" spacing={2} aria-label={label}>
      {reasons.map((reason) => (
        <List.Item key={reason}>{reason}</List.Item>
      ))}
    </List>
  );
}
