import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { sessionCount } from "../../../test/inspect.js";
import { deleteExpiredSessionsJob } from "../../jobs/definitions/delete-expired-sessions.js";
import { HOUR, type ManualClock } from "../../lib/clock.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { SESSION_TTL_HOURS: "2" } });
});
afterAll(() => t.close());

describe("delete-expired-sessions job", () => {
  it("removes sessions past expiry and stale reset tokens, and keeps live ones", async () => {
    const clock = t.clock as ManualClock;
    const { user: stale } = await signedInClient(t);
    await t.client().post("/api/auth/password-reset/request", { email: stale.email });
    clock.advance(3 * HOUR);
    const { user: fresh } = await signedInClient(t);
    await t.client().post("/api/auth/password-reset/request", { email: fresh.email });

    await deleteExpiredSessionsJob.handle(t.ctx, {});
    expect(await sessionCount(t.ctx.db, stale.id)).toBe(0);
    expect(await sessionCount(t.ctx.db, fresh.id)).toBe(1);
    const tokens = await t.ctx.db.selectFrom("password_reset_tokens").select("id").execute();
    expect(tokens).toHaveLength(1); // the fresh member's link still works
  });
});
