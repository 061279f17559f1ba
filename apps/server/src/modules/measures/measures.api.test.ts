import type { MeasureDefinition, MeasureHistory, MeasureResponse, ScreeningStatus } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { DAY, ManualClock, MINUTE } from "../../lib/clock.js";

type Saved = { response: MeasureResponse; screeningRequired: boolean };

const clock = new ManualClock(new Date());
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

/** PHQ-9 answers item1..item9 from a list of nine values. */
const phq9 = (values: number[]) => Object.fromEntries(values.map((v, i) => [`item${i + 1}`, v]));
const save = (client: TestClient, instrument: string, answers: Record<string, number | null>) =>
  client.put<Saved>(`/api/measures/responses/${instrument}`, { answers });

describe("instruments", () => {
  it("serves every questionnaire's items and options from the library", async () => {
    const { client } = await signedInClient(t);
    const res = await client.get<{ instruments: MeasureDefinition[] }>("/api/measures/instruments");
    expect(res.status).toBe(200);
    expect(res.body.instruments.map((i) => [i.id, i.items.length])).toEqual([
      ["phq9", 9],
      ["gad7", 7],
      ["who5", 5],
      ["pss10", 10],
    ]);
    const phq = res.body.instruments[0];
    expect(phq?.options.map((o) => o.value)).toEqual([0, 1, 2, 3]);
    expect(phq?.unscored.map((u) => u.id)).toEqual(["difficulty"]);
    expect(res.body.instruments[2]).toMatchObject({ scale: "percentage", polarity: "higher-is-better" });
    expect(phq?.bands.map((b) => [b.band, b.min, b.max])).toEqual([
      ["minimal", 0, 4],
      ["mild", 5, 9],
      ["moderate", 10, 14],
      ["moderately-severe", 15, 19],
      ["severe", 20, 27],
    ]);
    // The WHO-5 is banded on its percentage, the scale its history is kept on.
    expect(res.body.instruments[2]?.bands.at(-1)).toMatchObject({ min: 51, max: 100 });
  });
});

describe("saving responses", () => {
  it("keeps an incomplete questionnaire as one draft, never scored", async () => {
    const { client, user } = await signedInClient(t);
    const first = await save(client, "gad7", { item1: 2, item2: 3 });
    expect(first.status).toBe(200);
    expect(first.body.response).toMatchObject({ status: "draft", result: null, completedAt: null });
    expect(first.body.response.missing).toEqual(["item3", "item4", "item5", "item6", "item7"]);
    const second = await save(client, "gad7", { item1: 2, item2: 3, item3: 1, item4: null });
    expect(second.body.response.id).toBe(first.body.response.id);
    expect(second.body.response.answers).toEqual({ item1: 2, item2: 3, item3: 1 });
    const rows = await t.ctx.db.selectFrom("measure_responses").selectAll().where("user_id", "=", user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "draft", total: null, score: null, band: null });
    const history = await client.get<MeasureHistory>("/api/measures/history");
    expect(history.body.instruments.every((i) => i.results.length === 0)).toBe(true);
    expect(history.body.drafts.map((d) => d.id)).toEqual([first.body.response.id]);
  });

  it("scores a complete questionnaire with its band, completing the draft, and never changes it after", async () => {
    const { client } = await signedInClient(t);
    const draft = await save(client, "phq9", { item1: 2 });
    const done = await save(client, "phq9", phq9([2, 2, 1, 1, 1, 1, 1, 1, 0]));
    expect(done.body.response).toMatchObject({
      id: draft.body.response.id,
      status: "complete",
      missing: [],
      result: { total: 10, score: 10, band: "moderate", bandLabel: "Moderate depression" },
    });
    expect(done.body.screeningRequired).toBe(false);
    clock.advance(MINUTE);
    const again = await save(client, "phq9", phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(again.body.response.id).not.toBe(done.body.response.id);
    expect(again.body.response.result).toMatchObject({ total: 0, band: "minimal" });
    const history = await client.get<MeasureHistory>("/api/measures/history");
    const series = history.body.instruments.find((i) => i.instrument === "phq9")?.results;
    expect(series?.map((r) => [r.id, r.total])).toEqual([
      [done.body.response.id, 10],
      [again.body.response.id, 0],
    ]);
    // The next check-in is due four weeks after the newest result; never taken means no date yet.
    const due = (id: string) => history.body.instruments.find((i) => i.instrument === id)?.nextDueAt;
    const newest = series?.at(-1)?.completedAt ?? "";
    expect(due("phq9")).toBe(new Date(new Date(newest).getTime() + 28 * 24 * 60 * 60 * 1000).toISOString());
    expect(due("gad7")).toBeNull();
  });

  it("scores the WHO-5 on the percentage scale", async () => {
    const { client } = await signedInClient(t);
    const res = await save(client, "who5", { item1: 1, item2: 2, item3: 1, item4: 2, item5: 1 });
    expect(res.body.response.result).toMatchObject({ total: 7, score: 28, band: "likely-depression" });
  });

  it("refuses answers the questionnaire does not have, and unknown questionnaires", async () => {
    const { client } = await signedInClient(t);
    const bad = await save(client, "phq9", { item1: 4 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { details: [{ field: "body.answers.item1" }] } });
    expect((await save(client, "phq9", { item10: 1 })).status).toBe(400);
    expect((await save(client, "bdi2", { item1: 1 })).status).toBe(404);
    expect((await client.put("/api/measures/responses/phq9", { answers: { item1: 1 }, extra: 1 })).status).toBe(400);
  });
});

