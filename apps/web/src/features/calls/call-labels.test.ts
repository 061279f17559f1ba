import type { CallRecord } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { describeCall, formatDuration } from "./call-labels.js";

const call = (patch: Partial<CallRecord>): CallRecord => ({
  id: "c1",
  conversationId: "k1",
  callerId: "me",
  calleeId: "them",
  media: "video",
  startedAt: "2026-11-27T12:00:00.000Z",
  answeredAt: null,
  endedAt: "2026-11-27T12:00:30.000Z",
  endReason: "missed",
  durationSeconds: null,
  ...patch,
});

describe("call labels", () => {
  it("formats durations as m:ss or h:mm:ss", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(75)).toBe("1:15");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("describes a call from the viewer's side", () => {
    expect(describeCall(call({ answeredAt: "x", durationSeconds: 245, endReason: "hangup" }), "me")).toBe(
      "Outgoing video call, 4:05",
    );
    expect(describeCall(call({ media: "audio" }), "them")).toBe("Missed audio call");
    expect(describeCall(call({}), "me")).toBe("Unanswered video call");
    expect(describeCall(call({ endReason: "declined" }), "them")).toBe("You declined a video call");
    expect(describeCall(call({ endReason: "busy" }), "me")).toBe("Unanswered video call (busy)");
    expect(describeCall(call({ endedAt: null, endReason: null }), "them")).toBe("Incoming video call, in progress");
  });
});
