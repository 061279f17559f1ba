import { z } from "zod";
import { MatchBreakdownSchema } from "./matching.js";

/** Mentors a reviewer may override to: each passes every hard constraint for this mentee now, best first. */
export const OverrideCandidatesResponseSchema = z.object({
  candidates: z.array(
    z.object({ mentor: z.object({ id: z.string(), displayName: z.string() }), breakdown: MatchBreakdownSchema }),
  ),
});
export type OverrideCandidatesResponse = z.infer<typeof OverrideCandidatesResponseSchema>;
