import type { CallEndReason, CallMedia } from "@mentalverse/shared";

/**
 * starting: getting the camera and sending the invite; outgoing: ringing the other member;
 * incoming: they are ringing us; connecting: answered, media not flowing yet; connected: flowing.
 */
export type CallPhase = "idle" | "starting" | "outgoing" | "incoming" | "connecting" | "connected" | "ended";

export interface CallState {
  phase: CallPhase;
  callId: string | null;
  conversationId: string | null;
  /** The other member's display name. */
  peerName: string;
  media: CallMedia;
  direction: "outgoing" | "incoming";
  micOn: boolean;
  cameraOn: boolean;
  sharing: boolean;
  localStream: MediaStream | null;
  remoteStream: MediaStream | null;
  /** Whether the other side is sending a picture (camera or screen) worth showing. */
  remoteVideo: boolean;
  /** Date.now() when media first flowed; the call timer counts from it. */
  connectedAt: number | null;
  endReason: CallEndReason | null;
  /** Why the call could not start or went wrong, in words for the member. */
  problem: string | null;
}

export const IDLE: CallState = {
  phase: "idle",
  callId: null,
  conversationId: null,
  peerName: "",
  media: "audio",
  direction: "outgoing",
  micOn: true,
  cameraOn: true,
  sharing: false,
  localStream: null,
  remoteStream: null,
  remoteVideo: false,
  connectedAt: null,
  endReason: null,
  problem: null,
};

/** A call that holds the member's attention: a new one cannot start, an incoming one gets busy. */
export const isActive = (phase: CallPhase) => phase !== "idle" && phase !== "ended";
