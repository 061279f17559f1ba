import type { ConversationEvent } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { AppError } from "../../lib/errors.js";
import { presentEvent } from "./presenter.js";
import { type ItemResult, storeEventBatch, type WriteItem } from "./store-event-batch.js";

/** How long an idle lane waits for more sends before it writes, and the most one transaction takes. */
export const BATCH_WINDOW_MS = 1;
export const MAX_BATCH = 256;
/**
 * Lanes write in parallel, each owning a share of the conversations (so one conversation's order holds).
 * Four were tried (bench:realtime, 2 shared cores): smaller batches, and better throughput and p99
 * than two in only one of four short runs (docs/benchmarks.md); so two.
 */
const POSTGRES_LANES = 2;
const RETRYABLE = new Set(["40P01", "40001"]);

/** Pushes a new event to these members' sockets, all but the one the send came in on (socket.ts). */
export type PushExceptSender = (userIds: string[], event: ConversationEvent) => void;

/** A stored item as its sender hears it: the row, the event presented once for the ack and the push. */
export type Written = Extract<ItemResult, { ok: true }> & { event: ConversationEvent };

interface Pending {
  item: WriteItem;
  /** The socket the send came in on: it hears the ack, so the push skips it (its other tabs still get it). */
  from?: PushExceptSender;
  resolve: (result: Written) => void;
  reject: (error: unknown) => void;
}

/**
 * Answer to a send while the process already holds its maximum of waiting ones: retry (same clientId)
 * shortly. Built once: under overload refusals come by the thousand, and each new Error takes a stack.
 */
export const WRITER_BUSY = new AppError(503, "unavailable", "busy, retry", [
  { field: "conversationId", reason: "too many sends waiting" },
]);

class Lane {
  private queue: Pending[] = [];
  private busy = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly settled: (count: number) => void,
  ) {}

  add(pending: Pending): void {
    this.queue.push(pending);
    if (this.busy) return; // the running batch starts the next one when it ends
    if (this.queue.length >= MAX_BATCH) {
      this.flushNow();
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flushNow(), BATCH_WINDOW_MS);
    }
  }

  private flushNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.busy || this.queue.length === 0) return;
    this.busy = true;
    const batch = this.queue.splice(0, MAX_BATCH);
    this.write(batch)
      .catch((error) => this.ctx.log.error({ err: error }, "conversation event batch failed after storing"))
      .finally(() => {
        this.busy = false;
        // Sends that arrived meanwhile have waited a whole batch already: write them at once.
        if (this.queue.length > 0) this.flushNow();
      });
  }

  private async write(batch: Pending[]): Promise<void> {
    let results: ItemResult[];
    try {
      results = await this.store(batch.map((p) => p.item));
    } catch (error) {
      // Nothing of this batch was stored: every sender hears so and may retry with the same client id.
      this.ctx.log.error({ err: error, size: batch.length }, "could not store a batch of conversation events");
      this.settled(batch.length);
      for (const pending of batch) pending.reject(error);
      return;
    }
    this.settled(batch.length);
    const events = results.map((result) => (result.ok ? presentEvent(result.row) : undefined));
    batch.forEach((pending, i) => {
      const result = results[i] as ItemResult;
      if (result.ok) pending.resolve({ ...result, event: events[i] as ConversationEvent });
      else pending.reject(result.error);
    });
    // Acknowledged above, pushed here, in number order: only new events, never a retry's second copy.
    batch.forEach((pending, i) => {
      const result = results[i] as ItemResult;
      if (!result.ok || !result.created) return;
      const event = events[i] as ConversationEvent;
      if (pending.from) pending.from(result.pushTo, event);
      else this.ctx.realtime.emitToUsers(result.pushTo, "conversation:event", event);
    });
  }

  private async store(items: WriteItem[]): Promise<ItemResult[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.ctx.database.transaction((trx) => storeEventBatch(trx, items, this.ctx.clock));
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (attempt >= 3 || typeof code !== "string" || !RETRYABLE.has(code)) throw error;
      }
    }
  }
}

/**
 * Group commit for the conversation log. Sends from every socket and HTTP request of this process
 * queue here; a lane gathers them for a millisecond (or until MAX_BATCH), then stores the whole batch
 * in one transaction and only then acknowledges each sender and pushes each event to the members
 * (except the sending socket, which has the ack).
 * While a batch is being written the next one gathers, so under load batches grow and the cost per
 * event falls. On PGlite (one connection) there is one lane. At most `maxPending` items wait in the
 * whole process (queued or being written); beyond that a write is refused at once with 503 "busy,
 * retry", so a flood cannot grow memory or latency without bound.
 */
export class EventWriter {
  private readonly lanes: Lane[];
  private pending = 0;
  readonly maxPending: number;

  constructor(ctx: AppContext, options: { maxPending?: number } = {}) {
    this.maxPending = options.maxPending ?? ctx.config.MESSAGING_WRITE_QUEUE_MAX;
    const count = ctx.database.kind === "pglite" ? 1 : POSTGRES_LANES;
    const settled = (n: number) => {
      this.pending -= n;
    };
    this.lanes = Array.from({ length: count }, () => new Lane(ctx, settled));
  }

  /** `from`: the push of a send that came in on a socket, skipping it (HTTP sends and notices push to all). */
  write(item: WriteItem, from?: PushExceptSender): Promise<Written> {
    // The server's own notices (membership changes already committed) are rare and always queue.
    if (item.type === "send" && this.pending >= this.maxPending) return Promise.reject(WRITER_BUSY);
    this.pending += 1;
    const lane = this.lanes[laneOf(item.conversationId, this.lanes.length)] as Lane;
    return new Promise((resolve, reject) => lane.add({ item, from, resolve, reject }));
  }

  /** Items queued or being written now. */
  get waiting(): number {
    return this.pending;
  }
}

function laneOf(conversationId: string, lanes: number): number {
  let hash = 0;
  for (let i = 0; i < conversationId.length; i++) hash = (hash * 31 + conversationId.charCodeAt(i)) | 0;
  return Math.abs(hash) % lanes;
}

const writers = new WeakMap<AppContext["database"], EventWriter>();

/** The process's writer for this database (one per app; tests build several apps). */
export function eventWriterFor(ctx: AppContext): EventWriter {
  let writer = writers.get(ctx.database);
  if (!writer) {
    writer = new EventWriter(ctx);
    writers.set(ctx.database, writer);
  }
  return writer;
}
