import {
  Alert,
  Anchor,
  Button,
  PasswordInput,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { RecoveryKeyError, WrongPassphraseError } from "@mentalverse/e2ee";
import type { RecoveryState } from "@mentalverse/shared";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useMe } from "../auth/session.js";
import { guessDeviceName } from "./device.js";
import type { StoredDevice } from "./keystore.js";
import { type RestoreProgress, recoveryFromInput, restoreDevice } from "./setup.js";

function problemText(error: unknown): string | null {
  if (error instanceof WrongPassphraseError) return "That passphrase does not open your recovery key.";
  if (error instanceof RecoveryKeyError) return `${error.message}. Check it and try again.`;
  return null;
}

/** A member who already uses messaging elsewhere brings their keys and history to this device. */
export function RestoreDevice({
  recovery,
  onDone,
  onStartOver,
}: {
  recovery: RecoveryState;
  onDone: (device: StoredDevice) => void;
  onStartOver: () => void;
}) {
  const me = useMe();
  const [method, setMethod] = useState<"key" | "passphrase">("key");
  const [display, setDisplay] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [name, setName] = useState(guessDeviceName);
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const wrap = recovery.passphraseWrap;
  const restore = useMutation({
    mutationFn: async () => {
      const input = method === "passphrase" && wrap ? { passphrase, wrap } : { display };
      const key = await recoveryFromInput(input, recovery.recoveryPublicKey);
      return restoreDevice(me.id, name.trim() || guessDeviceName(), key, setProgress);
    },
    onSuccess: onDone,
  });
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    restore.mutate();
  };
  const problem = problemText(restore.error);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Restore secure messaging">
      <Stack gap="md" maw={640}>
        <Text>
          You already use secure messaging on another device. Restore with your recovery key
          {wrap ? " or your passphrase" : ""} to read your conversations, including earlier messages, here.
        </Text>
        {wrap ? (
          <SegmentedControl
            value={method}
            onChange={(value) => setMethod(value as "key" | "passphrase")}
            data={[
              { value: "key", label: "Recovery key" },
              { value: "passphrase", label: "Passphrase" },
            ]}
            aria-label="Restore with"
            w="fit-content"
          />
        ) : null}
        {method === "passphrase" && wrap ? (
          <PasswordInput label="Passphrase" value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} />
        ) : (
          <Textarea
            label="Recovery key"
            description="Spaces, dashes and capital letters do not matter."
            autosize
            minRows={2}
            value={display}
            onChange={(e) => setDisplay(e.currentTarget.value)}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          />
        )}
        <TextInput
          label="Name of this device"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={80}
        />
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : (
          <ErrorAlert error={restore.error} />
        )}
        {progress && restore.isPending ? (
          <Stack gap={4}>
            <Text size="sm" aria-live="polite">
              Restoring conversation {Math.min(progress.done + 1, progress.total)} of {progress.total}…
            </Text>
            <Progress value={progress.total ? (progress.done / progress.total) * 100 : 100} aria-hidden />
          </Stack>
        ) : null}
        <Button type="submit" loading={restore.isPending} w="fit-content">
          {method === "passphrase" ? "Restore with your passphrase" : "Restore with your recovery key"}
        </Button>
        <Text size="sm" c="dimmed">
          Lost your recovery key{wrap ? " and passphrase" : ""}?{" "}
          <Anchor component="button" type="button" size="sm" onClick={onStartOver}>
            Start over on this device
          </Anchor>{" "}
          with a new recovery key. Earlier messages stay unreadable here.
        </Text>
      </Stack>
    </form>
  );
}
