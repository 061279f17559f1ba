import { Badge } from "@mantine/core";
import type { ReactNode } from "react";

const TONES = {
  neutral: "gray.7",
  info: "indigo.8",
  good: "teal.9",
  warn: "#a84b00",
  bad: "red.9",
} as const;
export type Tone = keyof typeof TONES;

/** Filled badges in the darkest shades, so their small white text keeps at least 4.5:1. */
export function StatusBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <Badge variant="filled" color={TONES[tone]} c="white" radius="sm" tt="none" style={{ minWidth: "max-content" }}>
      {children}
    </Badge>
  );
}
