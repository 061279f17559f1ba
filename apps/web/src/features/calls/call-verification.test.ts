import { generateDeviceKeys, ready, signDevice } from "@mentalverse/e2ee";
import type { ConversationDetail, MemberDevice } from "@mentalverse/shared";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { StoredDevice } from "../messaging/keystore.js";
import {
  type CallPeer,
  isFromUnknownDevice,
  isSignedByPeer,
  peerOf,
  signedInvite,
  signedSignal,
  unverifiedCallProblem,
} from "./call-verification.js";

beforeAll(ready);

const ME = "0b6f3c1e-5b8a-4b7e-9a53-2f7c2b1d9e01";
const THEM = "7c0e2a44-1d55-4f0a-8f3b-9a8e6d5c4b32";
const CONVERSATION = "5d1f8a20-6b3c-4e7d-8f90-1a2b3c4d5e6f";
const CALL = "4f1c2b7e-0a9d-4c3b-8e21-6d5f7a8b9c01";
const SDP = "v=0\r\na=fingerprint:sha-256 AB:CD:EF:01\r\n";

let n = 0;
function device(userId: string): { stored: StoredDevice; listed: MemberDevice } {
  const keys = generateDeviceKeys();
  const deviceId = `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
  const deviceSignature = signDevice(userId, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey);
  return {
    stored: { deviceId, userId, name: "Chrome on Linux", keys },
    listed: {
      deviceId,
      userId,
      boxPublicKey: keys.boxPublicKey,
      signPublicKey: keys.signPublicKey,
      deviceSignature,
      revokedAt: null,
    },
  };
}

const member = (userId: string, displayName: string) => ({
  userId,
  displayName,
  role: "member" as const,
  mutedUntil: null,
  lastReadSeq: 0,
  joinedAt: "2026-11-27T12:00:00.000Z",
});

function pair(devices: MemberDevice[]): Pick<ConversationDetail, "kind" | "members" | "devices"> {
  return { kind: "pair", members: [member(ME, "Willow"), member(THEM, "Aino")], devices };
}

describe("the other member of a call", () => {
  it("is the pair's other member with only their active, self-signed devices", () => {
    const mine = device(ME);
    const theirs = device(THEM);
    const revoked = { ...device(THEM).listed, revokedAt: "2026-11-27T12:00:00.000Z" };
    // A key of the server's listed under them, with a signature that is not by that key.
    const planted = { ...device(THEM).listed, deviceSignature: theirs.listed.deviceSignature };
    const peer = peerOf(pair([mine.listed, theirs.listed, revoked, planted]), ME);
    expect(peer).toEqual({ userId: THEM, name: "Aino", devices: [theirs.listed] });
    expect(peerOf(pair([theirs.listed]), ME, THEM)?.userId).toBe(THEM);
    // The server naming me, or someone outside the pair, as the caller; or a group.
    expect(peerOf(pair([theirs.listed]), ME, ME)).toBeNull();
    expect(peerOf(pair([theirs.listed]), ME, CALL)).toBeNull();
    expect(peerOf({ ...pair([theirs.listed]), kind: "group" }, ME)).toBeNull();
  });
});

describe("signed call descriptions", () => {
  let theirs: ReturnType<typeof device>;
  let other: ReturnType<typeof device>;
  beforeAll(() => {
    theirs = device(THEM);
    other = device(THEM);
  });
  const peer = (): CallPeer => ({ userId: THEM, name: "Aino", devices: [theirs.listed] });

  it("verify from the peer's device for this call, and refuse anything changed on the way", () => {
    fc.assert(
      fc.property(fc.constantFrom("offer", "answer" as const), fc.string({ maxLength: 500 }), (type, sdp) => {
        const signal = signedSignal(theirs.stored, CALL, type, sdp);
        expect(isSignedByPeer(peer(), { callId: CALL }, type, signal.sdp, signal)).toBe(true);
        // A server in the middle swapping the fingerprint, or moving the answer to another call.
        expect(isSignedByPeer(peer(), { callId: CALL }, type, `${sdp}a=fingerprint:x\r\n`, signal)).toBe(false);
        expect(isSignedByPeer(peer(), { callId: CONVERSATION }, type, sdp, signal)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it("refuse unsigned, unknown-device, other-member and malformed signatures", () => {
    const answer = signedSignal(theirs.stored, CALL, "answer", SDP);
    const scope = { callId: CALL };
    expect(isSignedByPeer(peer(), scope, "answer", SDP, {})).toBe(false);
    expect(isSignedByPeer(peer(), scope, "answer", SDP, { deviceId: answer.deviceId })).toBe(false);
    expect(isSignedByPeer(peer(), scope, "offer", SDP, answer)).toBe(false);
    // Signed by a device of theirs this browser does not list (yet): refused, worth one refetch.
    const byOther = signedSignal(other.stored, CALL, "answer", SDP);
    expect(isSignedByPeer(peer(), scope, "answer", SDP, byOther)).toBe(false);
    expect(isFromUnknownDevice(peer(), byOther)).toBe(true);
    expect(isFromUnknownDevice(peer(), answer)).toBe(false);
    expect(isFromUnknownDevice(peer(), {})).toBe(false);
    // A listed device id with another device's signature.
    expect(isSignedByPeer(peer(), scope, "answer", SDP, { ...byOther, deviceId: answer.deviceId })).toBe(false);
    // My own device (the server replaying my offer back at me) is not the peer.
    const mine = device(ME);
    const echoed = signedSignal(mine.stored, CALL, "offer", SDP);
    const withMine = { ...peer(), devices: [theirs.listed, mine.listed] };
    expect(isSignedByPeer(withMine, scope, "offer", SDP, echoed)).toBe(false);
    expect(isSignedByPeer(peer(), scope, "answer", SDP, { ...answer, signature: "A".repeat(86) })).toBe(false);
  });

  it("sign the invite's offer for the conversation, not a call", () => {
    const invite = signedInvite(theirs.stored, CONVERSATION, "video", SDP);
    expect(invite).toMatchObject({ conversationId: CONVERSATION, media: "video", sdp: SDP });
    expect(isSignedByPeer(peer(), { conversationId: CONVERSATION }, "offer", SDP, invite)).toBe(true);
    expect(isSignedByPeer(peer(), { callId: CONVERSATION }, "offer", SDP, invite)).toBe(false);
  });

  it("name the member in the refusal", () => {
    expect(unverifiedCallProblem("Aino")).toBe(
      "This call could not be verified as coming from Aino's device; it was ended for your safety.",
    );
  });
});
