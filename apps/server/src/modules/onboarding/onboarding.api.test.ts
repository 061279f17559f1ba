import type { ConsentText, OnboardingState } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { auditEventsOf } from "../../../test/inspect.js";
import { completeProfile } from "../../../test/profile-fixture.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const stepsOf = (state: OnboardingState) => Object.fromEntries(state.steps.map((s) => [s.id, s.done]));

describe("onboarding", () => {
  it("starts at 'about' with nothing done", async () => {
    const { client } = await signedInClient(t);
    const res = await client.get<OnboardingState>("/api/onboarding");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      steps: [
        { id: "about", done: false },
        { id: "consent", done: false },
        { id: "intent", done: false },
        { id: "profile", done: false },
      ],
      currentStep: "about",
      aboutAcknowledgedAt: null,
      intent: null,
      consent: null,
    });
  });

  it("serves the versioned consent text, saying what a match and staff see", async () => {
    const { client } = await signedInClient(t);
    const res = await client.get<ConsentText>("/api/onboarding/consent-text");
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(res.body.version).toMatch(/\S/);
    expect(text).toMatch(/not therapy/);
    expect(text).toMatch(/What a match sees/);
    expect(text).toMatch(/only by you and the safety team/);
  });

  it("keeps every step on the server, so it resumes after signing out and in again", async () => {
    const { client, user } = await signedInClient(t);
    expect((await client.post("/api/onboarding/about", { acknowledged: true })).status).toBe(200);
    const { body: text } = await client.get<ConsentText>("/api/onboarding/consent-text");

    const stale = await client.post("/api/onboarding/consent", { version: "1999-01-01", agreed: true });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { details: [{ field: "version" }] } });
    const notAgreed = await client.post("/api/onboarding/consent", { version: text.version, agreed: false });
    expect(notAgreed.status).toBe(400);

    const consent = await client.post<OnboardingState>("/api/onboarding/consent", {
      version: text.version,
      agreed: true,
    });
    expect(consent.status).toBe(200);
    expect(consent.body.consent).toMatchObject({ version: text.version, current: true });
    expect(consent.body.currentStep).toBe("intent");

    const neither = await client.put("/api/onboarding/intent", { seekSupport: false, offerMentorship: false });
    expect(neither.status).toBe(400);
    expect(neither.body).toMatchObject({ error: { details: [{ field: "body.seekSupport" }] } });
    await client.put("/api/onboarding/intent", { seekSupport: true, offerMentorship: true });

    await client.post("/api/auth/sign-out");
    expect((await client.get("/api/onboarding")).status).toBe(401);
    const again = t.client();
    await again.post("/api/auth/sign-in", { email: user.email, password: user.password });
    const resumed = await again.get<OnboardingState>("/api/onboarding");
    expect(stepsOf(resumed.body)).toEqual({ about: true, consent: true, intent: true, profile: false });
    expect(resumed.body.currentStep).toBe("profile");
    expect(resumed.body.intent).toEqual({ seekSupport: true, offerMentorship: true });

    await again.put("/api/profile", completeProfile());
    const done = await again.get<OnboardingState>("/api/onboarding");
    expect(done.body.currentStep).toBeNull();

    const consented = (await auditEventsOf(t.ctx.db, user.id)).filter((e) => e.action === "onboarding.consented");
    expect(consented).toHaveLength(1);
    expect(consented[0]?.details).toEqual({ version: text.version });
  });

  it("lets a member change their intent later", async () => {
    const { client } = await signedInClient(t);
    await client.put("/api/onboarding/intent", { seekSupport: true, offerMentorship: false });
    const res = await client.put<OnboardingState>("/api/onboarding/intent", {
      seekSupport: false,
      offerMentorship: true,
    });
    expect(res.body.intent).toEqual({ seekSupport: false, offerMentorship: true });
  });
});
