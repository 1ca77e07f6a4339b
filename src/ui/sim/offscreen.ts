/**
 * Redraw pacing for a view outside the viewport. While the clock runs, the page redraws every animation frame;
 * a view nobody can see then redraws at most once per `intervalMs` (its text equivalents, such as the aria-live
 * event log, stay at most that stale), and at once when it scrolls into view. When the clock is stopped every
 * change redraws at once, so a command's effect shows everywhere without delay.
 */
import type { SimController } from './controller.ts';
import { paceWhilePlaying } from './pacing.ts';

/** Wraps `update` for `host`; the result is what the host registers with `controller.onRender`. */
export function offscreenThrottle(host: Element, controller: Pick<SimController, 'playing'>, update: () => void, intervalMs = 1000): () => void {
  let visible = typeof IntersectionObserver !== 'function';
  const paced = paceWhilePlaying(controller, update, intervalMs, () => visible);
  if (!visible) {
    new IntersectionObserver((entries) => {
      visible = entries.some((e) => e.isIntersecting);
      if (visible) paced.flush();
    }).observe(host);
  }
  return paced;
}
