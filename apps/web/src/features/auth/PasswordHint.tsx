import { Text } from "@mantine/core";

export const PASSWORD_MIN = 10;

/** The password rule in words, with live progress, linked to the input as its description. */
export function passwordDescription(value: string) {
  const length = value.length;
  return (
    <Text component="span" size="xs" c="dimmed">
      At least {PASSWORD_MIN} characters; a few unrelated words make a strong passphrase you can remember.
      {length > 0 && length < PASSWORD_MIN ? ` ${PASSWORD_MIN - length} more to go.` : ""}
    </Text>
  );
}
