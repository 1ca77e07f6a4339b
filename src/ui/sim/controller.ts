/**
 * The page's simulation clock and memory, shared by every simulator widget on the page.
 *
 * - The loop (raftscope's script.js): `requestAnimationFrame` turns wall time into simulated time with a speed
 *   factor and calls `advance`. Nothing else moves time, so pictures are functions of simulated time and pause,
 *   step and scrub need no special cases in the views.
 * - Checkpoints every 30 simulated seconds (capped) let the learner scrub back; restoring one forks the run.
 *   They are saved per page (layout/savedCheckpoints.ts, within a storage budget), so scrubbing survives a reload.
 * - A small history of service samples (layout/samples.ts) feeds the timeline table and the step lines; it is kept
 *   in localStorage next to the store's snapshot so a reload keeps the whole run. While time plays, samples are
 *   taken every simulated second, whatever the frame rate, so the same run gives the same table.
 * - Views register with `onRender`; after any change (a command, a tick, a restore) they are called at most once
 *   per animation frame.
 */
import { getWidgetSimulation, resetInPlace, restoreInPlace, type SimState, type WidgetSimulation } from './engine.ts';
import { Checkpoints, type Checkpoint } from './layout/checkpoints.ts';
import { advanceRecording, recordSamples, sampleServices, truncateHistory, type History } from './layout/samples.ts';
import { decodeCheckpoints, encodeCheckpoints } from './layout/savedCheckpoints.ts';

/** Speeds offered by the time controls (simulated seconds per wall second). */
export const SPEEDS = [1, 2, 5, 10, 30, 60] as const;

/**
 * The longest wall-clock gap one frame may turn into simulated time: a background tab must not leap hours, and
 * a slow frame must not make the next one slower (a bigger step means more changes to simulate and draw, the
 * "spiral of death" of game loops). Below 10 frames a second the clock runs slower than the chosen speed.
 */
const MAX_FRAME_MS = 100;
const HISTORY_PREFIX = 'ecs-course:sim-history:';
const CHECKPOINTS_PREFIX = 'ecs-course:sim-checkpoints:';
/** Checkpoints cost at most about 1/CHECKPOINT_SHARE of the wall time while playing (one JSON.stringify each). */
const CHECKPOINT_SHARE = 50;

/** A view's render callback. */
export type RenderListener = (c: SimController) => void;

/** The page's clock, checkpoints and history. */
export class SimController {
  playing = false;
  speed = 10;
  /** Snapshots kept as JSON text: one stringify per checkpoint, parsed only when the learner restores one. */
  /** At most 120 (an hour at 30 s) and about 40 MB: a 400-task state is ~0.8 MB of JSON. */
  readonly checkpoints = new Checkpoints<string>({ interval: 30_000, capacity: 120, weigh: (s) => s.length, budget: 20_000_000 });
  history: History;
  /** The simulated time the run started at (first time this page saw it). */
  readonly startedAt: number;
  private readonly listeners = new Set<RenderListener>();
  private readonly playListeners = new Set<(playing: boolean) => void>();
  private dirty = true;
  /** Set after a restore: no automatic checkpoint (which would fork) until time moves. */
  private heldAt: number | undefined;
  private raf = 0;
  private lastFrame: number | undefined;
  private lastSaved = 0;
  private lastCheckpoint = -Infinity;
  /** Wall ms to wait between automatic checkpoints: grows with the cost of a snapshot (big states take longer). */
  private checkpointGap = 250;
  private checkpointsSaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Releases the store's save hold taken while playing (a 400-task save is a long frame). */
  private releaseSaves: (() => void) | undefined;

