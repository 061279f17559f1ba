import { PasswordInput, type PasswordInputProps } from "@mantine/core";

/**
 * A password input whose show/hide toggle is reachable by keyboard, and which reports its error
 * state: Mantine's PasswordInput links the message but leaves out aria-invalid.
 */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput visibilityToggleFocusable aria-invalid={props.error ? true : undefined} {...props} />;
}
