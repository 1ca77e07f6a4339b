/**
 * Pacing while the clock plays. The page redraws every animation frame while time runs, but some work need not
 * follow at that rate: a view nobody can see (offscreen.ts), or the text equivalents of a view on screen (tables,
 * summaries, the live event log), which cost a layout per change and which no one reads 60 times a second; a
 * screen reader is better served by fewer, complete updates too.
 *
 * The paced function runs `fn` at most once per `intervalMs` of wall time while the clock plays, and always once
 * after the last call (trailing), so nothing stays stale. When the clock is stopped, or `unpaced()` says so, every
 * call runs at once, so a command's effect shows without delay.
 */
import type { SimController } from './controller.ts';

/** A paced function; `flush()` runs it now if a call is waiting. */
export interface Paced {
  (): void;
  flush(): void;
}

export function paceWhilePlaying(controller: Pick<SimController, 'playing'>, fn: () => void, intervalMs: number, unpaced: () => boolean = () => false): Paced {
  let last = -Infinity;
  let waiting = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    waiting = false;
    last = performance.now();
    fn();
  };
  const paced = () => {
    if (unpaced() || !controller.playing) return run();
    waiting = true;
    const wait = intervalMs - (performance.now() - last);
    if (wait <= 0) run();
    else timer ??= setTimeout(run, wait);
  };
  paced.flush = () => {
    if (waiting) run();
  };
  return paced;
}
