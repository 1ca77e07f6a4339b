/**
 * Checkpoints for scrubbing back in time (raftscope's state.js): a snapshot every `interval` simulated
 * milliseconds, at most `capacity` of them (the oldest go first). Restoring one forks the run: the checkpoints
 * after it belong to an abandoned future and are dropped. Generic over the snapshot type, so it is Node-testable.
 */

/** One stored snapshot. */
export interface Checkpoint<S> {
  /** Simulated time of the snapshot, epoch ms. */
  t: number;
  snapshot: S;
}

/** Options of a checkpoint list. */
export interface CheckpointOptions<S = unknown> {
  /** Simulated ms between automatic checkpoints (default 30 s). */
  interval?: number;
  /** Most checkpoints kept (default 120: one hour at 30 s). */
  capacity?: number;
  /** Size of a snapshot (e.g. string length); with `budget`, old checkpoints go until the total fits. */
  weigh?: (snapshot: S) => number;
  /** Largest total size kept (default: unlimited). Big simulations keep fewer checkpoints instead of eating memory. */
  budget?: number;
}

/** A bounded, time-ordered list of checkpoints. */
export class Checkpoints<S> {
  readonly interval: number;
  readonly capacity: number;
  private readonly weigh: ((snapshot: S) => number) | undefined;
  private readonly budget: number;
  private items: Checkpoint<S>[] = [];

  constructor(options: CheckpointOptions<S> = {}) {
    this.interval = Math.max(1, options.interval ?? 30_000);
    this.capacity = Math.max(2, options.capacity ?? 120);
    this.weigh = options.weigh;
    this.budget = options.budget ?? Infinity;
  }

  /** The checkpoints, oldest first. */
  list(): readonly Checkpoint<S>[] {
    return this.items;
  }

  /** True when a checkpoint is due at time `t` (none yet, or `interval` passed since the last one). */
  due(t: number): boolean {
    const last = this.items[this.items.length - 1];
    return !last || t - last.t >= this.interval || t < last.t;
  }

  /** Stores a snapshot taken at `t`; takes it only when due unless `force`. Returns true when stored. */
  take(t: number, snapshot: () => S, force = false): boolean {
    if (!force && !this.due(t)) return false;
    const last = this.items[this.items.length - 1];
    if (last && t < last.t) this.forkAt(t); // time went back: drop the abandoned future
    if (last && last.t === t) this.items.pop(); // same moment: keep the newest state
    this.items.push({ t, snapshot: snapshot() });
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
    if (this.weigh) {
      let total = this.items.reduce((n, c) => n + this.weigh!(c.snapshot), 0);
      // Keep at least the newest one, whatever its size.
      while (total > this.budget && this.items.length > 1) total -= this.weigh(this.items.shift()!.snapshot);
    }
    return true;
  }

  /** Drops every checkpoint later than `t` (after a restore, the run continues from `t`). */
  forkAt(t: number): void {
    this.items = this.items.filter((c) => c.t <= t);
  }

  /** Forgets everything (Reset). */
  clear(): void {
    this.items = [];
  }
}
