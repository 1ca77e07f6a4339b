/**
 * The simulation's event queue: a binary min-heap kept in a plain array so it is part of the JSON state.
 * Ordered by due time, then by insertion sequence number, so two events due at the same millisecond always
 * fire in the order they were scheduled (determinism does not depend on heap internals).
 */
import type { QueuedEvent, ScheduledEvent } from './state.ts';

/** The part of the state the queue lives in. */
export interface QueueHolder {
  queue: QueuedEvent[];
  seq: number;
}

function before(a: QueuedEvent, b: QueuedEvent): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/** Adds an event due at `at` (epoch ms). */
export function schedule(holder: QueueHolder, at: number, event: ScheduledEvent): void {
  const item: QueuedEvent = { at, seq: holder.seq++, event };
  const heap = holder.queue;
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent]!;
    if (!before(item, p)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = item;
}

/** The earliest event without removing it. */
export function peek(holder: QueueHolder): QueuedEvent | undefined {
  return holder.queue[0];
}

/** Removes and returns the earliest event. */
export function pop(holder: QueueHolder): QueuedEvent | undefined {
  const heap = holder.queue;
  const top = heap[0];
  if (top === undefined) return undefined;
  const last = heap.pop()!;
  if (heap.length > 0) {
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      let candidate = last;
      if (l < n && before(heap[l]!, candidate)) {
        smallest = l;
        candidate = heap[l]!;
      }
      if (r < n && before(heap[r]!, candidate)) smallest = r;
      if (smallest === i) break;
      heap[i] = heap[smallest]!;
      i = smallest;
    }
    heap[i] = last;
  }
  return top;
}
