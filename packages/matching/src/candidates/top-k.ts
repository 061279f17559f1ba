/**
 * The k best (score, mentor) pairs seen so far: a min-heap on typed arrays with the worst at the
 * root. Equal scores rank by the mentor's id (smaller id better, via idRank), so the kept set and
 * its order never depend on the order mentors were offered.
 */
export class TopK {
  private readonly mentor: Int32Array;
  private readonly total: Float64Array;
  private readonly shared: Int32Array;
  size = 0;

  constructor(
    readonly k: number,
    private readonly idRank: Int32Array,
  ) {
    this.mentor = new Int32Array(k);
    this.total = new Float64Array(k);
    this.shared = new Int32Array(k);
  }

  get full(): boolean {
    return this.size === this.k;
  }

  clear(): void {
    this.size = 0;
  }

  /** True when (ta, a) ranks below (tb, b). */
  private worse(ta: number, a: number, tb: number, b: number): boolean {
    return ta < tb || (ta === tb && this.idRank[a]! > this.idRank[b]!);
  }

  /** Whether a mentor with this total would be kept now. */
  admits(total: number, j: number): boolean {
    if (this.k === 0) return false;
    return this.size < this.k || this.worse(this.total[0]!, this.mentor[0]!, total, j);
  }

  offer(total: number, j: number, shared: number): void {
    if (!this.admits(total, j)) return;
    if (this.size < this.k) {
      let at = this.size++;
      while (at > 0) {
        const up = (at - 1) >> 1;
        if (!this.worse(total, j, this.total[up]!, this.mentor[up]!)) break;
        this.move(up, at);
        at = up;
      }
      this.put(at, total, j, shared);
      return;
    }
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (
        child + 1 < this.size &&
        this.worse(this.total[child + 1]!, this.mentor[child + 1]!, this.total[child]!, this.mentor[child]!)
      )
        child++;
      if (!this.worse(this.total[child]!, this.mentor[child]!, total, j)) break;
      this.move(child, at);
      at = child;
    }
    this.put(at, total, j, shared);
  }

  /**
   * Writes the kept pairs, best first, into mentors[at..] and totals[at..] and empties the heap;
   * returns how many. The same order as sorted(), without allocating.
   */
  drainInto(mentors: Int32Array, totals: Float64Array, at: number): number {
    const count = this.size;
    while (this.size > 0) {
      const last = --this.size;
      mentors[at + last] = this.mentor[0]!;
      totals[at + last] = this.total[0]!;
      // Sift the last entry down from the root.
      const tj = this.mentor[last]!;
      const tt = this.total[last]!;
      const ts = this.shared[last]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= this.size) break;
        if (
          child + 1 < this.size &&
          this.worse(this.total[child + 1]!, this.mentor[child + 1]!, this.total[child]!, this.mentor[child]!)
        )
          child++;
        if (!this.worse(this.total[child]!, this.mentor[child]!, tt, tj)) break;
        this.move(child, i);
        i = child;
      }
      this.put(i, tt, tj, ts);
    }
    return count;
  }

  /** The kept pairs, best first. */
  sorted(): { mentors: Int32Array; totals: Float64Array; sharedHours: Int32Array } {
    const order = Array.from({ length: this.size }, (_, s) => s).sort((a, b) =>
      this.worse(this.total[a]!, this.mentor[a]!, this.total[b]!, this.mentor[b]!) ? 1 : -1,
    );
    return {
      mentors: Int32Array.from(order, (s) => this.mentor[s]!),
      totals: Float64Array.from(order, (s) => this.total[s]!),
      sharedHours: Int32Array.from(order, (s) => this.shared[s]!),
    };
  }

  private move(from: number, to: number): void {
    this.mentor[to] = this.mentor[from]!;
    this.total[to] = this.total[from]!;
    this.shared[to] = this.shared[from]!;
  }

  private put(at: number, total: number, j: number, shared: number): void {
    this.mentor[at] = j;
    this.total[at] = total;
    this.shared[at] = shared;
  }
}
