/** Only same-site paths may be a redirect target after sign-in; anything else goes home. */
export function safeNext(next: string | null | undefined, fallback = "/home"): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (/^\/(sign-in|sign-up|setup)(\/|\?|$)/.test(next)) return fallback;
  return next;
}
