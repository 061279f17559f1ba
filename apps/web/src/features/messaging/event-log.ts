import type { ConversationEvent, EventPage } from "@mentalverse/shared";

/**
 * The part of a conversation's log this device holds, by seq, so a repeat (the socket and a
 * resync both delivering an event) is kept once. `newest` is the highest seq with nothing missing
 * before it (down to `oldest`): everything after it is what a resync fetches.
 */
export class EventLog {
  private readonly events = new Map<number, ConversationEvent>();
  newest = 0;
  oldest = 0;

  /** The latest page, on opening the conversation. */
  startWith(page: EventPage) {
    this.addAll(page.events);
    this.oldest = page.events[0]?.seq ?? 0;
    this.newest = Math.max(this.newest, page.events.at(-1)?.seq ?? 0);
    this.advance();
  }

  /** One live event; false when it leaves a gap behind it (something was missed: resync). */
  add(event: ConversationEvent): boolean {
    this.events.set(event.seq, event);
    if (event.seq > this.newest + 1) return false;
    this.advance();
    return true;
  }

  /** A page of events?after=newest: the server's answer is complete up to its last event. */
  addAfter(page: EventPage) {
    this.addAll(page.events);
    this.newest = Math.max(this.newest, page.events.at(-1)?.seq ?? this.newest);
    if (this.oldest === 0) this.oldest = page.events[0]?.seq ?? 0;
    this.advance();
  }

  /** A page of events?before=oldest (history going back). */
  addBefore(page: EventPage) {
    this.addAll(page.events);
    this.oldest = page.events[0]?.seq ?? this.oldest;
  }

  ascending(): ConversationEvent[] {
    return [...this.events.values()].sort((a, b) => a.seq - b.seq);
  }

  private addAll(events: ConversationEvent[]) {
    for (const event of events) this.events.set(event.seq, event);
  }

  private advance() {
    while (this.events.has(this.newest + 1)) this.newest += 1;
  }
}
