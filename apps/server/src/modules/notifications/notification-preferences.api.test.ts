import {
  type AccountExport,
  AccountExportSchema,
  type NotificationPreferences,
  type UpdateNotificationPreferences,
} from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { notificationEmailsJob } from "../../jobs/definitions/notification-emails.js";
import { ManualClock, MINUTE } from "../../lib/clock.js";

type Failure = { error: { code: string; details?: { field: string; reason: string }[] } };

let t: TestApp;
// Near real time, and only ever moved forward: the test client drops cookies expired by the wall clock.
const clock = new ManualClock(new Date(Math.floor(Date.now() / MINUTE) * MINUTE));

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

/** The next instant after the clock's time when the wall clock in `zone` reads `hhmm`; found minute by minute. */
function nextLocal(hhmm: string, zone: string): Date {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  let at = clock.now().getTime() + MINUTE;
  while (format.format(new Date(at)) !== hhmm) at += MINUTE;
  return new Date(at);
}

const mailsTo = (address: string) =>
  t.ctx.db.selectFrom("mail_outbox").selectAll().where("to_address", "=", address).orderBy("created_at").execute();
const inAppOf = (userId: string) =>
  t.ctx.db.selectFrom("notifications").selectAll().where("user_id", "=", userId).execute();
/** What the notification-emails job does on each scheduled run. */
const sendDeferredNow = () => notificationEmailsJob.handle(t.ctx, {});

const OFFER = { kind: "matching.offer", title: "Sam accepted you", body: "Sam is your mentor now", link: "/matches" };
const PAUSED = { kind: "relationships.paused", title: "Paused", body: "Your relationship with Sam is paused" };

function quietIn(zone: string | null, overrides: Partial<UpdateNotificationPreferences["quietHours"]> = {}) {
  return { enabled: true, start: "22:00", end: "07:00", timeZone: zone, ...overrides };
}

describe("notification preferences", () => {
  it("start from the defaults: every category in the app, email for what needs an answer, quiet overnight", async () => {
    const { client } = await signedInClient(t);
    const res = await client.get<NotificationPreferences>("/api/notifications/preferences");
    expect(res.status).toBe(200);
    const byCategory = Object.fromEntries(res.body.categories.map((c) => [c.category, c]));
    expect(res.body.categories.every((c) => c.inApp)).toBe(true);
    expect(byCategory.safety).toEqual({ category: "safety", inApp: true, email: true, safetyCritical: true });
    expect(byCategory.matching).toMatchObject({ email: true, safetyCritical: false });
    expect(byCategory.relationships?.email).toBe(true);
    expect(byCategory.sessions?.email).toBe(true);
    expect(byCategory.other?.email).toBe(false);
    expect(res.body.quietHours).toEqual({ enabled: true, start: "22:00", end: "07:00", timeZone: null });
    expect(res.body).toMatchObject({ effectiveTimeZone: "UTC", profileTimeZone: null });

    expect((await client.put("/api/profile", { timeZone: "America/New_York" })).status).toBe(200);
    const after = await client.get<NotificationPreferences>("/api/notifications/preferences");
    expect(after.body).toMatchObject({ effectiveTimeZone: "America/New_York", profileTimeZone: "America/New_York" });
  });

  it("saves the categories it is given, keeps the others, and reads the chosen zone over the profile's", async () => {
    const { client } = await signedInClient(t);
    await client.put("/api/profile", { timeZone: "America/New_York" });
    const res = await client.put<NotificationPreferences>("/api/notifications/preferences", {
      categories: [
        { category: "matching", inApp: true, email: false },
        { category: "measures", inApp: false, email: false },
        { category: "safety", inApp: true, email: false },
      ],
      quietHours: quietIn("Asia/Tokyo", { start: "21:30", end: "06:15" }),
    });
    expect(res.status).toBe(200);
    const again = await client.get<NotificationPreferences>("/api/notifications/preferences");
    expect(again.body).toEqual(res.body);
    const byCategory = Object.fromEntries(again.body.categories.map((c) => [c.category, c]));
    expect(byCategory.matching).toMatchObject({ inApp: true, email: false });
    expect(byCategory.measures).toMatchObject({ inApp: false, email: false });
    expect(byCategory.safety).toMatchObject({ inApp: true, email: false });
    expect(byCategory.relationships).toMatchObject({ inApp: true, email: true });
    expect(again.body.quietHours).toEqual({ enabled: true, start: "21:30", end: "06:15", timeZone: "Asia/Tokyo" });
    expect(again.body.effectiveTimeZone).toBe("Asia/Tokyo");

    await client.put("/api/notifications/preferences", { categories: [], quietHours: quietIn(null) });
    const kept = await client.get<NotificationPreferences>("/api/notifications/preferences");
    expect(kept.body.categories.find((c) => c.category === "matching")?.email).toBe(false);
    expect(kept.body.effectiveTimeZone).toBe("America/New_York");
  });

  it("refuses to take safety out of the app, repeated categories and an empty window, with the field", async () => {
    const { client } = await signedInClient(t);
    const cases: [unknown, string][] = [
      [
        { categories: [{ category: "safety", inApp: false, email: true }], quietHours: quietIn(null) },
        "categories.0.inApp",
      ],
      [
        {
          categories: [
            { category: "matching", inApp: true, email: true },
            { category: "matching", inApp: true, email: false },
          ],
          quietHours: quietIn(null),
        },
        "categories.1.category",
      ],
      [{ categories: [], quietHours: quietIn(null, { start: "07:00", end: "07:00" }) }, "quietHours.end"],
    ];
    for (const [body, field] of cases) {
      const res = await client.put<Failure>("/api/notifications/preferences", body);
      expect(res.status, field).toBe(422);
      expect(res.body.error.details?.[0]?.field).toBe(field);
    }
    const unchanged = await client.get<NotificationPreferences>("/api/notifications/preferences");
    expect(unchanged.body.categories.find((c) => c.category === "matching")?.email).toBe(true);
  });

  it("refuses malformed input with 400 and is only for signed-in members", async () => {
    const { client } = await signedInClient(t);
    for (const body of [
      { categories: [], quietHours: quietIn("Mars/Olympus_Mons") },
      { categories: [], quietHours: quietIn(null, { start: "25:00" }) },
      { categories: [], quietHours: quietIn(null, { end: "7:00" }) },
      { categories: [{ category: "gossip", inApp: true, email: true }], quietHours: quietIn(null) },
      { categories: [], quietHours: quietIn(null), extra: true },
      { categories: [] },
    ]) {
      const res = await client.put<Failure>("/api/notifications/preferences", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details?.length).toBeGreaterThan(0);
    }
    const anonymous = t.client();
    expect((await anonymous.get("/api/notifications/preferences")).status).toBe(401);
    expect((await anonymous.put("/api/notifications/preferences", { categories: [] })).status).toBe(401);
  });
});

