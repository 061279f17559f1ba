import type { Faker } from "@faker-js/faker";
import type { AgreementTerms, RelationshipPhase } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { RequestActor } from "../../modules/relationships/actor.js";
import { confirmGraduation } from "../../modules/relationships/confirm-graduation.js";
import { confirmPhaseAdvance } from "../../modules/relationships/confirm-phase-advance.js";
import { openDueAssessments } from "../../modules/relationships/open-due-assessments.js";
import { goalsOf } from "../../modules/relationships/phases.js";
import { proposeAgreement } from "../../modules/relationships/propose-agreement.js";
import { saveGraduationPlan } from "../../modules/relationships/save-graduation-plan.js";
import { signAgreement } from "../../modules/relationships/sign-agreement.js";
import { submitAssessment } from "../../modules/relationships/submit-assessment.js";
import { tickGoal } from "../../modules/relationships/tick-goal.js";

/** One demo relationship: its two members and a clock counted in days from its start. */
export interface Pair {
  id: string;
  start: Date;
  mentee: RequestActor;
  mentor: RequestActor;
  at<T>(day: number, fn: (app: AppContext) => Promise<T>): Promise<T>;
}

function terms(rng: Faker): AgreementTerms {
  return {
    meetingFrequency: rng.helpers.arrayElement(["Every week", "Every week, weekday evenings", "Every other week"]),
    communicationMethods: rng.helpers.arrayElements(
      ["Video call", "Phone call", "In-app messages", "Meeting in person"],
      {
        min: 1,
        max: 2,
      },
    ),
    boundaries:
      "We reply within two days, not late at night. Crises go to a crisis line or emergency services, not to each other.",
    goals: rng.helpers.arrayElement([
      "Build a steady daily routine and get back to walking most days.",
      "Find ways to manage anxious evenings and sleep better.",
      "Feel ready to return to part-time work.",
    ]),
    expectedDuration: rng.helpers.arrayElement(["Six months", "About a year"]),
  };
}

const answers = (v: number) => ({ comfort: v, understanding: v, communication: v, practicalities: v, hope: v });

async function agree(p: Pair, rng: Faker, signed = true) {
  await p.at(2, (app) => proposeAgreement(app, p.mentee, p.id, terms(rng)));
  if (signed) await p.at(3, (app) => signAgreement(app, p.mentor, p.id, 1));
}

/** The first `n` goals of a phase, ticked by either member over the days given. */
async function tick(p: Pair, phase: RelationshipPhase, n: number, from: number, to: number) {
  const goals = goalsOf(phase).slice(0, n);
  for (const [i, goal] of goals.entries()) {
    const day = from + ((to - from) * i) / Math.max(1, goals.length);
    await p.at(day, (app) => tickGoal(app, i % 2 === 0 ? p.mentee : p.mentor, p.id, goal.id, true));
  }
}

async function assess(p: Pair, mentee: number, mentor: number | null) {
  await p.at(28, (app) => openDueAssessments(app));
  await p.at(29, (app) => submitAssessment(app, p.mentee, p.id, { answers: answers(mentee) }));
  if (mentor !== null) await p.at(30, (app) => submitAssessment(app, p.mentor, p.id, { answers: answers(mentor) }));
}

async function advance(p: Pair, day: number, toPhase: RelationshipPhase) {
  await p.at(day, (app) => confirmPhaseAdvance(app, p.mentee, p.id, toPhase));
  await p.at(day + 1, (app) => confirmPhaseAdvance(app, p.mentor, p.id, toPhase));
}

async function throughGrowth(p: Pair, rng: Faker) {
  await agree(p, rng);
  await tick(p, "introduction_and_exploration", 16, 4, 27);
  await assess(p, 4, 5);
  await advance(p, 33, "development_and_growth");
  await tick(p, "development_and_growth", 16, 40, 180);
  await advance(p, 186, "mastery_and_independence");
}

const GRADUATION_PLAN =
  "Two last sessions: one looking back at what changed, one planning what comes next and who else can support. Then a goodbye coffee.";

/** The stages the demo shows, by how many days ago each relationship started. */
export const RELATIONSHIP_PLANS: { label: string; daysAgo: number; live(p: Pair, rng: Faker): Promise<void> }[] = [
  {
    label: "just introduced, agreement waiting for the mentor",
    daysAgo: 10,
    live: async (p, rng) => {
      await agree(p, rng, false);
      await tick(p, "introduction_and_exploration", 3, 1, 8);
    },
  },
  {
    label: "at the four-week check",
    daysAgo: 31,
    live: async (p, rng) => {
      await agree(p, rng);
      await tick(p, "introduction_and_exploration", 9, 4, 27);
      await assess(p, 4, null);
    },
  },
  {
    label: "a low fit at four weeks, the mentee offered a new mentor",
    daysAgo: 40,
    live: async (p, rng) => {
      await agree(p, rng);
      await tick(p, "introduction_and_exploration", 4, 4, 20);
      await assess(p, 2, 3);
    },
  },
  {
    label: "growing, agreement changed once",
    daysAgo: 120,
    live: async (p, rng) => {
      await agree(p, rng);
      await tick(p, "introduction_and_exploration", 16, 4, 27);
      await assess(p, 5, 4);
      await advance(p, 34, "development_and_growth");
      await p.at(60, (app) =>
        proposeAgreement(app, p.mentor, p.id, { ...terms(rng), meetingFrequency: "Every other week" }),
      );
      await p.at(61, (app) => signAgreement(app, p.mentee, p.id, 2));
      await tick(p, "development_and_growth", 6, 40, 110);
    },
  },
  {
    label: "in the last phase, graduation planned",
    daysAgo: 300,
    live: async (p, rng) => {
      await throughGrowth(p, rng);
      await tick(p, "mastery_and_independence", 10, 190, 280);
      await p.at(288, (app) =>
        saveGraduationPlan(app, p.mentor, p.id, { plan: GRADUATION_PLAN, targetDate: dateAfter(p, 330) }),
      );
      await p.at(290, (app) => confirmGraduation(app, p.mentee, p.id));
    },
  },
  {
    label: "graduated",
    daysAgo: 420,
    live: async (p, rng) => {
      await throughGrowth(p, rng);
      await tick(p, "mastery_and_independence", 16, 190, 340);
      await p.at(345, (app) =>
        saveGraduationPlan(app, p.mentee, p.id, { plan: GRADUATION_PLAN, targetDate: dateAfter(p, 365) }),
      );
      await p.at(365, (app) => confirmGraduation(app, p.mentee, p.id));
      await p.at(366, (app) => confirmGraduation(app, p.mentor, p.id));
    },
  },
];

function dateAfter(p: Pair, days: number): string {
  return new Date(p.start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
