import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectCrisisLanguage } from "./crisis-language.js";

/** Text a member might type, and the canonical phrase it should bring up. */
const POSITIVES: [string, string][] = [
  ["I want to kill myself", "kill myself"],
  ["honestly i could just KILL MYSELF tonight", "kill myself"],
  ["thinking about killing my self", "kill myself"],
  ["kms", "kill myself"],
  ["I keep thinking about suicide", "suicide"],
  ["I've been feeling suicidal all week", "suicide"],
  ["I'm going to end my life", "end my life"],
  ["i'm planning to take my own life", "take my own life"],
  ["sometimes I think I should take my life.", "take my own life"],
  ["I just want to end it all", "end it all"],
  ["I want to die", "want to die"],
  ["i wanna die", "want to die"],
  ["I wish I could just die", "want to die"],
  ["I wish I was dead", "wish I was dead"],
  ["I wish I'd never been born", "wish I was dead"],
  ["I don't want to live anymore", "don't want to live"],
  ["i do not want to be alive", "don't want to live"],
  ["I hope I don't wake up tomorrow", "never wake up"],
  ["There's no reason to live", "no reason to live"],
  ["I have nothing left to live for", "no reason to live"],
  ["what's the point of living", "no reason to live"],
  ["everyone would be better off without me", "better off without me"],
  ["they'd be better off if I wasn't here", "better off without me"],
  ["I can't go on", "can't go on"],
  ["I cant go on like this", "can't go on"],
  ["I cannot go on anymore.", "can't go on"],
  ["I can’t take it anymore", "can't take it anymore"],
  ["I'm so tired of living", "tired of living"],
  ["I want to hurt myself", "hurt myself"],
  ["I've started harming myself again", "hurt myself"],
  ["I've been self-harming", "self-harm"],
  ["I've been cutting myself again", "cutting myself"],
  ["I want to slit my wrists", "slit my wrists"],
  ["I took an overdose last night", "overdose"],
  ["I'm going to take all my pills", "overdose"],
  ["I want to hang myself", "hang myself"],
  ["I'm going to jump off the bridge", "jump off a bridge"],
  ["I'm not safe right now", "not safe"],
  ["I don't feel safe at home", "not safe"],
  ["I-want-to-die!!!", "want to die"],
  ["I WANT TO DIE", "want to die"],
];

const NEGATIVES: string[] = [
  "I'm killing it at work this week",
  "this homework is killing me",
  "my feet are killing me after that hike",
  "I killed it in the interview!",
  "I nearly died laughing at that video",
  "I want to dye my hair blue",
  "I want to die my hair purple",
  "I'd kill myself laughing if I saw that",
  "I've been killing myself at the gym lately",
  "cut myself some slack for once",
  "I cut myself shaving this morning",
  "I need to cut myself off from social media",
  "I hurt myself playing football",
  "I burnt myself on the oven",
  "I'm burning myself out at work",
  "that would be shooting myself in the foot",
  "I drown myself in work when I'm stressed",
  "I can't go on Tuesday, can we move it?",
  "I can't go on the trip this year",
  "I don't want to live in London",
  "I don't want to wake up early tomorrow",
  "I'm taking my life back one day at a time",
  "We watched Suicide Squad on Friday",
  "I overdosed on chocolate at the party",
  "I'd rather be dead than wear that jumper",
  "I'm safe and doing much better now",
  "I feel safe with my new flatmates",
  "The diet is going well",
  "My skills are diesel-powered",
  "selfie time",
  "we walked 5 kms along the coast",
  "the sky is endless",
  "",
];

describe("detectCrisisLanguage", () => {
  it.each(POSITIVES)("finds crisis language in %j", (text, phrase) => {
    const result = detectCrisisLanguage(text);
    expect(result.matched).toBe(true);
    expect(result.phrases).toContain(phrase);
  });

  it.each(NEGATIVES.map((text) => [text]))("stays quiet for %j", (text) => {
    expect(detectCrisisLanguage(text)).toEqual({ matched: false, phrases: [] });
  });

  it("has enough cases on both sides to mean something", () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(25);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(25);
  });

  it("reports each phrase once, in list order", () => {
    expect(detectCrisisLanguage("I want to die. I want to die. I've been cutting myself").phrases).toEqual([
      "want to die",
      "cutting myself",
    ]);
  });

  it("ignores invisible characters, accents, look-alike letters and typographic apostrophes", () => {
    expect(detectCrisisLanguage("k\u0131ll my\u017Felf").matched).toBe(true);
    expect(detectCrisisLanguage("I WANT TO D\u0130E").matched).toBe(true);
    expect(detectCrisisLanguage("suic\u00EDdio").matched).toBe(false);
    expect(detectCrisisLanguage("kill\u200b myself").matched).toBe(true);
    expect(detectCrisisLanguage("I don\u2019t want to live anymore").matched).toBe(true);
  });

  it("does not match across the end of a clause", () => {
    expect(detectCrisisLanguage("I can't go on. Tuesday works though").matched).toBe(true);
    expect(detectCrisisLanguage("I want to. Die Hard is on tonight").matched).toBe(false);
  });
});

describe("detectCrisisLanguage properties", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
    // Letters of the phrases and their tricky look-alikes, so near-misses and matches both come up.
    fc.string({
      unit: fc.constantFrom(..."kilmysefdwantoucKILMYSEFDWANTO \u0131\u0130\u017f\u00df\u212a'\u2019.-"),
      maxLength: 60,
    }),
  );

  it("never throws and always answers in shape", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = detectCrisisLanguage(text);
        expect(result.matched).toBe(result.phrases.length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same answer whatever the case of the text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const expected = detectCrisisLanguage(text);
        expect(detectCrisisLanguage(text.toUpperCase())).toEqual(expected);
        expect(detectCrisisLanguage(text.toLowerCase())).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a phrase wherever it sits in other text, in any mix of cases", () => {
    const around = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\p{L}\p{N}']/gu, " "));
    fc.assert(
      fc.property(
        fc.constantFrom(...POSITIVES),
        around,
        around,
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        ([text, phrase], before, after, upper) => {
          const mixed = [...text]
            .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase()))
            .join("");
          const result = detectCrisisLanguage(`${before} ${mixed} ${after}`);
          expect(result.phrases).toContain(phrase);
        },
      ),
    );
  });
});