describe("the email channel", () => {
  it("emails outside quiet hours only for categories the member wants, saying nothing of the content", async () => {
    const { client, user } = await signedInClient(t);
    clock.set(nextLocal("12:00", "UTC"));
    await t.ctx.notifier.notify(user.id, OFFER);
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toBe("Something new is waiting for you in MentalVerse");
    expect(mail?.text_body).toContain(`${t.ctx.config.publicUrl}/matches`);
    expect(mail?.text_body).toContain("about your matching");
    for (const secret of ["Sam", "accepted", "mentor now"]) expect(mail?.text_body).not.toContain(secret);

    await t.ctx.notifier.notify(user.id, { kind: "test", title: "x", body: "y" });
    expect(await mailsTo(user.email)).toHaveLength(1);

    await client.put("/api/notifications/preferences", {
      categories: [{ category: "matching", inApp: true, email: false }],
      quietHours: quietIn(null),
    });
    await t.ctx.notifier.notify(user.id, OFFER);
    expect(await mailsTo(user.email)).toHaveLength(1);
    expect(await inAppOf(user.id)).toHaveLength(3);
  });

  it("keeps a category out of the app when asked, and still emails it if email is on", async () => {
    const { client, user } = await signedInClient(t);
    clock.set(nextLocal("12:00", "UTC"));
    await client.put("/api/notifications/preferences", {
      categories: [{ category: "relationships", inApp: false, email: true }],
      quietHours: quietIn(null),
    });
    await t.ctx.notifier.notify(user.id, PAUSED);
    expect(await inAppOf(user.id)).toHaveLength(0);
    const [mail] = await mailsTo(user.email);
    expect(mail?.text_body).toContain("about your mentoring relationship");
    expect(mail?.text_body).toContain(`${t.ctx.config.publicUrl}/notifications`);
  });

  it("holds emails in quiet hours in the member's zone and sends one digest when they end", async () => {
    const zone = "America/New_York";
    const { client, user } = await signedInClient(t);
    await client.put("/api/profile", { timeZone: zone });
    clock.set(nextLocal("23:30", zone));
    await t.ctx.notifier.notify(user.id, OFFER);
    clock.advance(30 * MINUTE);
    await t.ctx.notifier.notify(user.id, PAUSED);
    expect(await mailsTo(user.email)).toHaveLength(0);
    expect(await inAppOf(user.id)).toHaveLength(2);

    clock.set(nextLocal("06:59", zone));
    await sendDeferredNow();
    expect(await mailsTo(user.email)).toHaveLength(0);

    clock.advance(MINUTE);
    await sendDeferredNow();
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("2 new notifications are waiting for you in MentalVerse");
    expect(mails[0]?.text_body).toContain("about your matching and your mentoring relationship");
    expect(mails[0]?.text_body).not.toContain("Sam");

    clock.advance(10 * MINUTE);
    await sendDeferredNow();
    expect(await mailsTo(user.email)).toHaveLength(1);
  });

  it("reads quiet hours in the zone the member chose, and drops what was read in the app meanwhile", async () => {
    const zone = "Asia/Kolkata";
    const { client, user } = await signedInClient(t);
    await client.put("/api/profile", { timeZone: "America/New_York" });
    await client.put("/api/notifications/preferences", { categories: [], quietHours: quietIn(zone) });
    clock.set(nextLocal("02:00", zone));
    await t.ctx.notifier.notify(user.id, OFFER);
    const [notice] = await inAppOf(user.id);
    expect((await client.post("/api/notifications/read", { ids: [notice?.id] })).status).toBe(200);

    clock.set(nextLocal("07:00", zone));
    await sendDeferredNow();
    expect(await mailsTo(user.email)).toHaveLength(0);
    const left = await t.ctx.db
      .selectFrom("deferred_notification_emails")
      .selectAll()
      .where("user_id", "=", user.id)
      .execute();
    expect(left).toHaveLength(0);
  });

  it("sends a held email alone when only one waited, unless its category was taken off email since", async () => {
    const zone = "Europe/Berlin";
    const { client, user } = await signedInClient(t);
    await client.put("/api/notifications/preferences", { categories: [], quietHours: quietIn(zone) });
    clock.set(nextLocal("23:00", zone));
    await t.ctx.notifier.notify(user.id, OFFER);
    await t.ctx.notifier.notify(user.id, PAUSED);
    await client.put("/api/notifications/preferences", {
      categories: [{ category: "relationships", inApp: true, email: false }],
      quietHours: quietIn(zone),
    });
    clock.set(nextLocal("07:00", zone));
    await sendDeferredNow();
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Something new is waiting for you in MentalVerse");
    expect(mails[0]?.text_body).toContain(`${t.ctx.config.publicUrl}/matches`);
  });

  it("lets held emails go at the next run when the member turns quiet hours off", async () => {
    const { client, user } = await signedInClient(t);
    clock.set(nextLocal("23:00", "UTC"));
    await t.ctx.notifier.notify(user.id, OFFER);
    await sendDeferredNow();
    expect(await mailsTo(user.email)).toHaveLength(0);
    await client.put("/api/notifications/preferences", {
      categories: [],
      quietHours: quietIn(null, { enabled: false }),
    });
    await sendDeferredNow();
    expect(await mailsTo(user.email)).toHaveLength(1);
    await t.ctx.notifier.notify(user.id, OFFER);
    expect(await mailsTo(user.email)).toHaveLength(2);
  });

  it("sends safety notices at once, even in quiet hours, with crisis lines, and always keeps them in the app", async () => {
    const zone = "Australia/Sydney";
    const { client, user } = await signedInClient(t, { roles: ["mentee", "safety"] });
    await client.put("/api/notifications/preferences", { categories: [], quietHours: quietIn(zone) });
    clock.set(nextLocal("03:00", zone));
    await t.ctx.notifier.notify(user.id, {
      kind: "safety.case_opened",
      title: "New high-risk safety case",
      body: "A screening needs a safety reviewer.",
      link: "/staff/safety",
    });
    await t.ctx.notifier.notify(user.id, { kind: "screening.requested", title: "Please answer", body: "..." });
    await t.ctx.notifier.notify(user.id, OFFER);
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.text_body).toContain(`${t.ctx.config.publicUrl}/staff/safety`);
    expect(mails[0]?.text_body).toContain(`${t.ctx.config.publicUrl}/help`);
    expect(mails[0]?.text_body).not.toContain("high-risk");
    expect(await inAppOf(user.id)).toHaveLength(3);

    // Not even a write around the API's check can take safety out of the app.
    await expect(
      t.ctx.db
        .insertInto("notification_category_settings")
        .values({ user_id: user.id, category: "safety", in_app: false, email: false, updated_at: clock.now() })
        .execute(),
    ).rejects.toThrow();
  });

  it("never emails demo members, whose addresses are made up", async () => {
    const { user } = await signedInClient(t);
    await t.ctx.db.updateTable("users").set({ is_demo: true }).where("id", "=", user.id).execute();
    clock.set(nextLocal("12:00", "UTC"));
    await t.ctx.notifier.notify(user.id, OFFER);
    expect(await mailsTo(user.email)).toHaveLength(0);
    expect(await inAppOf(user.id)).toHaveLength(1);
  });

  it("shows the member's choices and held emails in their account export, never the content", async () => {
    const zone = "Europe/Berlin";
    const { client, user } = await signedInClient(t);
    await client.put("/api/notifications/preferences", {
      categories: [{ category: "measures", inApp: true, email: false }],
      quietHours: quietIn(zone, { start: "21:00" }),
    });
    clock.set(nextLocal("22:00", zone));
    await t.ctx.notifier.notify(user.id, OFFER);
    const res = await client.get<AccountExport>("/api/account/export");
    expect(res.status).toBe(200);
    expect(AccountExportSchema.parse(res.body).notificationPreferences).toEqual({
      categories: [{ category: "measures", inApp: true, email: false }],
      quietHours: { enabled: true, start: "21:00", end: "07:00", timeZone: zone },
      deferredEmails: [{ category: "matching", sendAfter: nextLocal("07:00", zone).toISOString() }],
    });
  });
});
