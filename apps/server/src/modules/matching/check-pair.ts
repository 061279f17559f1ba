import { checkHardConstraints, type Exclusion, type MenteeInput, type MentorInput } from "@mentalverse/matching";
import type { Db } from "../../db/database.js";
import { lockMentorPlaces } from "./inputs-repository.js";
import { loadPair, matchingConfigAt, type SharedView } from "./matching-inputs.js";

export interface PairCheck {
  exclusions: Exclusion[];
  pair: { mentee: MenteeInput; mentor: MentorInput; shared: SharedView } | null;
}

/** The hard constraints for one pair as things stand now (capacity, holds, blocks may have changed since the run). */
export async function checkPair(db: Db, menteeId: string, mentorId: string, now: Date): Promise<PairCheck> {
  if (menteeId === mentorId) {
    return { exclusions: [{ constraint: "blocked", message: "A member cannot mentor themselves" }], pair: null };
  }
  await lockMentorPlaces(db, mentorId);
  const loaded = await loadPair(db, menteeId, mentorId);
  if (!loaded) {
    return {
      exclusions: [
        { constraint: "mentor_not_active", message: "Not an active mentor with a complete matching profile" },
      ],
      pair: null,
    };
  }
  const exclusions = checkHardConstraints(loaded.mentee, loaded.mentor, loaded.rules, matchingConfigAt(now));
  return { exclusions, pair: { mentee: loaded.mentee, mentor: loaded.mentor, shared: loaded.shared } };
}
