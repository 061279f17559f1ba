import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoMenteeEmail } from "../apps/server/src/demo/demo-logins.js";
import { ensureDemoCommunity } from "../apps/server/src/demo/seed-demo.js";
import { systemClock } from "../apps/server/src/lib/clock.js";
import {
  allSent,
  type Member,
  messageLog,
  openConversation,
  send,
  setUpFirstDevice,
  signInOnPage,
} from "./support/messaging.js";
import type { Platform } from "./support/platform.js";
import { startTwoProcessPlatform, type TwoProcessPlatform } from "./support/two-processes.js";

const redisUrl = process.env.TEST_REDIS_URL;
const postgresUrl = process.env.TEST_DATABASE_URL;

let platform: TwoProcessPlatform;

beforeAll(async () => {
  if (!(redisUrl && postgresUrl)) return;
  platform = await startTwoProcessPlatform({ redisUrl });
  const started = Date.now();
  // What `npm run demo` does to an empty database: the whole community, pairs and support groups included.
  const outcome = await ensureDemoCommunity({ database: platform.database, clock: systemClock });
  expect(outcome.seeded).toBe(true);
  console.info(`Demo community seeded on PostgreSQL in ${Date.now() - started} ms`);
});
afterAll(() => platform?.close());

const db = () => platform.database.db;

/** A demo account as the messaging helpers take it: every demo login shares the documented password. */
async function demoMember(userId: string): Promise<Member> {
  const user = await db()
    .selectFrom("users")
    .select(["id", "email", "display_name"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  return { id: user.id, email: user.email, password: DEMO_PASSWORD, displayName: user.display_name };
}

/** A demo member signed in through one process, with this browser context set up as their device. */
async function onProcess(server: Platform, member: Member): Promise<Page> {
  const { page } = await server.newPage();
  await signInOnPage(page, member);
  await setUpFirstDevice(page);
  expect(page.url().startsWith(server.baseUrl)).toBe(true);
  return page;
}

/** An active demo relationship whose mentee has no other (so the mentor's name alone titles the pair). */
async function demoPair() {
  const relationships = await db()
    .selectFrom("relationships as r")
    .innerJoin("conversations as c", "c.relationship_id", "r.id")
    .select(["r.mentee_id", "r.mentor_id", "c.id as conversation_id", "c.state"])
    .where("r.status", "=", "active")
    .where((eb) =>
      eb(
        "r.mentee_id",
        "not in",
        eb.selectFrom("relationships").select("mentee_id").groupBy("mentee_id").having(eb.fn.countAll(), ">", 1),
      ),
    )
    .orderBy("r.started_at")
    .execute();
  const pair = relationships[0];
  if (!pair) throw new Error("The demo community has no active relationship");
  expect(pair.state).toBe("open");
  return { ...pair, mentee: await demoMember(pair.mentee_id), mentor: await demoMember(pair.mentor_id) };
}

/** The demo support group the memorable mentee login belongs to, and another mentee in it. */
async function demoGroup(memorableId: string) {
  const group = await db()
    .selectFrom("conversations as c")
    .innerJoin("conversation_members as m", "m.conversation_id", "c.id")
    .select(["c.id", "c.title"])
    .where("c.kind", "=", "group")
    .where("m.user_id", "=", memorableId)
    .where("m.left_at", "is", null)
    .orderBy("c.created_at")
    .executeTakeFirstOrThrow();
  const other = await db()
    .selectFrom("conversation_members as m")
    .innerJoin("user_roles as r", "r.user_id", "m.user_id")
    .select("m.user_id")
    .where("m.conversation_id", "=", group.id)
    .where("m.left_at", "is", null)
    .where("m.user_id", "!=", memorableId)
    .where("r.role", "=", "mentee")
    .orderBy("m.user_id")
    .executeTakeFirstOrThrow();
  return { id: group.id, title: group.title ?? "", other: await demoMember(other.user_id) };
}

describe.runIf(redisUrl && postgresUrl)("the demo community talks securely across two server processes", () => {
  it("a demo pair and a demo support group chat live in the browser, each member on a different process", async () => {
    const pair = await demoPair();
    const menteeOnA = await onProcess(platform.a, pair.mentee);
    const mentorOnB = await onProcess(platform.b, pair.mentor);

    await openConversation(menteeOnA, pair.mentor.displayName);
    await openConversation(mentorOnB, pair.mentee.displayName);
    const hello = `Hello from process A ${Date.now()}`;
    await send(menteeOnA, hello);
    await allSent(menteeOnA);
    await messageLog(mentorOnB).getByText(hello).waitFor({ timeout: 10_000 });
    const reply = `A reply through process B ${Date.now()}`;
    await send(mentorOnB, reply);
    await allSent(mentorOnB);
    await messageLog(menteeOnA).getByText(reply).waitFor({ timeout: 10_000 });

    // The support group: the memorable mentee on A, a fellow member on B.
    const memorable = await db()
      .selectFrom("users")
      .select("id")
      .where("email", "=", demoMenteeEmail(0))
      .executeTakeFirstOrThrow();
    const group = await demoGroup(memorable.id);
    const memorableOnA = await onProcess(platform.a, await demoMember(memorable.id));
    const otherOnB = await onProcess(platform.b, group.other);
    await openConversation(memorableOnA, group.title);
    await openConversation(otherOnB, group.title);
    const toGroup = `Evening hello to the group ${Date.now()}`;
    await send(memorableOnA, toGroup);
    await allSent(memorableOnA);
    await messageLog(otherOnB).getByText(toGroup).waitFor({ timeout: 10_000 });
    const groupReply = `Welcome back from the other process ${Date.now()}`;
    await send(otherOnB, groupReply);
    await allSent(otherOnB);
    await messageLog(memorableOnA).getByText(groupReply).waitFor({ timeout: 10_000 });

    // The server kept ciphertext only: every message is stored, and none of the typed text is in it.
    const stored = await db()
      .selectFrom("conversation_events")
      .selectAll()
      .where("conversation_id", "in", [pair.conversation_id, group.id])
      .execute();
    const messages = stored.filter((e) => e.kind === "message");
    expect(messages.filter((e) => e.conversation_id === pair.conversation_id)).toHaveLength(2);
    expect(messages.filter((e) => e.conversation_id === group.id)).toHaveLength(2);
    expect(messages.every((e) => e.ciphertext && e.commitment && e.signature)).toBe(true);
    const dump = JSON.stringify(stored);
    for (const typed of [hello, reply, toGroup, groupReply]) {
      expect(dump).not.toContain(typed);
      // Also no recognisable fragment (the words before the varying number).
      expect(dump).not.toContain(typed.replace(/ \d+$/, ""));
    }
  });
});
