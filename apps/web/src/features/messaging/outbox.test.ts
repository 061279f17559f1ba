import type { SendEventRequest, SocketAck } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import type { RealtimeSocket } from "../../lib/socket.js";
import { deliver, retryDelayMs } from "./outbox.js";

/** A connected socket whose every send is answered with `ack`. */
function answering(ack: SocketAck<never> | { ok: false; status: number; error: string; retryAfter: number }) {
  const socket = {
    connected: true,
    timeout: () => ({
      emit: (_event: string, _payload: unknown, reply: (e: null, r: unknown) => void) => reply(null, ack),
    }),
  };
  return socket as unknown as RealtimeSocket;
}

const request = { clientId: "c", kind: "delete", senderDeviceId: "d", targetSeq: 1 } as SendEventRequest;

describe("outbox delivery", () => {
  it("waits 1-5 s after a 429 without a retry-after, spread at random", () => {
    expect(retryDelayMs(undefined, () => 0)).toBe(1000);
    expect(retryDelayMs(undefined, () => 0.999_999)).toBe(4999);
    expect(retryDelayMs("soon", () => 0.5)).toBe(3000);
  });

  it("respects a retry-after in seconds, at most a minute", () => {
    expect(retryDelayMs(2, () => 0)).toBe(2000);
    expect(retryDelayMs(3600, () => 0)).toBe(60_000);
    expect(retryDelayMs(-1, () => 0)).toBe(1000);
  });

  it("turns a 429 ack into a later retry, a 503 into offline, other refusals into failures", async () => {
    const later = await deliver(answering({ ok: false, status: 429, error: "slow down" }), "conv", request);
    expect(later.kind).toBe("later");
    expect(later.kind === "later" && later.afterMs >= 1000 && later.afterMs < 5000).toBe(true);
    expect(await deliver(answering({ ok: false, status: 429, error: "x", retryAfter: 7 }), "conv", request)).toEqual({
      kind: "later",
      afterMs: 7000,
    });
    expect(await deliver(answering({ ok: false, status: 503, error: "busy, retry" }), "conv", request)).toEqual({
      kind: "offline",
    });
    expect(await deliver(answering({ ok: false, status: 403, error: "muted" }), "conv", request)).toEqual({
      kind: "refused",
      status: 403,
      error: "muted",
    });
  });
});
