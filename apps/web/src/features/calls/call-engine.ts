import type { CallEnded, CallEndReason, CallIce, CallIncoming, CallMedia, CallSignal } from "@mentalverse/shared";
import type { RealtimeSocket } from "../../lib/socket.js";
import type { StoredDevice } from "../messaging/keystore.js";
import { fetchCallPeer, verifyInvite, verifySignal } from "./call-device.js";
import { type CallState, IDLE, isActive } from "./call-state.js";
import {
  type CallPeer,
  NO_DEVICE_PROBLEM,
  noPeerDeviceProblem,
  signedInvite,
  signedSignal,
  unverifiedCallProblem,
} from "./call-verification.js";
import { fetchIceServers } from "./calls-queries.js";
import { openLocalMedia, openScreen, stopStream } from "./media.js";
import { PeerLink } from "./peer-link.js";

const ACK_TIMEOUT_MS = 10_000;
/** How long the "call ended" panel stays before it tidies itself away. */
const ENDED_PANEL_MS = 8000;

/** Fail closed: accept() before the invite was checked finds this. */
const UNCHECKED = Promise.resolve<string | null>("This call could not be verified.");

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : "The call could not be set up.";

/**
 * The member's one call at a time: media, the peer connection and signalling over the socket.
 * A single instance lives for the page (CallHost attaches the socket, CallControls starts calls);
 * React reads it through useCallState(). Every SDP description is signed by this browser's messaging
 * device and every one received is checked against the other member's devices before the browser
 * sees it (call-verification.ts); anything else ends the call.
 */
export class CallEngine {
  private state: CallState = IDLE;
  private readonly listeners = new Set<() => void>();
  private socket: RealtimeSocket | null = null;
  /** The signed-in member, and for the call in progress the device that signs and the peer that must. */
  private me: string | null = null;
  private device: StoredDevice | null = null;
  private peer: CallPeer | null = null;
  /** Whether the invite's offer checked out: null when it did, else why not (read by accept()). */
  private incomingCheck = UNCHECKED;
  /** Descriptions are handled one at a time, in the order they came, though checking one may wait for the network. */
  private signals: Promise<void> = Promise.resolve();
  private link: PeerLink | null = null;
  private offer = "";
  /**
   * Local candidates are held until the server knows this socket is in the call: for the caller
   * the invite's ack (which brings the call id), for the callee the answer's ack.
   */
  private localIce: (string | null)[] = [];
  private iceOpen = false;
  /** Remote candidates that arrive while the incoming call still rings (no peer connection yet). */
  private earlyIce: string[] = [];
  private camera: MediaStreamTrack | null = null;
  private screen: MediaStreamTrack | null = null;
  private clearTimer: ReturnType<typeof setTimeout> | undefined;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.state;
  /** Read after an await: the phase may have moved on meanwhile. */
  private phaseNow = () => this.state.phase;

