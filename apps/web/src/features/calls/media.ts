import type { CallMedia } from "@mentalverse/shared";

/** Microphone, and camera for a video call; throws a sentence the member can act on. */
export async function openLocalMedia(media: CallMedia): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new Error("This browser cannot make calls here (calls need a secure https page).");
  }
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: true, video: media === "video" });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : "";
    if (name === "NotAllowedError") {
      throw new Error(
        media === "video"
          ? "Allow this site to use your camera and microphone to call."
          : "Allow this site to use your microphone to call.",
      );
    }
    if (name === "NotFoundError") {
      throw new Error(media === "video" ? "No camera or microphone was found." : "No microphone was found.");
    }
    throw new Error("Your camera or microphone could not be started.");
  }
}

/** The screen, a window or a tab, as the member picks in the browser's own dialog; null when they cancel. */
export async function openScreen(): Promise<MediaStreamTrack | null> {
  if (!navigator.mediaDevices?.getDisplayMedia) throw new Error("This browser cannot share the screen.");
  try {
    const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    return stream.getVideoTracks()[0] ?? null;
  } catch (error) {
    if (error instanceof DOMException && error.name === "NotAllowedError") return null;
    throw new Error("Screen sharing could not be started.");
  }
}

export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
