import type { Faker } from "@faker-js/faker";

/** Goals in a member's own plain words, by what they are working on. All invented. */
const GOALS: Record<string, string[]> = {
  anxiety: [
    "Take the bus to work without getting off early",
    "Notice a panic attack early and ride it out",
    "Stop checking the door lock more than once",
    "Say yes to one plan with friends each month",
    "Go to the supermarket at a busy time",
  ],
  depression: [
    "Get up before nine on weekdays",
    "Cook a proper meal three times a week",
    "Call my sister every Sunday",
    "Get back to reading for fun",
    "Stop cancelling on friends at the last minute",
  ],
  stress: [
    "Leave work at work by seven",
    "Take a real lunch break",
    "Say no to extra shifts without guilt",
    "Plan my week on Sunday evenings",
  ],
  social: [
    "Speak up once in every team meeting",
    "Join a club and go three times",
    "Make small talk with my neighbours",
  ],
  trauma: [
    "Get through a night without nightmares waking me",
    "Feel safe enough to go out after dark",
    "Tell my partner what my triggers are",
  ],
  substance: ["Stay sober through the holidays", "Find a meeting I actually like", "Have a plan for Friday nights"],
  loss: ["Visit the grave without dreading it", "Sort through mum's things", "Enjoy a birthday again"],
  life: [
    "Make a budget I can stick to",
    "Feel settled in my new city",
    "Apply for three jobs a month",
    "Set boundaries with my family",
    "Be more confident at interviews",
  ],
  general: [
    "Walk for twenty minutes most days",
    "Go to bed by eleven",
    "Keep a short journal",
    "Go back to my evening class",
    "Drink less coffee",
    "Spend less time on my phone at night",
  ],
};

const GROUP_OF: Record<string, string> = {
  anxiety_management: "anxiety",
  social_anxiety_management: "social",
  depression_recovery: "depression",
  bipolar_disorder_support: "depression",
  stress_management: "stress",
  sleep_hygiene: "stress",
  emotional_regulation: "stress",
  ptsd_recovery: "trauma",
  complex_ptsd: "trauma",
  childhood_trauma: "trauma",
  relationship_trauma: "trauma",
  workplace_trauma: "trauma",
  substance_use_disorders: "substance",
  relapse_prevention: "substance",
  behavioral_addictions: "substance",
  dual_diagnosis_support: "substance",
  grief_and_loss: "loss",
  divorce_and_separation: "loss",
};

export function groupOf(challenge: string): string {
  return GROUP_OF[challenge] ?? "life";
}

/** One to three goals: mostly about the main challenge, sometimes an everyday one. */
export function pickGoals(rng: Faker, primaryChallenge: string): string[] {
  const own = GOALS[groupOf(primaryChallenge)] ?? GOALS.life!;
  const goals = rng.helpers.arrayElements(own, { min: 1, max: 2 });
  if (rng.datatype.boolean({ probability: 0.5 })) goals.push(rng.helpers.arrayElement(GOALS.general!));
  return goals;
}

const MENTOR_GOALS = [
  "Be the person I needed when I was starting out",
  "Share what actually helped me, not just what the leaflets say",
  "Help someone through their first year",
  "Keep learning how to listen well",
  "Show that things can get better",
];

export function pickMentorGoals(rng: Faker): string[] {
  return rng.helpers.arrayElements(MENTOR_GOALS, { min: 1, max: 3 });
}

const STORY_START: Record<string, string[]> = {
  anxiety: [
    "Panic attacks started at university and I stopped going to lectures.",
    "For years I planned every trip around where the exits were.",
  ],
  depression: [
    "After my second child, everything went grey for about a year.",
    "I lost my job and then most of my routine, and the low came slowly.",
  ],
  stress: [
    "I was working two jobs and sleeping four hours a night.",
    "Caring for my dad while working full time wore me down.",
  ],
  social: ["I used to rehearse phone calls for an hour before making them."],
  trauma: ["Something happened when I was younger that I did not talk about for a long time."],
  substance: ["Drinking started as a way to switch off after work and took over."],
  loss: ["My partner died three years ago and I did not know how to be alone."],
  life: [
    "I moved countries for work and felt completely cut off.",
    "Money worries took over every conversation at home.",
  ],
};

const STORY_MIDDLE = [
  "A walking group got me out of the house again.",
  "Talking to someone who had been there helped more than I expected.",
  "Small routines, written down, kept me going on the bad days.",
  "My GP and a peer group together made the difference.",
];
const STORY_END = [
  "I still have hard weeks, but I know what to do now.",
  "I want to talk with someone who gets it.",
  "I am ready for the next step.",
];

/** A short, invented story in the member's voice; many leave this blank. */
export function pickStory(rng: Faker, primaryChallenge: string): string {
  const start = STORY_START[groupOf(primaryChallenge)] ?? STORY_START.life!;
  return [
    rng.helpers.arrayElement(start),
    rng.helpers.arrayElement(STORY_MIDDLE),
    rng.helpers.arrayElement(STORY_END),
  ].join(" ");
}
