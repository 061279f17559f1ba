/**
 * Binary min-heap of node ids keyed by an external Float64Array, with decrease-key. Equal keys are
 * ordered by node id, so the order of pops never depends on insertion history details: one more
 * guarantee that the same input gives the same output.
 */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  /** Position of each node in `heap`, or -1 when absent. */
  private readonly pos: Int32Array;
  size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  contains(node: number): boolean {
    return this.pos[node]! >= 0;
  }

  peek(): number {
    return this.heap[0]!;
  }

  push(node: number): void {
    const at = this.size++;
    this.heap[at] = node;
    this.pos[node] = at;
    this.up(at);
  }

  /** Call after lowering key[node] of a node in the heap. */
  decrease(node: number): void {
    this.up(this.pos[node]!);
  }

  pop(): number {
    const top = this.heap[0]!;
    this.pos[top] = -1;
    const last = this.heap[--this.size]!;
    if (this.size > 0) {
      this.heap[0] = last;
      this.pos[last] = 0;
      this.down(0);
    }
    return top;
  }

  /** Empties the heap in O(size), leaving it ready for the next search. */
  clear(): void {
    for (let k = 0; k < this.size; k++) this.pos[this.heap[k]!] = -1;
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  private up(at: number): void {
    const node = this.heap[at]!;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.heap[parentAt]!;
      if (!this.less(node, parent)) break;
      this.heap[at] = parent;
      this.pos[parent] = at;
      at = parentAt;
    }
    this.heap[at] = node;
    this.pos[node] = at;
  }

  private down(at: number): void {
    const node = this.heap[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(this.heap[child + 1]!, this.heap[child]!)) child++;
      const c = this.heap[child]!;
      if (!this.less(c, node)) break;
      this.heap[at] = c;
      this.pos[c] = at;
      at = child;
    }
    this.heap[at] = node;
    this.pos[node] = at;
  }
}
