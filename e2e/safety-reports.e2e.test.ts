import { randomUUID } from "node:crypto";
import {
  decryptEvent,
  type EventHeader,
  encryptEvent,
  generateConversationKey,
  generateDeviceKeys,
  keyCommitment,
  openSealedKey,
  ready,
  sealKey,
  signDevice,
  signKeyEpoch,
} from "@mentalverse/e2ee";
import {
  type ConversationDetail,
  type ConversationEvent,
  CSRF_COOKIE,
  CSRF_HEADER,
  type Device,
  type EventPage,
  type KeyEnvelopesResponse,
  type RevealedMessage,
} from "@mentalverse/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../apps/server/test/factories.js";
import { activeRelationship, browserMember, type Member, signInOnPage } from "./support/messaging.js";
import { type Platform, startPlatform } from "./support/platform.js";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
  await ready();
});
afterAll(() => platform?.close());

/** A member's own session over HTTP (a second device of theirs), with the CSRF header the web app sends. */
async function apiAs(member: Member) {
  const { page, context } = await platform.newPage();
  await page.goto("/");
  const csrf = (await context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
  const headers = { [CSRF_HEADER]: csrf };
  const call = async <T>(method: "get" | "post", url: string, data?: unknown, expected = [200, 201]): Promise<T> => {
    const response = await page.request[method](url, { data, headers });
    expect(expected, `${method} ${url}: ${response.status()} ${await response.text()}`).toContain(response.status());
    return (await response.json()) as T;
  };
  await call("post", "/api/auth/sign-in", { email: member.email, password: member.password });
  return {
    userId: member.id,
    get: <T>(url: string) => call<T>("get", url),
    post: <T>(url: string, data: unknown) => call<T>("post", url, data),
  };
}
type Api = Awaited<ReturnType<typeof apiAs>>;

/**
 * A member's messaging device in Node, following the protocol with @mentalverse/e2ee: its keys
 * never leave it, the conversation key is sealed to every member device, and each message carries
 * its franking commitment (HMAC-SHA256 over the payload bytes).
 */
async function nodeDevice(api: Api) {
  const keys = generateDeviceKeys();
  const device = await api.post<Device>("/api/messaging/devices", {
    name: "Node test device",
    boxPublicKey: keys.boxPublicKey,
    signPublicKey: keys.signPublicKey,
    deviceSignature: signDevice(api.userId, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey),
  });
  const detail = (id: string) => api.get<ConversationDetail>(`/api/conversations/${id}`);
  const keyOf = async (conversationId: string, epoch: number) => {
    const res = await api.get<KeyEnvelopesResponse>(`/api/conversations/${conversationId}/keys?deviceId=${device.id}`);
    const sealed = res.epochs.find((e) => e.epoch === epoch)?.sealedKey;
    if (!sealed) throw new Error(`no envelope for epoch ${epoch}`);
    return openSealedKey(sealed, keys.boxPublicKey, keys.boxSecretKey);
  };
  return {
    /** Makes the first key (sealed to every device and recovery key the server lists) and sends a message. */
    async send(conversationId: string, text: string, key: string): Promise<ConversationEvent> {
      const { currentEpoch } = await detail(conversationId);
      const epoch = currentEpoch ?? 1;
      const header: EventHeader = {
        conversationId,
        epoch,
        kind: "message",
        targetSeq: null,
        senderDeviceId: device.id,
      };
      const sealed = encryptEvent(header, { v: 1, text }, key, keys.signSecretKey);
      const body = { clientId: randomUUID(), kind: "message", senderDeviceId: device.id, epoch, ...sealed };
      return (await api.post<{ event: ConversationEvent }>(`/api/conversations/${conversationId}/events`, body)).event;
    },
    async firstKey(conversationId: string): Promise<string> {
      const current = await detail(conversationId);
      const key = generateConversationKey();
      const epoch = (current.currentEpoch ?? 0) + 1;
      const commitment = keyCommitment(key);
      await api.post(`/api/conversations/${conversationId}/keys`, {
        epoch,
        createdByDeviceId: device.id,
        keyCommitment: commitment,
        signature: signKeyEpoch(conversationId, epoch, commitment, keys.signSecretKey),
        envelopes: current.devices
          .filter((d) => d.revokedAt === null)
          .map((d) => ({ deviceId: d.deviceId, sealedKey: sealKey(key, d.boxPublicKey) })),
        recoveryEnvelopes: current.recoveryKeys.map((r) => ({
          userId: r.userId,
          recoveryPublicKey: r.recoveryPublicKey,
          sealedKey: sealKey(key, r.recoveryPublicKey),
        })),
      });
      return key;
    },
    /** Decrypts and verifies a message as the reader's device does, and reveals it for a report. */
    async reveal(conversationId: string, seq: number): Promise<RevealedMessage & { text: string }> {
      const page = await api.get<EventPage>(`/api/conversations/${conversationId}/events?after=0&limit=200`);
      const event = page.events.find((e) => e.seq === seq);
      if (!event?.ciphertext || !event.epoch) throw new Error(`no message ${seq}`);
      const sender = (await detail(conversationId)).devices.find((d) => d.deviceId === event.senderDeviceId);
      if (!sender) throw new Error("unknown sender device");
      const header: EventHeader = {
        conversationId,
        epoch: event.epoch,
        kind: "message",
        targetSeq: event.targetSeq,
        senderDeviceId: sender.deviceId,
      };
      const opened = decryptEvent<{ text: string }>(
        header,
        {
          nonce: event.nonce as string,
          ciphertext: event.ciphertext,
          commitment: event.commitment as string,
          signature: event.signature as string,
        },
        await keyOf(conversationId, event.epoch),
        sender.signPublicKey,
      );
      return { seq, plaintext: opened.plaintext, frankingKey: opened.frankingKey, text: opened.payload.text };
    },
  };
}

/** A mentoring pair in an active relationship; its conversation is made on the first GET /api/conversations. */
async function pair(names: { mentee: string; mentor: string }) {
  const db = platform.built.ctx.db;
  const mentee = await buildUser(db, { roles: ["mentee"], displayName: names.mentee });
  const mentor = await buildUser(db, { roles: ["mentee", "mentor"], displayName: names.mentor });
  await activeRelationship(platform, mentor.id, mentee.id);
  const menteeApi = await apiAs(mentee);
  const [conversation] = (await menteeApi.get<{ conversations: { id: string }[] }>("/api/conversations")).conversations;
  if (!conversation) throw new Error("no pair conversation");
  return { mentee, mentor, menteeApi, conversationId: conversation.id };
}

const overflowOf = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("message reports in the safety queue", () => {
  it("a reviewer opens a franked report, sees the verified text, takes it and resolves it", async () => {
    const db = platform.built.ctx.db;
    const { mentor, menteeApi, conversationId } = await pair({ mentee: "Juniper", mentor: "Ezra" });
    const reviewer = await buildUser(db, { roles: ["safety"], displayName: "Reviewer Robin" });

    // Both devices exist before the first key is made, so it is sealed to each of them.
    const menteeDevice = await nodeDevice(menteeApi);
    const mentorDevice = await nodeDevice(await apiAs(mentor));
    const key = await mentorDevice.firstKey(conversationId);
    const context = await mentorDevice.send(conversationId, "Did you tell anyone about Tuesday?", key);
    const reported = await mentorDevice.send(
      conversationId,
      "You will regret telling anyone, I know where you live.",
      key,
    );
    const revealed = await menteeDevice.reveal(conversationId, reported.seq);
    expect(revealed.text).toBe("You will regret telling anyone, I know where you live.");
    const { text: _text, ...reportedReveal } = revealed;
    const { text: _context, ...contextReveal } = await menteeDevice.reveal(conversationId, context.seq);
    const created = await menteeApi.post<{ reportId: string }>("/api/messaging/reports", {
      conversationId,
      reason: "threats",
      note: "This scared me.",
      messages: [reportedReveal, contextReveal],
    });

    const { page } = await platform.newPage();
    await signInOnPage(page, reviewer);
    await page.getByRole("link", { name: "Reports and alerts" }).first().click();
    await page.getByRole("heading", { name: "Reports and alerts", level: 1 }).waitFor();
    const row = page.getByRole("row").filter({ hasText: "Juniper" });
    await row.getByText("Threats").waitFor();
    await row.getByText("Ezra").waitFor();
    await row.getByRole("link", { name: "Open message report from Juniper" }).click();

    await page.getByRole("heading", { name: "Message report from Juniper", level: 1 }).waitFor();
    await page.getByText("You will regret telling anyone, I know where you live.").waitFor();
    await page.getByText("Did you tell anyone about Tuesday?").waitFor();
    await page.getByText("This scared me.").waitFor();
    await expect.poll(() => page.getByText("Verified: matches what was sent").count()).toBe(2);
    await page.getByText(/Ezra, .*\(the message reported\)/).waitFor();

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole("button", { name: "Assign to me" }).click();
    await page.getByText("This report is assigned to you.").waitFor();

    // Without a note the form says so beside the field, and nothing is sent.
    await page.getByRole("button", { name: "Resolve", exact: true }).click();
    await page.getByText("Write a short note on what was done").waitFor();
    await page.getByLabel("Resolution note").fill("Spoke with both; the relationship is paused and Ezra is suspended.");
    await page.getByRole("button", { name: "Resolve", exact: true }).click();
    await page.getByRole("heading", { name: "Resolution" }).waitFor();
    await page.getByText("Spoke with both; the relationship is paused and Ezra is suspended.").waitFor();

    const row2 = await db
      .selectFrom("safety_reports")
      .select(["status", "assignee_id"])
      .where("id", "=", created.reportId)
      .executeTakeFirstOrThrow();
    expect(row2).toEqual({ status: "resolved", assignee_id: reviewer.id });

    await page.getByRole("link", { name: "← All reports and alerts" }).click();
    await page.getByText("No reports or alerts with this status.").waitFor();
    await page.getByLabel("Status").selectOption({ label: "All statuses" });
    await page.getByRole("row").filter({ hasText: "Juniper" }).getByText("Resolved").waitFor();
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
  });
});

describe("crisis support while typing a message", () => {
  it("shows crisis lines on the member's own device, sends nothing typed, and alerts the team only when asked", async () => {
    const db = platform.built.ctx.db;
    const { mentee, conversationId } = await pair({ mentee: "Wren", mentor: "Ilse" });

    const page = await browserMember(platform, mentee, { width: 360, height: 800 });

    // Everything this page sends from here on, over HTTP and the socket.
    const sent: string[] = [];
    page.on("request", (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ""}`));
    page.on("websocket", (socket) => socket.on("framesent", (frame) => sent.push(String(frame.payload))));

    await page.goto(`/messages/${conversationId}`);
    const box = page.getByRole("textbox", { name: "Message" });
    await box.waitFor();
    await box.pressSequentially("honestly I can't go on like this", { delay: 10 });

    const notice = page.getByRole("region", {
      name: "It sounds like you might be going through something really hard",
    });
    await notice.waitFor();
    await notice.getByText("116 123").waitFor();
    await notice.getByText("988").first().waitFor();
    await notice.getByText("Nothing you type is sent to anyone unless you choose this.").waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    // The capture works (typing is announced over the socket), yet the words never went anywhere.
    expect(sent.some((s) => s.includes("conversation:typing"))).toBe(true);
    expect(sent.filter((s) => /go on like this/i.test(s))).toEqual([]);
    expect(await db.selectFrom("safety_reports").select("id").where("reporter_id", "=", mentee.id).execute()).toEqual(
      [],
    );

    await notice.getByRole("button", { name: "Alert the safety team" }).click();
    await notice.getByRole("button", { name: "Yes, alert the safety team" }).click();
    await notice.getByText(/The safety team has been alerted/).waitFor();

    const alerts = await db
      .selectFrom("safety_reports")
      .select(["kind", "conversation_id", "messages"])
      .where("reporter_id", "=", mentee.id)
      .execute();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: "crisis_alert", conversation_id: conversationId });
    expect(JSON.stringify(alerts[0]?.messages ?? [])).not.toMatch(/go on like this/i);
    expect(sent.filter((s) => /go on like this/i.test(s))).toEqual([]);
  });
});

describe("reporting and alerting from the conversation page", () => {
  it("a member reports a message with the one context message they chose, and it verifies", async () => {
    const { mentee, mentor, conversationId } = await pair({ mentee: "Linden", mentor: "Basil" });
    const page = await browserMember(platform, mentee);
    const mentorDevice = await nodeDevice(await apiAs(mentor));
    const key = await mentorDevice.firstKey(conversationId);
    await mentorDevice.send(conversationId, "How was the week?", key);
    await mentorDevice.send(conversationId, "Send me a photo of yourself, nobody has to know.", key);
    const reported = await mentorDevice.send(conversationId, "Answer me or I will tell everyone.", key);

    await page.goto(`/messages/${conversationId}`);
    await page.getByText("Answer me or I will tell everyone.").waitFor();
    await page
      .getByRole("button", { name: /^Actions for the message from Basil/ })
      .last()
      .click();
    await page.getByRole("menuitem", { name: "Report" }).click();
    const dialog = page.getByRole("dialog", { name: "Report a message" });
    await dialog.getByText(/cryptographic receipt/).waitFor();

    // Nothing is shared by default; without a reason nothing is sent.
    const context = dialog.getByRole("checkbox");
    await expect.poll(() => context.count()).toBe(2);
    for (const box of await context.all()) expect(await box.isChecked()).toBe(false);
    const reason = dialog.getByLabel("Why are you reporting it?");
    await dialog.getByRole("button", { name: "Send report" }).click();
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");

    await reason.selectOption({ label: "Threats" });
    await dialog.getByRole("checkbox", { name: /Basil/ }).last().check();
    await dialog.getByLabel("Anything the safety team should know (optional)").fill("He keeps pushing.");
    await dialog.getByRole("button", { name: "Send report" }).click();
    await dialog.getByText(/The safety team has your report/).waitFor();

    const rows = await platform.built.ctx.db
      .selectFrom("safety_reports")
      .select(["kind", "reason", "subject_id", "note", "messages"])
      .where("reporter_id", "=", mentee.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "message_report",
      reason: "threats",
      subject_id: mentor.id,
      note: "He keeps pushing.",
    });
    const texts = ((rows[0]?.messages ?? []) as { seq: number; text: string }[]).map((m) => [m.seq, m.text]);
    expect(texts).toEqual([
      [reported.seq, "Answer me or I will tell everyone."],
      [reported.seq - 1, "Send me a photo of yourself, nobody has to know."],
    ]);
  });

  it('a mentor raises an "I\'m worried" alert that tells the mentee and shares the latest messages', async () => {
    const { mentee, mentor, menteeApi, conversationId } = await pair({ mentee: "Sorrel", mentor: "Hazel" });
    const page = await browserMember(platform, mentor);
    const menteeDevice = await nodeDevice(menteeApi);
    const key = await menteeDevice.firstKey(conversationId);
    await menteeDevice.send(conversationId, "I haven't slept in three days.", key);
    await menteeDevice.send(conversationId, "Everything feels pointless lately.", key);

    await page.goto(`/messages/${conversationId}`);
    await page.getByText("Everything feels pointless lately.").waitFor();
    await page.getByRole("button", { name: "I'm worried about Sorrel" }).click();
    const dialog = page.getByRole("dialog", { name: /I'm worried" alert about Sorrel/ });
    await dialog.getByText(/Sorrel will be told first/).waitFor();
    await dialog.getByText(/the last 2 messages/).waitFor();
    await dialog.getByRole("button", { name: "Tell Sorrel and alert the safety team" }).click();
    await dialog.getByText("Write a few words on what worries you").waitFor();
    await dialog.getByLabel("What worries you").fill("Two messages about not sleeping and feeling pointless.");
    await dialog.getByRole("button", { name: "Tell Sorrel and alert the safety team" }).click();
    await dialog.getByText(/The safety team has been alerted and Sorrel has been told/).waitFor();

    const rows = await platform.built.ctx.db
      .selectFrom("safety_reports")
      .select(["kind", "subject_id", "messages"])
      .where("reporter_id", "=", mentor.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "worried_alert", subject_id: mentee.id });
    const notices = await platform.built.ctx.db
      .selectFrom("conversation_events")
      .select("system")
      .where("conversation_id", "=", conversationId)
      .where("kind", "=", "system")
      .execute();
    expect(JSON.stringify(notices)).toContain("worried_alert");
    expect(((rows[0]?.messages ?? []) as { text: string }[]).map((m) => m.text)).toEqual([
      "I haven't slept in three days.",
      "Everything feels pointless lately.",
    ]);
  });

  it('the mentee sees no "I\'m worried" button', async () => {
    const { mentee, conversationId } = await pair({ mentee: "Rowan", mentor: "Alder" });
    const page = await browserMember(platform, mentee);
    // The button waits for the relationship to say who is the mentor; so does this test.
    const roles = page.waitForResponse((r) => r.url().includes("/api/relationships/") && r.status() === 200);
    await page.goto(`/messages/${conversationId}`);
    await roles;
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    await page.getByRole("button", { name: "Safety numbers" }).waitFor();
    expect(await page.getByRole("button", { name: /I'm worried/ }).count()).toBe(0);
  });
});
