import { describe, expect, it } from "vitest";
import { MeasureAnswerError } from "../likert.js";
import { type CssrsAnswers, type CssrsRisk, routeCssrs } from "./cssrs-screener.js";

type Tri = boolean | undefined;
const TRI: readonly Tri[] = [true, false, undefined];

/**
 * The routing table, written out independently of the implementation:
 * each question's YES maps to the screener's triage colour; the worst colour wins.
 */
const LEVEL_OF_YES = {
  q1: "low",
  q2: "low",
  q3: "moderate",
  q4: "high",
  q5: "high",
} as const;
const ORDER: CssrsRisk[] = ["none", "low", "moderate", "high"];
const EXPECTED_ACTIONS = {
  none: { showCrisisResources: false, openSafetyCase: false, holdMatching: false },
  low: { showCrisisResources: true, openSafetyCase: false, holdMatching: false },
  moderate: { showCrisisResources: true, openSafetyCase: true, holdMatching: false },
  high: { showCrisisResources: true, openSafetyCase: true, holdMatching: true },
};

function expected(a: Record<string, Tri>): { draft: string[]; floor: CssrsRisk } | { risk: CssrsRisk } {
  let worst = 0;
  for (const [id, level] of Object.entries(LEVEL_OF_YES)) {
    if (a[id] === true) worst = Math.max(worst, ORDER.indexOf(level));
  }
  // Q6 yes: red if within 3 months, orange if longer ago, and at least orange while the recency is unanswered.
  if (a.q6 === true) worst = Math.max(worst, ORDER.indexOf(a.q6Within3Months === true ? "high" : "moderate"));
  const required = ["q1", "q2", ...(a.q2 === true ? ["q3", "q4", "q5"] : []), "q6"];
  if (a.q6 === true) required.push("q6Within3Months");
  const missing = required.filter((id) => a[id] === undefined);
  if (missing.length > 0) return { draft: missing, floor: ORDER[worst] as CssrsRisk };
  return { risk: ORDER[worst] as CssrsRisk };
}

function* allPatterns(values: readonly Tri[]): Generator<Record<string, Tri>> {
  const ids = ["q1", "q2", "q3", "q4", "q5", "q6", "q6Within3Months"];
  const total = values.length ** ids.length;
  for (let n = 0; n < total; n++) {
    const pattern: Record<string, Tri> = {};
    let k = n;
    for (const id of ids) {
      pattern[id] = values[k % values.length];
      k = Math.floor(k / values.length);
    }
    yield pattern;
  }
}

const clean = (p: Record<string, Tri>): CssrsAnswers =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as CssrsAnswers;

describe("C-SSRS routing: every yes/no pattern of the six questions x recency yes/no/unanswered", () => {
  const patterns = [...allPatterns([true, false])].flatMap((p) =>
    TRI.map((recent) => ({ ...p, q6Within3Months: recent })),
  );
  it("covers 2^6 x 3 = 192 patterns", () => {
    expect(new Set(patterns.map((p) => JSON.stringify(p))).size).toBe(192);
  });
  it.each(patterns.map((p) => [JSON.stringify(p), p] as const))("%s", (_label, p) => {
    const want = expected(p);
    const got = routeCssrs(clean(p));
    if ("draft" in want) {
      expect(got).toEqual({ status: "draft", missing: want.draft, riskAtLeast: want.floor });
    } else {
      expect(got).toMatchObject({ status: "complete", risk: want.risk, actions: EXPECTED_ACTIONS[want.risk] });
      if (got.status === "complete") expect(got.reasons.length > 0).toBe(want.risk !== "none");
    }
  });
});

