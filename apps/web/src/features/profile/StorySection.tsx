import { Textarea } from "@mantine/core";
import type { SectionProps } from "./ProfileSection.js";

const MAX_STORY = 2000;

/** An optional story in the member's own words; private unless they choose to share it. */
export function StorySection({ value, onChange, error }: SectionProps<string>) {
  return (
    <Textarea
      label="Your story (optional)"
      description={`Anything you would like a mentor to know, in your own words. ${value.length} of ${MAX_STORY} characters.`}
      autosize
      minRows={4}
      maxLength={MAX_STORY}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
