import { Button, Stack, Textarea } from "@mantine/core";
import type { SafetyCaseDetail } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";
import { useClearHoldLater } from "./queries.js";

/** For a case resolved while matching stayed on hold: release the hold once it is safe, with a note. */
export function ClearHoldForm({ safetyCase }: { safetyCase: SafetyCaseDetail }) {
  const clear = useClearHoldLater(safetyCase.id);
  const [note, setNote] = useState("");
  const noteError = clear.error instanceof ApiError ? clear.error.fieldErrors().note : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        clear.mutate({ note });
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Why can matching resume now?"
          description="Added to the case notes, which only the safety team reads. The member is told matching is open again."
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={noteError}
          required
          autosize
          minRows={2}
        />
        {clear.error && !noteError ? <ErrorAlert error={clear.error} /> : null}
        <Button type="submit" loading={clear.isPending} style={{ alignSelf: "flex-start" }}>
          Clear the matching hold
        </Button>
      </Stack>
    </form>
  );
}