  constructor(readonly sim: WidgetSimulation) {
    this.history = loadHistory();
    const first = Object.values(this.history).flat().reduce((m, s) => Math.min(m, s.t), Infinity);
    this.startedAt = Number.isFinite(first) ? Math.min(first, this.now()) : this.now();
    sim.engine.subscribe(() => this.invalidate());
    // The checkpoints saved before a reload come back first, so the learner can still scrub back.
    for (const cp of loadCheckpoints(this.now())) this.checkpoints.take(cp.t, () => cp.snapshot, true);
    this.checkpoints.take(this.now(), () => this.snapshotText(), true);
    this.invalidate();
    // Saved when the page goes away, and a little after a pause, a command or a restore; never while playing
    // (a big state's checkpoints are megabytes of text and a write would stall the animation).
    addEventListener('pagehide', () => {
      saveHistory(this.history);
      saveCheckpoints(this.checkpoints.list());
    });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saveCheckpoints(this.checkpoints.list()));
  }

  /** The engine. */
  get engine() {
    return this.sim.engine;
  }

  /** Simulated time, epoch ms. */
  now(): number {
    return this.engine.now();
  }

  /** Registers a view; it is rendered once now and after every change. Returns the unregister function. */
  onRender(fn: RenderListener): () => void {
    this.listeners.add(fn);
    fn(this);
    return () => this.listeners.delete(fn);
  }

  /** Called with the new playing state whenever play/pause changes. */
  onPlayChange(fn: (playing: boolean) => void): () => void {
    this.playListeners.add(fn);
    return () => this.playListeners.delete(fn);
  }

  /** Starts the clock. */
  play(): void {
    if (this.playing) return;
    this.playing = true;
    this.lastFrame = undefined;
    this.releaseSaves = this.sim.page.holdSaves();
    this.emitPlay();
    this.schedule();
  }

  /** Stops the clock. */
  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.releaseSaves?.();
    this.releaseSaves = undefined;
    this.emitPlay();
    this.saveCheckpointsSoon();
  }

  /** Sets the speed factor (clamped to 1–60). */
  setSpeed(speed: number): void {
    this.speed = Math.min(60, Math.max(1, Number.isFinite(speed) ? speed : 1));
  }

  /** Advances to the next scheduled event; returns how far time moved (ms), or undefined when nothing is due. */
  stepToNextEvent(): number | undefined {
    const queue = this.engine.view().queue;
    if (!queue.length) return undefined;
    let next = Infinity;
    for (const e of queue) if (e.at < next) next = e.at;
    const delta = Math.max(0, next - this.now());
    this.engine.advance(delta);
    this.sim.page.changed();
    return delta;
  }

  /** Advances every active service to its steady state (30 simulated minutes at most each). */
  skipToSteady(): { services: number; reached: number; elapsedMs: number } {
    const start = this.now();
    let reached = 0;
    const services = Object.values(this.engine.view().services).filter((s) => s.status === 'ACTIVE');
    for (const s of services) if (this.engine.waitSteady(s.cluster, s.name, 30 * 60_000).reached) reached++;
    this.sim.page.changed();
    return { services: services.length, reached, elapsedMs: this.now() - start };
  }

  /** Restores checkpoint `index` (pausing first) and continues from there. */
  async restore(index: number): Promise<Checkpoint<string> | undefined> {
    const cp = this.checkpoints.list()[index];
    if (!cp) return undefined;
    this.pause();
    await restoreInPlace(this.sim, JSON.parse(cp.snapshot) as SimState);
    // Later checkpoints stay until time moves on from here, so the learner can still scrub forward again.
    this.heldAt = cp.t;
    truncateHistory(this.history, cp.t);
    this.saveCheckpointsSoon();
    this.invalidate();
    return cp;
  }

  /** Starts over from the scenario; forgets checkpoints and history. */
  async reset(): Promise<void> {
    this.pause();
    await resetInPlace(this.sim);
    this.checkpoints.clear();
    this.history = {};
    saveHistory(this.history);
    this.checkpoints.take(this.now(), () => this.snapshotText(), true);
    saveCheckpoints(this.checkpoints.list()); // at once: the old run's checkpoints must not come back
    this.invalidate();
  }

  /** Takes a checkpoint now (the terminal calls this before every command). */
  checkpointNow(): void {
    this.checkpoints.take(this.now(), () => this.snapshotText(), true);
    this.saveCheckpointsSoon();
  }

  /** Saves the checkpoints a little later (coalesced: a burst of commands costs one write). */
  private saveCheckpointsSoon(): void {
    this.checkpointsSaveTimer ??= setTimeout(() => {
      this.checkpointsSaveTimer = undefined;
      if (this.playing) return; // pause saves again
      saveCheckpoints(this.checkpoints.list());
    }, 1000);
  }

  /** The state as JSON text (the state is plain JSON, so this is an exact snapshot). */
  private snapshotText(): string {
    return JSON.stringify(this.engine.view());
  }

  /** Marks the views stale; they re-render on the next animation frame. */
  invalidate(): void {
    this.dirty = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.raf || typeof requestAnimationFrame !== 'function') return;
    this.raf = requestAnimationFrame((ts) => this.frame(ts));
  }

  private frame(ts: number): void {
    this.raf = 0;
    if (this.playing) {
      const wall = this.lastFrame === undefined ? 0 : Math.min(MAX_FRAME_MS, ts - this.lastFrame);
      this.lastFrame = ts;
      // Samples at every simulated second on the way, not once per frame (see advanceRecording). Notifies → dirty.
      if (wall > 0) advanceRecording(this.engine, this.history, wall * this.speed);
    }
    if (this.dirty) this.flush();
    if (this.playing) this.schedule();
  }

  private flush(): void {
    this.dirty = false;
    const engine = this.engine;
    // While the clock plays, the samples are taken on the simulated-second grid as time advances (frame());
    // a change while paused (a command, a step, a skip) is sampled at its own moment.
    if (!this.playing) recordSamples(this.history, sampleServices(engine.view()));
    // Automatic checkpoints: every 30 simulated s, but spaced in wall time by what a snapshot costs (at 60× a
    // snapshot every half second of a 400-task state would cost more than the pictures).
    const wallNow = performance.now();
    if (this.heldAt !== engine.now() && wallNow - this.lastCheckpoint > this.checkpointGap) {
      this.heldAt = undefined;
      if (this.checkpoints.take(engine.now(), () => this.snapshotText())) {
        this.lastCheckpoint = performance.now();
        this.checkpointGap = Math.max(250, CHECKPOINT_SHARE * (this.lastCheckpoint - wallNow));
      }
    }
    if (performance.now() - this.lastSaved > 1000) {
      this.lastSaved = performance.now();
      saveHistory(this.history);
    }
    for (const fn of this.listeners) {
      try {
        fn(this);
      } catch (error) {
        console.error('A simulator view failed to render:', error); // one broken view must not stop the others
      }
    }
  }

  private emitPlay(): void {
    for (const fn of this.playListeners) fn(this.playing);
  }
}

