import { Alert, Button, Checkbox, Code, CopyButton, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useMe } from "../auth/session.js";
import { guessDeviceName } from "./device.js";
import type { StoredDevice } from "./keystore.js";
import { finishFirstDevice, makeFreshKeys } from "./setup.js";

const MIN_PASSPHRASE = 12;

/**
 * Sets up the member's first device (or starts over without the old history): the keys are made
 * here, the recovery key is shown exactly once, and nothing reaches the server before the member
 * says they saved it.
 */
export function FirstDeviceSetup({
  replacing,
  onDone,
}: {
  replacing: boolean;
  onDone: (device: StoredDevice) => void;
}) {
  const me = useMe();
  // Made once per visit and never cached beyond it: leaving the page throws this key away.
  const fresh = useQuery({
    queryKey: ["messaging-fresh-keys"],
    queryFn: makeFreshKeys,
    staleTime: Infinity,
    gcTime: 0,
  });
  const [name, setName] = useState(guessDeviceName);
  const [saved, setSaved] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const finish = useMutation({
    mutationFn: () => {
      if (!fresh.data) throw new Error("The keys are not ready yet.");
      return finishFirstDevice(me.id, name.trim(), fresh.data, passphrase);
    },
    onSuccess: onDone,
  });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem("Give this device a name.");
    if (!saved) return setProblem("Tick the box once you have saved your recovery key.");
    if (passphrase && passphrase.length < MIN_PASSPHRASE) {
      return setProblem(`A passphrase needs at least ${MIN_PASSPHRASE} characters.`);
    }
    if (passphrase !== repeat) return setProblem("The two passphrases are not the same.");
    setProblem(null);
    finish.mutate();
  };

  if (fresh.isError) return <ErrorAlert error={fresh.error} />;
  const recovery = fresh.data?.recovery.display ?? "";
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Set up secure messaging">
      <Stack gap="md" maw={640}>
        <Text>
          Messages are encrypted on your devices. Not even MentalVerse staff can read them. This device gets its own
          keys now.
          {replacing
            ? " Starting over makes a new recovery key: messages from before cannot be read on this device."
            : ""}
        </Text>
        <TextInput
          label="Name of this device"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={80}
        />
        <Stack gap={6} component="section" aria-labelledby="recovery-heading">
          <Title order={2} size="h4" id="recovery-heading">
            Your recovery key
          </Title>
          <Text size="sm">
            This is the only way to read your messages on a new device if you lose this one. It is shown once, now.
            Write it down or keep it in a password manager. We cannot show it again or recover it for you.
          </Text>
          <Code block fz="lg" style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }} aria-label="Recovery key">
            {recovery || "Making your keys…"}
          </Code>
          <CopyButton value={recovery}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy} disabled={!recovery} w="fit-content">
                {copied ? "Copied" : "Copy recovery key"}
              </Button>
            )}
          </CopyButton>
          <Checkbox
            label="I have saved it somewhere safe"
            checked={saved}
            onChange={(e) => setSaved(e.currentTarget.checked)}
          />
        </Stack>
        <Stack gap={6} component="section" aria-labelledby="passphrase-heading">
          <Title order={2} size="h4" id="passphrase-heading">
            A passphrase as well (optional)
          </Title>
          <Text size="sm">
            With a passphrase you can restore your messages on a new device without the recovery key. We keep a copy of
            the recovery key locked with your passphrase; we never see the passphrase, so we cannot recover either for
            you. Use at least {MIN_PASSPHRASE} characters: a few unrelated words work well.
          </Text>
          <PasswordInput label="Passphrase" value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} />
          <PasswordInput
            label="Repeat the passphrase"
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
          />
        </Stack>
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : null}
        <ErrorAlert error={finish.error} />
        <Button type="submit" loading={finish.isPending} disabled={!recovery} w="fit-content">
          Finish setting up
        </Button>
      </Stack>
    </form>
  );
}
