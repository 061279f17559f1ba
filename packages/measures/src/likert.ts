/**
 * The shared engine behind the summed Likert instruments (PHQ-9, GAD-7, WHO-5, PSS-10): checks an
 * answer set against an instrument's items, reports a draft when anything is missing, and otherwise
 * returns the scored item values (reverse-keyed items flipped). Pure: no I/O.
 */

export interface ResponseOption {
  readonly value: number;
  readonly label: string;
}

export interface LikertItem {
  readonly id: string;
  readonly text: string;
  /** Reverse-keyed: scored as (max option value - answer). */
  readonly reverse?: boolean;
}

/** An item shown with the instrument but never added to the total (e.g. the PHQ-9/GAD-7 difficulty item). */
export interface UnscoredItem {
  readonly id: string;
  readonly text: string;
  readonly options: readonly ResponseOption[];
}

export interface LikertInstrument {
  readonly id: string;
  readonly name: string;
  readonly stem: string;
  readonly items: readonly LikertItem[];
  readonly options: readonly ResponseOption[];
  readonly unscored?: readonly UnscoredItem[];
}

/** An answer is the chosen option's value; null/undefined means not (yet) answered. */
export type AnswerValue = number | null | undefined;
export type Answers = Readonly<Record<string, AnswerValue>>;

/** An incomplete instrument: saved as a draft and never scored. `missing` lists item ids in form order. */
export interface DraftResult {
  readonly status: "draft";
  readonly missing: readonly string[];
}

export interface ScoreBand<B extends string> {
  readonly band: B;
  readonly min: number;
  readonly max: number;
  readonly label: string;
}

/** A malformed answer set (unknown item id, value that is not one of the item's options). Not a draft: a bug or bad input. */
export class MeasureAnswerError extends Error {
  constructor(
    readonly instrument: string,
    readonly itemId: string,
    message: string,
  ) {
    super(`${instrument}: ${itemId}: ${message}`);
    this.name = "MeasureAnswerError";
  }
}

export type ReadResult =
  | DraftResult
  | {
      readonly status: "ok";
      /** Scored values keyed by item id, reverse keying applied. */
      readonly itemScores: Readonly<Record<string, number>>;
      readonly total: number;
      /** Unscored items' answers, null when not given (they are optional). */
      readonly unscored: Readonly<Record<string, number | null>>;
    };

function checkValue(instrument: string, itemId: string, value: number, options: readonly ResponseOption[]): void {
  if (!options.some((o) => o.value === value)) {
    const allowed = options.map((o) => o.value).join(", ");
    throw new MeasureAnswerError(instrument, itemId, `answer ${String(value)} is not one of ${allowed}`);
  }
}

/** Validates and scores an answer set. Unknown keys and out-of-range values throw; missing items make a draft. */
export function readLikert(def: LikertInstrument, answers: Answers): ReadResult {
  const known = new Set<string>([...def.items.map((i) => i.id), ...(def.unscored ?? []).map((u) => u.id)]);
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) throw new MeasureAnswerError(def.id, key, "unknown item id");
  }
  const maxValue = Math.max(...def.options.map((o) => o.value));
  const missing: string[] = [];
  const itemScores: Record<string, number> = {};
  let total = 0;
  for (const item of def.items) {
    const value = answers[item.id];
    if (value === null || value === undefined) {
      missing.push(item.id);
      continue;
    }
    checkValue(def.id, item.id, value, def.options);
    const scored = item.reverse ? maxValue - value : value;
    itemScores[item.id] = scored;
    total += scored;
  }
  const unscored: Record<string, number | null> = {};
  for (const u of def.unscored ?? []) {
    const value = answers[u.id];
    if (value === null || value === undefined) {
      unscored[u.id] = null;
    } else {
      checkValue(def.id, u.id, value, u.options);
      unscored[u.id] = value;
    }
  }
  if (missing.length > 0) return { status: "draft", missing };
  return { status: "ok", itemScores, total, unscored };
}

/** The band containing `score`. Bands must cover the whole range; a gap is a programming error. */
export function bandFor<B extends string>(bands: readonly ScoreBand<B>[], score: number): ScoreBand<B> {
  const found = bands.find((b) => score >= b.min && score <= b.max);
  if (!found) throw new RangeError(`score ${score} falls in no band`);
  return found;
}