  private set(patch: Partial<CallState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Listens for call events on the member's socket; returns the detach function. */
  attach(socket: RealtimeSocket, userId: string): () => void {
    this.socket = socket;
    this.me = userId;
    const onIncoming = (payload: CallIncoming) => this.onIncoming(payload);
    const onSignal = (payload: CallSignal) => {
      this.signals = this.signals.then(() => this.onSignal(payload));
    };
    const onIce = (payload: CallIce) => this.onIce(payload);
    const onEnded = (payload: CallEnded) => {
      // Already over here (this side ended it, perhaps refusing it): keep our reason on the panel.
      if (payload.callId !== this.state.callId || this.state.phase === "ended") return;
      // Still ringing here: the caller gave up, or another tab of ours answered. Stop quietly.
      if (this.state.phase === "incoming") this.reset({});
      else this.finish(payload.reason);
    };
    // The server ends a call whose socket went away; this side learns it here.
    const onDisconnect = () => {
      if (isActive(this.state.phase)) this.finish("disconnected");
    };
    socket.on("call:incoming", onIncoming);
    socket.on("call:signal", onSignal);
    socket.on("call:ice", onIce);
    socket.on("call:ended", onEnded);
    socket.on("disconnect", onDisconnect);
    return () => {
      socket.off("call:incoming", onIncoming);
      socket.off("call:signal", onSignal);
      socket.off("call:ice", onIce);
      socket.off("call:ended", onEnded);
      socket.off("disconnect", onDisconnect);
      if (this.socket === socket) {
        this.socket = null;
        onDisconnect();
      }
    };
  }

  get ready(): boolean {
    return this.socket !== null;
  }

  /**
   * Calls the other member of a pair conversation. Needs this browser's messaging device to sign
   * the offer: without one there is no call (an unsigned fallback is what an attacker would force).
   */
  async start(
    conversation: { id: string; title: string },
    media: CallMedia,
    device: StoredDevice | null,
  ): Promise<void> {
    const socket = this.socket;
    if (!socket || isActive(this.state.phase)) return;
    this.reset({
      phase: "starting",
      direction: "outgoing",
      conversationId: conversation.id,
      peerName: conversation.title,
      media,
    });
    if (!device) return this.finish("failed", NO_DEVICE_PROBLEM);
    try {
      const [iceServers, peer] = await Promise.all([fetchIceServers(), fetchCallPeer(conversation.id, device.userId)]);
      if (this.phaseNow() !== "starting") return;
      if (!peer) return this.finish("failed", "There is no one else in this conversation to call.");
      if (peer.devices.length === 0) return this.finish("failed", noPeerDeviceProblem(peer.name));
      this.device = device;
      this.peer = peer;
      const local = await openLocalMedia(media);
      // The member may have hung up while the browser asked for the camera.
      if (this.phaseNow() !== "starting") return stopStream(local);
      this.adoptLocal(local);
      this.link = this.newLink(iceServers, local, false);
      const sdp = await this.link.makeOffer();
      this.set({ phase: "outgoing" });
      const invite = signedInvite(device, conversation.id, media, sdp);
      const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck("call:invite", invite);
      if (!ack.ok) return this.finish("failed", ack.error);
      if (this.phaseNow() !== "outgoing") {
        // Hung up while the invite was on its way.
        socket.emit("call:end", { callId: ack.value.callId, reason: "hangup" });
        return;
      }
      this.set({ callId: ack.value.callId });
      this.openIce();
    } catch (error) {
      if (isActive(this.state.phase)) this.finish("failed", messageOf(error));
    }
  }

  /** Answers the ringing call, once its offer proved to come from the caller's device; `device` signs the answer. */
  async accept(device: StoredDevice | null): Promise<void> {
    const { callId, media } = this.state;
    const socket = this.socket;
    if (this.state.phase !== "incoming" || !callId || !socket || !device) return;
    this.set({ phase: "connecting" });
    try {
      const problem = await this.incomingCheck;
      if (this.phaseNow() !== "connecting") return;
      if (problem) return this.refuse(problem);
      this.device = device;
      const iceServers = await fetchIceServers();
      const local = await openLocalMedia(media);
      if (this.phaseNow() !== "connecting") return stopStream(local);
      this.adoptLocal(local);
      const link = this.newLink(iceServers, local, true);
      this.link = link;
      const sdp = (await link.takeOffer(this.offer)) ?? "";
      for (const candidate of this.earlyIce.splice(0)) await link.addRemoteCandidate(candidate);
      const answer = signedSignal(device, callId, "answer", sdp);
      const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck("call:signal", answer);
      if (!ack.ok) return this.finish("failed", ack.error);
      this.openIce();
    } catch (error) {
      if (isActive(this.state.phase)) this.hangUp("failed", messageOf(error));
    }
  }

  decline(): void {
    if (this.state.phase !== "incoming" || !this.state.callId) return;
    this.socket?.emit("call:end", { callId: this.state.callId, reason: "declined" });
    this.reset({});
  }

  hangUp(reason: "hangup" | "failed" = "hangup", problem: string | null = null): void {
    if (!isActive(this.state.phase)) return;
    if (this.state.callId) this.socket?.emit("call:end", { callId: this.state.callId, reason });
    this.finish(reason, problem);
  }

  /** Closes the "call ended" panel. */
  dismiss(): void {
    if (this.state.phase === "ended") this.reset({});
  }

  toggleMic(): void {
    const track = this.state.localStream?.getAudioTracks()[0];
    if (!track) return;
    track.enabled = !track.enabled;
    this.set({ micOn: track.enabled });
  }

  toggleCamera(): void {
    if (!this.camera) return;
    this.camera.enabled = !this.camera.enabled;
    this.set({ cameraOn: this.camera.enabled });
  }

  async toggleScreenShare(): Promise<void> {
    const link = this.link;
    if (!link || !isActive(this.state.phase)) return;
    if (this.screen) return this.stopSharing();
    try {
      const screen = await openScreen();
      if (!screen) return;
      if (this.link !== link) return screen.stop();
      this.screen = screen;
      // The browser's own "Stop sharing" button ends the track.
      screen.onended = () => void this.stopSharing();
      const preview = new MediaStream([...(this.state.localStream?.getAudioTracks() ?? []), screen]);
      this.set({ sharing: true, localStream: preview });
      if (await link.shareScreen(screen, preview)) await this.renegotiate();
    } catch (error) {
      this.set({ problem: messageOf(error) });
    }
  }

  private async stopSharing(): Promise<void> {
    const screen = this.screen;
    const link = this.link;
    if (!screen) return;
    this.screen = null;
    screen.onended = null;
    screen.stop();
    const audio = this.state.localStream?.getAudioTracks() ?? [];
    this.set({ sharing: false, localStream: new MediaStream([...audio, ...(this.camera ? [this.camera] : [])]) });
    if (link && (await link.stopScreen(this.camera))) await this.renegotiate();
  }

  private async renegotiate(): Promise<void> {
    const { callId } = this.state;
    const device = this.device;
    if (!this.link || !callId || !device) return;
    const sdp = await this.link.makeOffer();
    this.socket?.emit("call:signal", signedSignal(device, callId, "offer", sdp));
  }

  private onIncoming(payload: CallIncoming): void {
    if (isActive(this.state.phase)) {
      this.socket?.emit("call:end", { callId: payload.callId, reason: "busy" });
      return;
    }
    this.reset({
      phase: "incoming",
      direction: "incoming",
      callId: payload.callId,
      conversationId: payload.conversationId,
      peerName: payload.fromName,
      media: payload.media,
    });
    this.offer = payload.sdp;
    // It rings at once; the check runs meanwhile, and Accept waits for it.
    const check = (this.me ? verifyInvite(payload, this.me) : Promise.resolve(null)).then((peer) => {
      const current = this.state.callId === payload.callId;
      if (peer && current) this.peer = peer;
      const problem = peer ? null : unverifiedCallProblem(payload.fromName);
      if (problem && current && this.state.phase === "incoming") this.refuse(problem);
      return problem;
    });
    this.incomingCheck = check;
  }

  private async onSignal(signal: CallSignal): Promise<void> {
    const link = this.link;
    const device = this.device;
    if (signal.callId !== this.state.callId || !link || !device) return;
    try {
      const { peer, me } = this;
      const { conversationId } = this.state;
      const from = peer && me && conversationId ? await verifySignal(signal, peer, conversationId, me) : null;
      if (this.link !== link) return;
      if (!from) return this.refuse(unverifiedCallProblem(this.state.peerName));
      this.peer = from;
      if (signal.type === "answer") {
        await link.takeAnswer(signal.sdp);
        if (this.state.phase === "outgoing") this.set({ phase: "connecting" });
        return;
      }
      const answer = await link.takeOffer(signal.sdp);
      if (answer === null) return;
      this.socket?.emit("call:signal", signedSignal(device, signal.callId, "answer", answer));
    } catch (error) {
      this.hangUp("failed", messageOf(error));
    }
  }

  private onIce({ callId, candidate }: CallIce): void {
    if (callId !== this.state.callId || candidate === null) return;
    if (this.link) void this.link.addRemoteCandidate(candidate);
    else this.earlyIce.push(candidate);
  }

  private newLink(iceServers: RTCIceServer[], local: MediaStream, polite: boolean): PeerLink {
    const link: PeerLink = new PeerLink(
      iceServers,
      local,
      {
        onLocalCandidate: (candidate) => {
          if (this.link !== link) return;
          const { callId } = this.state;
          if (this.iceOpen && callId) this.socket?.emit("call:ice", { callId, candidate });
          else this.localIce.push(candidate);
        },
        onRemoteChange: () => {
          if (this.link === link) this.set({ remoteStream: link.remote, remoteVideo: link.remoteHasVideo() });
        },
        onConnectionState: (connection) => {
          if (this.link !== link) return;
          if (connection === "connected")
            this.set({ phase: "connected", connectedAt: this.state.connectedAt ?? Date.now() });
          if (connection === "failed") this.hangUp("failed", "The connection to the other side was lost.");
        },
      },
      polite,
    );
    this.set({ remoteStream: link.remote });
    return link;
  }

  private openIce(): void {
    const { callId } = this.state;
    if (!callId || !this.socket) return;
    this.iceOpen = true;
    for (const candidate of this.localIce.splice(0)) this.socket.emit("call:ice", { callId, candidate });
  }

  private adoptLocal(local: MediaStream): void {
    this.camera = local.getVideoTracks()[0] ?? null;
    this.set({ localStream: local, micOn: true, cameraOn: this.camera !== null });
  }

  /**
   * Ends a call whose signalling did not prove to come from the other member's device. The panel
   * stays until the member closes it: they should read why.
   */
  private refuse(problem: string): void {
    if (!isActive(this.state.phase)) return;
    if (this.state.callId) this.socket?.emit("call:end", { callId: this.state.callId, reason: "failed" });
    this.finish("failed", problem, true);
  }

  private finish(reason: CallEndReason, problem: string | null = null, keepPanel = false): void {
    this.release();
    this.set({ phase: "ended", endReason: reason, problem: problem ?? this.state.problem, remoteVideo: false });
    clearTimeout(this.clearTimer);
    if (!keepPanel) this.clearTimer = setTimeout(() => this.dismiss(), ENDED_PANEL_MS);
  }

  private release(): void {
    this.link?.close();
    this.link = null;
    this.screen?.stop();
    this.screen = null;
    this.camera?.stop();
    this.camera = null;
    stopStream(this.state.localStream);
    this.localIce = [];
    this.iceOpen = false;
    this.earlyIce = [];
    this.offer = "";
    this.device = null;
    this.peer = null;
    this.incomingCheck = UNCHECKED;
  }

  private reset(patch: Partial<CallState>): void {
    clearTimeout(this.clearTimer);
    this.release();
    this.state = { ...IDLE, ...patch };
    for (const listener of this.listeners) listener();
  }
}

export const callEngine = new CallEngine();
