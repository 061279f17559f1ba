export interface PeerEvents {
  /** A local ICE candidate as JSON, or null when gathering is complete: to trickle via call:ice. */
  onLocalCandidate(candidate: string | null): void;
  /** Remote tracks arrived, or one was muted or unmuted (screen sharing started or stopped). */
  onRemoteChange(): void;
  onConnectionState(state: RTCPeerConnectionState): void;
}

/**
 * One RTCPeerConnection with the bookkeeping signalling needs: remote ICE candidates that arrive
 * before the remote description are held back, and offers that cross (both sides renegotiating at
 * once) are settled the "perfect negotiation" way: the polite side (the callee) rolls back its own.
 */
export class PeerLink {
  readonly pc: RTCPeerConnection;
  readonly remote = new MediaStream();
  /** The camera's sender in a video call: screen sharing swaps its track, no renegotiation needed. */
  private readonly cameraSender: RTCRtpSender | null = null;
  private screenSender: RTCRtpSender | null = null;
  private remoteReady = false;
  private pendingIce: string[] = [];

  constructor(
    iceServers: RTCIceServer[],
    local: MediaStream,
    events: PeerEvents,
    private readonly polite: boolean,
  ) {
    this.pc = new RTCPeerConnection({ iceServers });
    for (const track of local.getTracks()) {
      const sender = this.pc.addTrack(track, local);
      if (track.kind === "video") this.cameraSender = sender;
    }
    this.pc.onicecandidate = (event) =>
      events.onLocalCandidate(event.candidate ? JSON.stringify(event.candidate.toJSON()) : null);
    this.pc.ontrack = (event) => {
      const track = event.track;
      if (!this.remote.getTracks().includes(track)) this.remote.addTrack(track);
      track.onmute = () => events.onRemoteChange();
      track.onunmute = () => events.onRemoteChange();
      track.onended = () => events.onRemoteChange();
      events.onRemoteChange();
    };
    this.pc.onconnectionstatechange = () => events.onConnectionState(this.pc.connectionState);
  }

  /** A new offer (the first one, or a renegotiation) to send to the other side. */
  async makeOffer(): Promise<string> {
    await this.pc.setLocalDescription(await this.pc.createOffer());
    return this.pc.localDescription?.sdp ?? "";
  }

  /** The other side's offer; returns our answer, or null when ours wins a collision (impolite side). */
  async takeOffer(sdp: string): Promise<string | null> {
    if (this.pc.signalingState !== "stable") {
      if (!this.polite) return null;
      await this.pc.setLocalDescription({ type: "rollback" });
    }
    await this.pc.setRemoteDescription({ type: "offer", sdp });
    await this.remoteSet();
    await this.pc.setLocalDescription(await this.pc.createAnswer());
    return this.pc.localDescription?.sdp ?? "";
  }

  async takeAnswer(sdp: string): Promise<void> {
    if (this.pc.signalingState !== "have-local-offer") return;
    await this.pc.setRemoteDescription({ type: "answer", sdp });
    await this.remoteSet();
  }

  async addRemoteCandidate(candidate: string): Promise<void> {
    if (!this.remoteReady) {
      this.pendingIce.push(candidate);
      return;
    }
    await this.pc.addIceCandidate(JSON.parse(candidate) as RTCIceCandidateInit).catch(() => {
      // A candidate the browser cannot use (another network family, say) is simply skipped.
    });
  }

  private async remoteSet(): Promise<void> {
    if (this.remoteReady) return;
    this.remoteReady = true;
    const held = this.pendingIce.splice(0);
    for (const candidate of held) await this.addRemoteCandidate(candidate);
  }

  /** Whether the other side is sending a live, unmuted picture. */
  remoteHasVideo(): boolean {
    return this.remote.getVideoTracks().some((t) => t.readyState === "live" && !t.muted);
  }

  /**
   * Sends the screen instead of the camera. Returns true when an offer must follow (an audio call
   * gains a video track); a video call just swaps the camera sender's track.
   */
  async shareScreen(screen: MediaStreamTrack, stream: MediaStream): Promise<boolean> {
    if (this.cameraSender) {
      await this.cameraSender.replaceTrack(screen);
      return false;
    }
    this.screenSender = this.pc.addTrack(screen, stream);
    return true;
  }

  /** Back to the camera (or to no picture in an audio call); true when an offer must follow. */
  async stopScreen(camera: MediaStreamTrack | null): Promise<boolean> {
    if (this.cameraSender) {
      await this.cameraSender.replaceTrack(camera);
      return false;
    }
    if (!this.screenSender) return false;
    this.pc.removeTrack(this.screenSender);
    this.screenSender = null;
    return true;
  }

  close(): void {
    this.pc.onicecandidate = null;
    this.pc.ontrack = null;
    this.pc.onconnectionstatechange = null;
    this.pc.close();
  }
}
