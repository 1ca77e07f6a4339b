/**
 * Pacing while the clock plays (src/ui/sim/pacing.ts): what the views use to keep their text equivalents and
 * off-screen pictures from costing every frame, without ever leaving them stale.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { paceWhilePlaying } from '../../../src/ui/sim/pacing.ts';

describe('paceWhilePlaying', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  test('while playing, runs at most once per interval, and always once more after the last call', () => {
    const controller = { playing: true };
    const fn = vi.fn();
    const paced = paceWhilePlaying(controller, fn, 250);

    paced(); // the first call runs at once
    for (let frame = 0; frame < 10; frame++) {
      vi.advanceTimersByTime(16);
      paced();
    }
    expect(fn).toHaveBeenCalledTimes(1); // 160 ms of frames: still inside the interval

    vi.advanceTimersByTime(100); // the trailing run lands at 250 ms
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000); // no more calls, no more runs
    expect(fn).toHaveBeenCalledTimes(2);
  });

  test('when the clock is stopped, or unpaced says so, every call runs at once', () => {
    const controller = { playing: false };
    let visible = false;
    const fn = vi.fn();
    const paced = paceWhilePlaying(controller, fn, 1000, () => visible);

    paced();
    paced();
    expect(fn).toHaveBeenCalledTimes(2);

    controller.playing = true;
    visible = true;
    paced();
    paced();
    expect(fn).toHaveBeenCalledTimes(4);
  });

  test('flush runs a waiting call now (a view scrolled into sight), and nothing when none waits', () => {
    const controller = { playing: true };
    const fn = vi.fn();
    const paced = paceWhilePlaying(controller, fn, 1000);
    paced();
    paced(); // waits for the interval
    expect(fn).toHaveBeenCalledTimes(1);

    paced.flush();
    expect(fn).toHaveBeenCalledTimes(2);
    paced.flush();
    vi.advanceTimersByTime(2000); // the timer was cleared: no double run
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
