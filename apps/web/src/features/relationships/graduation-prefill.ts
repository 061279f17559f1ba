import type { MentorApplicationPrefill } from "@mentalverse/shared";
import { useSearchParams } from "react-router";
import { useMentorApplicationPrefill } from "./queries.js";

/**
 * On /mentor-application?from=graduation (the "Become a mentor" button after graduating): what the
 * server drafts from the member's profile, for the form to start from. Null anywhere else, while
 * loading, or when the member has no graduation to start from.
 */
export function useGraduationPrefill(): MentorApplicationPrefill["prefill"] | null {
  const [params] = useSearchParams();
  const query = useMentorApplicationPrefill(params.get("from") === "graduation");
  return query.data?.prefill ?? null;
}
