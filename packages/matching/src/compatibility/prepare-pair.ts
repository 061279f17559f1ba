import { sharedWeekBits } from "./bits.js";
import { packOne } from "./mentor-record.js";
import { newLexicons, type Prepared, type PreparedMentor, prepareMentee, prepareMentor } from "./prepare-profile.js";
import type { MenteeInput, MentorInput } from "./types.js";

export interface PreparedPair {
  readonly e: Prepared;
  readonly t: PreparedMentor;
  readonly sharedHours: number;
  /** The mentor packed for the kernel (see mentor-record.ts), at offset 0. */
  readonly records: Int32Array;
  readonly pool: Int32Array;
}

/** One pair on its own (the index does the same for many mentors at once, with one lexicon). */
export function preparePair(mentee: MenteeInput, mentor: MentorInput, referenceDate: string): PreparedPair {
  const lex = newLexicons();
  const t = prepareMentor(mentor, lex, referenceDate);
  const e = prepareMentee(mentee, lex, referenceDate);
  return { e, t, sharedHours: sharedWeekBits(e.week, 0, t.week, 0), ...packOne(t) };
}
