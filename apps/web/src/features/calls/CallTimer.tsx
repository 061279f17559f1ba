import { Text, VisuallyHidden } from "@mantine/core";
import { useEffect, useState } from "react";
import { formatDuration } from "./call-labels.js";

/** Time since the call connected, ticking each second (not a live region: it would talk every second). */
export function CallTimer({ since }: { since: number | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  if (since === null) return null;
  return (
    <Text size="sm" ff="monospace" role="timer">
      <VisuallyHidden>Call time </VisuallyHidden>
      {formatDuration((now - since) / 1000)}
    </Text>
  );
}
