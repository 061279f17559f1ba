const TYPING_SHOWN_MS = 4000;

/** Who is typing now: each signal shows a member for a few seconds; their message ends it at once. */
export class TypingTracker {
  private readonly until = new Map<string, number>();
  private shown: string[] = [];

  constructor(private readonly onChange: (typing: string[]) => void) {}

  show(userId: string) {
    this.until.set(userId, Date.now() + TYPING_SHOWN_MS);
    this.update();
    setTimeout(() => this.update(), TYPING_SHOWN_MS + 50);
  }

  stop(userId: string) {
    if (this.until.delete(userId)) this.update();
  }

  private update() {
    const now = Date.now();
    const typing = [...this.until].filter(([, until]) => until > now).map(([userId]) => userId);
    if (typing.join() === this.shown.join()) return;
    this.shown = typing;
    this.onChange(typing);
  }
}
