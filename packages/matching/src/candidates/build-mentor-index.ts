import { CHALLENGES } from "@mentalverse/shared";
import { hasBit, setBit, WEEK_WORDS } from "../compatibility/bits.js";
import { packMentor, R, RECORD_WIDTH } from "../compatibility/mentor-record.js";
import { type Lexicons, newLexicons, type PreparedMentor, prepareMentor } from "../compatibility/prepare-profile.js";
import type { MatchingConfig, MentorInput } from "../compatibility/types.js";

/**
 * A mentor pool prepared once for many queries: per mentor a UTC week bitset (168 bits), a
 * language bitmask and the prepared profile, plus one posting list per challenge of the open
 * mentors (active, not paused, below capacity) who cover it. A mentee's candidates are then the
 * posting list of their primary need, narrowed by bit operations. Treat it as opaque.
 */
export interface MentorIndex {
  readonly mentors: readonly MentorInput[];
  readonly referenceDate: string;
  readonly prepared: readonly PreparedMentor[];
  /** Mentor j's packed record at j * RECORD_WIDTH, its lists in pool (mentor-record.ts). */
  readonly records: Int32Array;
  readonly pool: Int32Array;
  /** Mentees look words up here and never add to it. */
  readonly lexicons: Lexicons;
  readonly languageWords: number;
  readonly languageMask: Uint32Array;
  readonly week: Uint32Array;
  /** Open mentors (active, not paused, below capacity) covering each challenge, in input order (memory order). */
  readonly byChallenge: readonly Int32Array[];
  /** Every open mentor, for a mentee with no challenge listed. */
  readonly open: Int32Array;
  /**
   * The same lists split by language: open mentors covering need c who speak language l at
   * byNeedLanguage[c * languageCount + l], input order; c = CHALLENGES.length holds every open
   * mentor. A mentee's candidates are then the lists of the languages it speaks, not a scan.
   */
  readonly byNeedLanguage: readonly Int32Array[];
  /** Each list's mentors' UTC weeks side by side (WEEK_WORDS per entry), so the shared-hours filter reads memory in order. */
  readonly byNeedLanguageWeek: readonly Uint32Array[];
  readonly languageCount: number;
  /** Mentor j's five personality scores at j * 5, as the kernel reads them (record value / 1000). */
  readonly tipi: Float64Array;
  /** The distinct UTC offsets (minutes) of mentors, and the number of each mentor's in that list. */
  readonly offsets: Int32Array;
  readonly zoneOf: Int32Array;
  /** Position of each mentor's id in sorted id order: the tie-break. */
  readonly idRank: Int32Array;
}

export function buildMentorIndex(mentors: readonly MentorInput[], config: MatchingConfig): MentorIndex {
  const n = mentors.length;
  const lexicons = newLexicons();
  const prepared = mentors.map((m) => prepareMentor(m, lexicons, config.referenceDate));
  const languageWords = Math.max(1, Math.ceil(lexicons.languages.size / 32));
  const languageMask = new Uint32Array(n * languageWords);
  const week = new Uint32Array(n * WEEK_WORDS);
  const records = new Int32Array(n * RECORD_WIDTH);
  const pool: number[] = [];
  const postings: number[][] = CHALLENGES.map(() => []);
  const open: number[] = [];
  const languageCount = lexicons.languages.size;
  const byNeedLanguage: number[][] = Array.from({ length: (CHALLENGES.length + 1) * languageCount }, () => []);
  for (let j = 0; j < n; j++) {
    const t = prepared[j]!;
    for (const id of t.languages) setBit(languageMask.subarray(j * languageWords, (j + 1) * languageWords), id);
    week.set(t.week, j * WEEK_WORDS);
    packMentor(t, records, j * RECORD_WIDTH, pool);
    const m = mentors[j]!;
    if (!m.active || m.pausedNewMatches || m.activeMentees >= m.capacity) continue;
    open.push(j);
    for (const l of t.languages) byNeedLanguage[CHALLENGES.length * languageCount + l]!.push(j);
    for (let k = 0; k < CHALLENGES.length; k++) {
      if (!hasBit(t.coverBits, k)) continue;
      postings[k]!.push(j);
      for (const l of t.languages) byNeedLanguage[k * languageCount + l]!.push(j);
    }
  }
  const tipi = new Float64Array(n * 5);
  for (let j = 0; j < n; j++)
    for (let k = 0; k < 5; k++) tipi[j * 5 + k] = records[j * RECORD_WIDTH + R.tipi0 + k]! / 1000;
  const offsetAt = new Map<number, number>();
  const zoneOf = Int32Array.from(prepared, (t) => {
    const minutes = t.offsetMinutes ?? 0;
    if (!offsetAt.has(minutes)) offsetAt.set(minutes, offsetAt.size);
    return offsetAt.get(minutes)!;
  });
  const order = Array.from(mentors.keys()).sort((a, b) => compareIds(mentors[a]!.id, mentors[b]!.id));
  const idRank = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    if (r > 0 && mentors[order[r]!]!.id === mentors[order[r - 1]!]!.id) {
      throw new RangeError(`mentor id "${mentors[order[r]!]!.id}" appears more than once`);
    }
    idRank[order[r]!] = r;
  }
  return {
    mentors,
    referenceDate: config.referenceDate,
    prepared,
    records,
    pool: Int32Array.from(pool),
    lexicons,
    languageWords,
    languageMask,
    week,
    byChallenge: postings.map((p) => Int32Array.from(p)),
    open: Int32Array.from(open),
    byNeedLanguage: byNeedLanguage.map((p) => Int32Array.from(p)),
    byNeedLanguageWeek: byNeedLanguage.map((p) => {
      const weeks = new Uint32Array(p.length * WEEK_WORDS);
      for (let q = 0; q < p.length; q++)
        weeks.set(week.subarray(p[q]! * WEEK_WORDS, (p[q]! + 1) * WEEK_WORDS), q * WEEK_WORDS);
      return weeks;
    }),
    languageCount,
    tipi,
    offsets: Int32Array.from(offsetAt.keys()),
    zoneOf,
    idRank,
  };
}

/** Code-unit order, independent of locale, so ties break the same everywhere. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
