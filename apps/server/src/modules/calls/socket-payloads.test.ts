import { describe, expect, it } from "vitest";
import { InvitePayloadSchema, SignalPayloadSchema } from "./socket-payloads.js";

const callId = "4f1c2b7e-0a9d-4c3b-8e21-6d5f7a8b9c01";
const deviceId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const signature = "A".repeat(86);

describe("call socket payloads", () => {
  it("keep the device's signature on invites and signals, so the relay passes it on unchanged", () => {
    const invite = { conversationId: callId, media: "video", sdp: "v=0 offer", deviceId, signature };
    expect(InvitePayloadSchema.parse(invite)).toEqual(invite);
    const signal = { callId, type: "answer", sdp: "v=0 answer", deviceId, signature };
    expect(SignalPayloadSchema.parse(signal)).toEqual(signal);
  });

  it("accept descriptions without one (the receiving browser refuses those, not the server)", () => {
    expect(SignalPayloadSchema.safeParse({ callId, type: "offer", sdp: "v=0" }).success).toBe(true);
    expect(InvitePayloadSchema.safeParse({ conversationId: callId, media: "audio", sdp: "v=0" }).success).toBe(true);
  });

  it("refuse a malformed device id or signature", () => {
    const signal = { callId, type: "answer", sdp: "v=0" };
    const field = (payload: unknown) => SignalPayloadSchema.safeParse(payload).error?.issues[0]?.path.join(".");
    expect(field({ ...signal, deviceId: "not-a-device", signature })).toBe("deviceId");
    expect(field({ ...signal, deviceId, signature: "short" })).toBe("signature");
    expect(field({ ...signal, deviceId, signature: `${"A".repeat(85)}=` })).toBe("signature");
    expect(
      InvitePayloadSchema.safeParse({ conversationId: callId, media: "audio", sdp: "v=0", extra: 1 }).success,
    ).toBe(false);
  });
});
