/**
 * Motion of a block on the canvas views: a move eases out from where the block is drawn now to its new place,
 * and a new block fades in where it belongs. Pure (times are passed in) so the easing is unit-tested; the canvas
 * samples it once per animation frame, and only while something still moves.
 */

/** How long a move or a fade-in takes (ms), like the 300 ms CSS transition the SVG blocks had. */
export const MOTION_MS = 300;

/** Where a block comes from and goes to, and since when. */
export interface Motion {
  fromX: number;
  fromY: number;
  toX: number;
  toY: number;
  /** When the current move started (ms, `performance.now()` clock). */
  movedAt: number;
  /** When the block appeared; it fades in from there. */
  bornAt: number;
}

/** A block as drawn at one instant. */
export interface MotionSample {
  x: number;
  y: number;
  opacity: number;
  /** False once the move and the fade are over: nothing left to animate. */
  moving: boolean;
}

/** Ease-out cubic: fast start, gentle arrival. `t` is clamped to 0…1. */
export function easeOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 1 - (1 - c) ** 3;
}

/** A block that appears at (x, y) at `now`; `animate` false (reduced motion) makes it appear fully drawn. */
export function appear(x: number, y: number, now: number, animate: boolean): Motion {
  const bornAt = animate ? now : -Infinity;
  return { fromX: x, fromY: y, toX: x, toY: y, movedAt: -Infinity, bornAt };
}

/** The block at `m` sent to (x, y) at `now`: it starts from where it is drawn at `now` (a move can be re-aimed mid-way). */
export function moveTo(m: Motion, x: number, y: number, now: number, animate: boolean): Motion {
  if (m.toX === x && m.toY === y) return m;
  if (!animate) return { ...m, fromX: x, fromY: y, toX: x, toY: y, movedAt: -Infinity };
  const at = sampleMotion(m, now);
  return { ...m, fromX: at.x, fromY: at.y, toX: x, toY: y, movedAt: now };
}

/** The block's motion with its move and fade finished (reduced motion switched on mid-way). */
export function settle(m: Motion): Motion {
  return { ...m, fromX: m.toX, fromY: m.toY, movedAt: -Infinity, bornAt: -Infinity };
}

/** Where and how opaque the block is drawn at `now`. */
export function sampleMotion(m: Motion, now: number, duration: number = MOTION_MS): MotionSample {
  const move = (now - m.movedAt) / duration;
  const fade = (now - m.bornAt) / duration;
  const k = easeOut(move);
  return {
    x: m.fromX + (m.toX - m.fromX) * k,
    y: m.fromY + (m.toY - m.fromY) * k,
    opacity: easeOut(fade),
    moving: move < 1 || fade < 1,
  };
}