function historyKey(): string {
  return HISTORY_PREFIX + location.pathname;
}

function loadHistory(): History {
  try {
    const text = localStorage.getItem(historyKey());
    const parsed = text ? (JSON.parse(text) as unknown) : undefined;
    return parsed && typeof parsed === 'object' ? (parsed as History) : {};
  } catch {
    return {};
  }
}

function saveHistory(history: History): void {
  try {
    localStorage.setItem(historyKey(), JSON.stringify(history));
  } catch {
    // storage full or disabled: the timeline still works until the page is closed
  }
}

function checkpointsKey(): string {
  return CHECKPOINTS_PREFIX + location.pathname;
}

function loadCheckpoints(now: number) {
  try {
    return decodeCheckpoints(localStorage.getItem(checkpointsKey()), now);
  } catch {
    return []; // storage disabled
  }
}

function saveCheckpoints(list: Parameters<typeof encodeCheckpoints>[0]): void {
  try {
    localStorage.setItem(checkpointsKey(), encodeCheckpoints(list));
  } catch {
    // quota exceeded: better no saved checkpoints than a stale set that no longer matches the run
    try {
      localStorage.removeItem(checkpointsKey());
    } catch {
      // storage disabled
    }
  }
}

let pending: Promise<SimController> | undefined;

/** The page's controller (created with the simulation on first use). Browser only. */
export function getController(): Promise<SimController> {
  pending ??= getWidgetSimulation().then((sim) => new SimController(sim));
  pending.catch(() => (pending = undefined));
  return pending;
}
