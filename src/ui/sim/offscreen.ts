/**
 * Redraw pacing for a view outside the viewport. While the clock runs, the page redraws every animation frame;
 * a view nobody can see then redraws at most once per `intervalMs` (its text equivalents, such as the aria-live
 * event log, stay at most that stale), and at once when it scrolls into view. When the clock is stopped every
 * change redraws at once, so a command's effect shows everywhere without delay.
 */
import type { SimController } from './controller.ts';

/** Wraps `update` for `host`; the result is what the host registers with `controller.onRender`. */
export function offscreenThrottle(host: Element, controller: Pick<SimController, 'playing'>, update: () => void, intervalMs = 1000): () => void {
  let visible = typeof IntersectionObserver !== 'function';
  let stale = false;
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const draw = () => {
    clearTimeout(timer);
    timer = undefined;
    stale = false;
    last = performance.now();
    update();
  };
  if (!visible) {
    new IntersectionObserver((entries) => {
      visible = entries.some((e) => e.isIntersecting);
      if (visible && stale) draw();
    }).observe(host);
  }
  return () => {
    if (visible || !controller.playing) return draw();
    stale = true;
    const wait = intervalMs - (performance.now() - last);
    if (wait <= 0) draw();
    else timer ??= setTimeout(draw, wait); // trailing: the last change is always drawn
  };
}
