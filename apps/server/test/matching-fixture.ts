import type { MatchOffer, MyMatchOptions, Notification, SaveProfileRequest } from "@mentalverse/shared";
import { insertApplication } from "../src/modules/mentor-applications/mentor-applications-repository.js";
import type { TestClient } from "./client.js";
import { buildUser, type UserFactoryInput } from "./factories.js";
import type { TestApp } from "./harness.js";
import { completeProfile } from "./profile-fixture.js";

let address = 0;

/**
 * A signed-in member, each from its own address: matching scenarios sign in many members, more
 * than the per-address sign-in limit allows one test client.
 */
export async function member(t: TestApp, input: UserFactoryInput = {}) {
  const user = await buildUser(t.ctx.db, input);
  const client = t.client();
  address += 1;
  client.ip = `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
  const res = await client.post("/api/auth/sign-in", { email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, user };
}

const NO_RISK = { q1: false, q2: false, q6: false };

/** A language only this scenario's members speak, so scenarios in one file never match across. */
export const onlyLanguage = (code: string): Partial<SaveProfileRequest> => ({
  languages: [{ code, proficiency: "native" }],
});

/** A member who seeks support, with a complete profile and a screening that found no risk. */
export async function readyMentee(
  t: TestApp,
  profile: Partial<SaveProfileRequest> = {},
  screening: Record<string, boolean> = NO_RISK,
) {
  const mentee = await member(t);
  const steps = [
    await mentee.client.put("/api/profile", completeProfile(profile)),
    await mentee.client.put("/api/onboarding/intent", { seekSupport: true, offerMentorship: false }),
    await mentee.client.put("/api/screening/current", { answers: screening }),
    await mentee.client.post("/api/screening/current/submit", { country: "GB" }),
  ];
  const failed = steps.find((s) => s.status !== 200);
  if (failed) throw new Error(`mentee setup failed: ${failed.status} ${JSON.stringify(failed.body)}`);
  return mentee;
}

/** An active recovery mentor for anxiety (the fixture profile's primary need), straight into the pipeline's end. */
export async function activeMentor(
  t: TestApp,
  options: { profile?: Partial<SaveProfileRequest>; capacity?: number; displayName?: string } = {},
) {
  const mentor = await member(t, {
    roles: ["mentee", "mentor"],
    ...(options.displayName ? { displayName: options.displayName } : {}),
  });
  const saved = await mentor.client.put("/api/profile", completeProfile(options.profile));
  if (saved.status !== 200) throw new Error(`mentor profile failed: ${saved.status}`);
  const now = t.clock.now();
  await insertApplication(t.ctx.db, {
    user_id: mentor.user.id,
    status: "active",
    mentor_types: JSON.stringify(["recovery_mentor"]),
    specialisations: JSON.stringify(["anxiety_management", "depression_recovery"]),
    lived_experience: "Years of panic attacks, then a slow way back through walking, routine and peer groups.",
    stable_since: new Date("2019-01-01T00:00:00Z"),
    capacity: options.capacity ?? 2,
    boundaries: "Evenings only, never for crises, and I say when something is beyond me.",
    mentor_references: JSON.stringify([
      { name: "Sam Okafor", contact: "sam@example.test", relationship: "Former manager" },
      { name: "Priya Shah", contact: "priya@example.test", relationship: "Volunteer coordinator" },
    ]),
    status_changed_at: now,
  });
  return mentor;
}

/** What the matching scenarios read back, as a member sees it. */
export type ErrorBody = { error: { code: string; details?: { field: string; reason: string }[] } };
export const notificationsOf = async (client: TestClient) =>
  (await client.get<{ notifications: Notification[] }>("/api/notifications")).body.notifications;
export const options = async (client: TestClient) => (await client.get<MyMatchOptions>("/api/matching/options")).body;
export const offers = async (client: TestClient) =>
  (await client.get<{ offers: MatchOffer[] }>("/api/matching/offers")).body.offers;
/** Runs the single-mentee recommendation jobs that are waiting, as the worker would. */
export const runRecommendations = (t: TestApp) => t.jobs.runPending("matching-recommend", t.ctx);
