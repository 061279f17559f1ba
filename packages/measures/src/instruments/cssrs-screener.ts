/**
 * C-SSRS Screener — Columbia-Suicide Severity Rating Scale, screen version (past month; Q6 lifetime with
 * three-month recency). Posner et al., Am J Psychiatry 2011; © The Research Foundation for Mental Hygiene, Inc.
 *
 * Permission (as we understand it — confirm on cssrs.columbia.edu before release): free to use without
 * permission in community, healthcare and other non-commercial settings; no mental-health training is required
 * to administer the screener. Commercial/for-profit and research use may need a licence. Wording follows the
 * English "Screen Version" with triage colours.
 *
 * Administration: ask Q1 and Q2. If YES to Q2, ask Q3, Q4, Q5 and Q6. If NO to Q2, go directly to Q6.
 * If YES to Q6, ask whether it was within the past 3 months.
 *
 * Routing — the screener's triage colours, mapped to our risk levels:
 *   Q4 yes, Q5 yes, or Q6 yes within 3 months → red    → high
 *   Q3 yes, or Q6 yes more than 3 months ago   → orange → moderate
 *   Q1 and/or Q2 yes only                      → yellow → low
 *   all no                                     →        none
 * Completeness: Q1, Q2 and Q6 always; Q3-Q5 when Q2 is yes; the recency follow-up when Q6 is yes. Anything less is
 * a draft and is never routed (a half-finished screener must not read as "low"); the draft carries `riskAtLeast`,
 * the floor its answers already establish, so an abandoned screener with a yes to Q4 is not lost.
 * Safety-first on stray answers: a YES to Q3-Q5 recorded although Q2 was no (not asked per protocol) still counts;
 * a yes is never thrown away. The recency answer is ignored when Q6 is no.
 */
import { MeasureAnswerError } from "../likert.js";

export type CssrsQuestionId = "q1" | "q2" | "q3" | "q4" | "q5" | "q6";
export type CssrsAnswerId = CssrsQuestionId | "q6Within3Months";

export interface CssrsQuestion {
  readonly id: CssrsAnswerId;
  readonly text: string;
  /** Guidance for the person asking (from the form); not part of the question. */
  readonly note?: string;
}

export const CSSRS_SCREENER = {
  id: "cssrs-screener",
  name: "Columbia-Suicide Severity Rating Scale — Screener (C-SSRS)",
  timeframe: "Past month",
  administration:
    "Ask questions 1 and 2. If YES to 2, ask questions 3, 4, 5, and 6. If NO to 2, go directly to question 6.",
  options: [
    { value: true, label: "Yes" },
    { value: false, label: "No" },
  ],
  questions: [
    { id: "q1", text: "Have you wished you were dead or wished you could go to sleep and not wake up?" },
    { id: "q2", text: "Have you actually had any thoughts of killing yourself?" },
    {
      id: "q3",
      text: "Have you been thinking about how you might do this?",
      note: 'E.g. "I thought about taking an overdose but I never made a specific plan as to when, where or how I would actually do it... and I would never go through with it."',
    },
    {
      id: "q4",
      text: "Have you had these thoughts and had some intention of acting on them?",
      note: 'As opposed to "I have the thoughts but I definitely will not do anything about them."',
    },
    {
      id: "q5",
      text: "Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?",
    },
    {
      id: "q6",
      text: "Have you ever done anything, started to do anything, or prepared to do anything to end your life?",
      note: "Examples: Collected pills, obtained a gun, gave away valuables, wrote a will or suicide note, took out pills but didn't swallow any, held a gun but changed your mind or it was grabbed from your hand, went to the roof but didn't jump; or actually took pills, tried to shoot yourself, cut yourself, tried to hang yourself, etc.",
    },
    { id: "q6Within3Months", text: "Was this within the past 3 months?" },
  ],
} as const satisfies { readonly id: string; readonly questions: readonly CssrsQuestion[] } & Record<string, unknown>;

export type CssrsAnswers = Readonly<Partial<Record<CssrsAnswerId, boolean | null | undefined>>>;
export type CssrsRisk = "none" | "low" | "moderate" | "high";

export interface CssrsActions {
  /** Show crisis and support resources at once. */
  readonly showCrisisResources: boolean;
  /** Open a safety case for the safety team. */
  readonly openSafetyCase: boolean;
  /** Hold peer matching until a safety reviewer clears it. */
  readonly holdMatching: boolean;
}

