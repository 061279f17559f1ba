import { Button, Group, Stack, Textarea } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";

interface Props {
  label: string;
  submitLabel: string;
  // biome-ignore lint/suspicious/noExplicitAny: any mutation that takes a body with a reason
  mutation: UseMutationResult<any, Error, Record<string, string>>;
  extra?: Record<string, string>;
  children?: ReactNode;
  color?: string;
  onDone?: () => void;
}

/** A decision that must say why: the reason goes to the audit log with the decision. */
export function ReasonForm({ label, submitLabel, mutation, extra, children, color, onDone }: Props) {
  const [reason, setReason] = useState("");
  const error = mutation.error;
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate({ ...extra, reason }, { onSuccess: () => onDone?.() });
      }}
    >
      <Stack gap="xs">
        {children}
        <Textarea
          label={label}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={fieldErrors.reason}
          required
          autosize
          minRows={2}
        />
        {error && !fieldErrors.reason ? <ErrorAlert error={error} /> : null}
        <Group>
          <Button type="submit" color={color} loading={mutation.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