describe("PHQ-9 item 9", () => {
  it("above 0, even in a draft, asks for the screening at once and notifies the member once", async () => {
    const { client, user } = await signedInClient(t);
    const before = await client.get<ScreeningStatus>("/api/screening/status");
    expect(before.body.dueReason).toBe("never_screened");
    const draft = await save(client, "phq9", { item9: 1 });
    expect(draft.body).toMatchObject({ screeningRequired: true, response: { status: "draft" } });
    await save(client, "phq9", { item9: 2, item1: 0 });
    const status = await client.get<ScreeningStatus>("/api/screening/status");
    expect(status.body).toMatchObject({ due: true, dueReason: "requested" });
    const notices = await t.ctx.db.selectFrom("notifications").selectAll().where("user_id", "=", user.id).execute();
    expect(notices.filter((n) => n.title === "Please answer a few safety questions")).toHaveLength(1);

    await client.put("/api/screening/current", { answers: { q1: false, q2: false, q6: false } });
    await client.post("/api/screening/current/submit", {});
    expect((await client.get<ScreeningStatus>("/api/screening/status")).body).toMatchObject({ due: false });

    const complete = await save(client, "phq9", phq9([0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(complete.body).toMatchObject({ screeningRequired: true, response: { status: "complete" } });
    expect((await client.get<ScreeningStatus>("/api/screening/status")).body.dueReason).toBe("requested");
  });

  it("at 0 asks for nothing, whatever the total", async () => {
    const { client } = await signedInClient(t);
    const res = await save(client, "phq9", phq9([3, 3, 3, 3, 3, 3, 3, 3, 0]));
    expect(res.body).toMatchObject({ screeningRequired: false, response: { result: { band: "severe" } } });
    expect((await client.get<ScreeningStatus>("/api/screening/status")).body.dueReason).toBe("never_screened");
  });
});

describe("history", () => {
  it("gives change since baseline with the reliable-change flag, per instrument, own results only", async () => {
    const { client } = await signedInClient(t);
    const other = await signedInClient(t);
    await save(other.client, "phq9", phq9([3, 3, 3, 3, 3, 3, 3, 3, 0]));
    const start = clock.now();
    try {
      await save(client, "phq9", phq9([2, 2, 2, 2, 2, 2, 2, 1, 0])); // 15 baseline
      clock.advance(DAY);
      await save(client, "phq9", phq9([2, 2, 2, 2, 1, 1, 1, 1, 0])); // 12: -3, not reliable
      clock.advance(DAY);
      await save(client, "phq9", phq9([1, 1, 1, 1, 1, 1, 1, 1, 0])); // 8: -7, reliable
      await save(client, "who5", { item1: 1, item2: 1, item3: 1, item4: 1, item5: 1 }); // 20%
      clock.advance(MINUTE);
      await save(client, "who5", { item1: 2, item2: 2, item3: 2, item4: 2, item5: 2 }); // 40%
    } finally {
      clock.set(start);
    }
    const res = await client.get<MeasureHistory>("/api/measures/history");
    const phq = res.body.instruments.find((i) => i.instrument === "phq9")?.results ?? [];
    expect(phq.map((r) => [r.total, r.isBaseline, r.change.delta, r.change.reliable, r.change.direction])).toEqual([
      [15, true, 0, false, "no reliable change"],
      [12, false, -3, false, "no reliable change"],
      [8, false, -7, true, "improved"],
    ]);
    const who = res.body.instruments.find((i) => i.instrument === "who5")?.results ?? [];
    expect(who.map((r) => [r.score, r.change.delta, r.change.direction])).toEqual([
      [20, 0, "no reliable change"],
      [40, 20, "improved"],
    ]);
  });
});