export interface CssrsDraft {
  readonly status: "draft";
  readonly missing: readonly CssrsAnswerId[];
  /**
   * The least risk the answers given so far already establish (e.g. Q4 yes → high whatever follows; Q6 yes with
   * recency unanswered → at least moderate). Not a routing result: a floor the app can act on if a member
   * abandons the screener part-way. "none" means nothing is established yet — never read it as "no risk".
   */
  readonly riskAtLeast: CssrsRisk;
}

export interface CssrsResult {
  readonly status: "complete";
  readonly instrument: "cssrs-screener";
  readonly risk: CssrsRisk;
  /** One line per answer that raised the level, most severe first; empty when risk is none. */
  readonly reasons: readonly string[];
  readonly actions: CssrsActions;
}

/**
 * Actions per level. High and moderate follow the safety issue. Low (Q1/Q2 only) is not named there: we show
 * support resources (the screener recommends a behavioural-health referral for any yes) without a case or hold.
 */
export const CSSRS_ACTIONS: Readonly<Record<CssrsRisk, CssrsActions>> = {
  high: { showCrisisResources: true, openSafetyCase: true, holdMatching: true },
  moderate: { showCrisisResources: true, openSafetyCase: true, holdMatching: false },
  low: { showCrisisResources: true, openSafetyCase: false, holdMatching: false },
  none: { showCrisisResources: false, openSafetyCase: false, holdMatching: false },
};

const ANSWER_IDS: readonly CssrsAnswerId[] = ["q1", "q2", "q3", "q4", "q5", "q6", "q6Within3Months"];

function given(v: boolean | null | undefined): v is boolean {
  return v !== null && v !== undefined;
}

/** Which required answers are still missing, in form order (Q3-Q5 only when Q2 is yes; recency only when Q6 is yes). */
export function cssrsMissing(answers: CssrsAnswers): CssrsAnswerId[] {
  const required: CssrsAnswerId[] = ["q1", "q2"];
  if (answers.q2 === true) required.push("q3", "q4", "q5");
  required.push("q6");
  if (answers.q6 === true) required.push("q6Within3Months");
  return required.filter((id) => !given(answers[id]));
}

/** Routes a screener's answers to a risk level and actions, or returns a draft if it is incomplete. */
export function routeCssrs(answers: CssrsAnswers): CssrsDraft | CssrsResult {
  for (const [key, value] of Object.entries(answers)) {
    if (!(ANSWER_IDS as readonly string[]).includes(key)) {
      throw new MeasureAnswerError(CSSRS_SCREENER.id, key, "unknown question id");
    }
    if (given(value) && typeof value !== "boolean") {
      throw new MeasureAnswerError(CSSRS_SCREENER.id, key, "answer must be true (yes) or false (no)");
    }
  }
  const missing = cssrsMissing(answers);
  if (missing.length > 0) {
    let riskAtLeast: CssrsRisk = "none";
    if (answers.q1 === true || answers.q2 === true) riskAtLeast = "low";
    if (answers.q3 === true || (answers.q6 === true && answers.q6Within3Months !== true)) riskAtLeast = "moderate";
    if (answers.q4 === true || answers.q5 === true || (answers.q6 === true && answers.q6Within3Months === true)) {
      riskAtLeast = "high";
    }
    return { status: "draft", missing, riskAtLeast };
  }

  const high: string[] = [];
  const moderate: string[] = [];
  const low: string[] = [];
  if (answers.q4 === true) high.push("Q4: suicidal thoughts with some intention of acting on them (past month)");
  if (answers.q5 === true) high.push("Q5: worked out details of a suicide plan, with intent (past month)");
  if (answers.q6 === true && answers.q6Within3Months === true) {
    high.push("Q6: suicidal behaviour within the past 3 months");
  }
  if (answers.q3 === true) moderate.push("Q3: thinking about how to kill themselves (method) (past month)");
  if (answers.q6 === true && answers.q6Within3Months === false) {
    moderate.push("Q6: suicidal behaviour in lifetime, more than 3 months ago");
  }
  if (answers.q2 === true) low.push("Q2: thoughts of killing themselves (past month)");
  if (answers.q1 === true) low.push("Q1: wished to be dead or not to wake up (past month)");

  const risk: CssrsRisk = high.length > 0 ? "high" : moderate.length > 0 ? "moderate" : low.length > 0 ? "low" : "none";
  return {
    status: "complete",
    instrument: "cssrs-screener",
    risk,
    reasons: [...high, ...moderate, ...low],
    actions: CSSRS_ACTIONS[risk],
  };
}
