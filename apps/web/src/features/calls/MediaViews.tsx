import { useEffect, useRef } from "react";

/** A stream's picture; sound goes through RemoteAudio so a video element never doubles it. */
export function VideoView({
  stream,
  label,
  mirrored,
}: {
  stream: MediaStream | null;
  label: string;
  mirrored?: boolean;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== stream) ref.current.srcObject = stream;
  }, [stream]);
  return (
    <video
      ref={ref}
      autoPlay
      playsInline
      muted
      aria-label={label}
      style={{
        width: "100%",
        height: "100%",
        objectFit: "cover",
        background: "var(--mantine-color-dark-7)",
        borderRadius: "var(--mantine-radius-sm)",
        transform: mirrored ? "scaleX(-1)" : undefined,
      }}
    />
  );
}

/** The other side's voice. The member started or accepted the call, so the browser lets it play. */
export function RemoteAudio({ stream }: { stream: MediaStream | null }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== stream) ref.current.srcObject = stream;
  }, [stream]);
  // biome-ignore lint/a11y/useMediaCaption: a live call has no captions to offer
  return <audio ref={ref} autoPlay hidden />;
}