describe("C-SSRS completeness: every question yes/no/unanswered (3^7 = 2187 patterns)", () => {
  it("drafts exactly when a required answer is missing; otherwise routes per the table", () => {
    let drafts = 0;
    for (const p of allPatterns(TRI)) {
      const want = expected(p);
      const got = routeCssrs(clean(p));
      if ("draft" in want) {
        drafts++;
        expect(got, JSON.stringify(p)).toEqual({ status: "draft", missing: want.draft, riskAtLeast: want.floor });
      } else {
        expect(got, JSON.stringify(p)).toMatchObject({ status: "complete", risk: want.risk });
      }
    }
    expect(drafts).toBeGreaterThan(0);
  });
});

describe("C-SSRS worked examples", () => {
  it("all no → none", () => {
    expect(routeCssrs({ q1: false, q2: false, q6: false })).toMatchObject({ risk: "none", reasons: [] });
  });
  it("Q1 yes only (Q2 no, so Q3-5 not asked) → low", () => {
    expect(routeCssrs({ q1: true, q2: false, q6: false })).toMatchObject({ risk: "low" });
  });
  it("Q2 yes but Q3-5 unanswered → draft, never low", () => {
    expect(routeCssrs({ q1: true, q2: true, q6: false })).toEqual({
      status: "draft",
      missing: ["q3", "q4", "q5"],
      riskAtLeast: "low",
    });
  });
  it("Q2 yes, Q3-5 no → low", () => {
    expect(routeCssrs({ q1: true, q2: true, q3: false, q4: false, q5: false, q6: false })).toMatchObject({
      risk: "low",
    });
  });
  it("Q3 yes → moderate, resources and a case, matching allowed", () => {
    expect(routeCssrs({ q1: true, q2: true, q3: true, q4: false, q5: false, q6: false })).toMatchObject({
      risk: "moderate",
      actions: { showCrisisResources: true, openSafetyCase: true, holdMatching: false },
    });
  });
  it.each(["q4", "q5"] as const)("%s yes → high, matching held", (q) => {
    const r = routeCssrs({ q1: true, q2: true, q3: false, q4: false, q5: false, q6: false, [q]: true });
    expect(r).toMatchObject({ risk: "high", actions: { holdMatching: true, openSafetyCase: true } });
  });
  it("Q6 yes within 3 months → high even with no ideation", () => {
    expect(routeCssrs({ q1: false, q2: false, q6: true, q6Within3Months: true })).toMatchObject({ risk: "high" });
  });
  it("Q6 yes longer ago → moderate", () => {
    expect(routeCssrs({ q1: false, q2: false, q6: true, q6Within3Months: false })).toMatchObject({ risk: "moderate" });
  });
  it("Q6 yes without the recency answer → draft", () => {
    expect(routeCssrs({ q1: false, q2: false, q6: true })).toEqual({
      status: "draft",
      missing: ["q6Within3Months"],
      riskAtLeast: "moderate",
    });
  });
  it("an abandoned screener with Q4 yes is a draft whose floor is already high", () => {
    expect(routeCssrs({ q1: true, q2: true, q4: true })).toEqual({
      status: "draft",
      missing: ["q3", "q5", "q6"],
      riskAtLeast: "high",
    });
  });
  it("an untouched screener is a draft with nothing established", () => {
    expect(routeCssrs({})).toEqual({ status: "draft", missing: ["q1", "q2", "q6"], riskAtLeast: "none" });
  });
  it("a stray yes to Q4 after Q2 no still counts (safety first)", () => {
    expect(routeCssrs({ q1: false, q2: false, q4: true, q6: false })).toMatchObject({ risk: "high" });
  });
  it("lists the most severe reason first", () => {
    const r = routeCssrs({ q1: true, q2: true, q3: true, q4: false, q5: true, q6: false });
    expect(r.status === "complete" && r.reasons[0]).toMatch(/^Q5/);
  });
  it("rejects unknown ids and non-boolean answers", () => {
    expect(() => routeCssrs({ q7: true } as unknown as CssrsAnswers)).toThrow(MeasureAnswerError);
    expect(() => routeCssrs({ q1: 1 } as unknown as CssrsAnswers)).toThrow(MeasureAnswerError);
  });
});
