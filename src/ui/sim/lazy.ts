/**
 * Calls `load` once, when `el` comes within `margin` of the viewport (d3's deferRender idea), or at once when
 * IntersectionObserver is missing. Returns a function that cancels the wait.
 */
export function whenNear(el: Element, load: () => void, margin = '400px'): () => void {
  if (typeof IntersectionObserver !== 'function') {
    load();
    return () => {};
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        load();
      }
    },
    { rootMargin: margin },
  );
  io.observe(el);
  return () => io.disconnect();
}

/** Shows a widget's failure in its status element instead of leaving a dead widget. */
export function showLoadError(el: HTMLElement, error: unknown): void {
  const status = el.querySelector<HTMLElement>('[data-status]');
  const message = error instanceof Error ? error.message : String(error);
  el.dataset['ready'] = 'error';
  if (status) {
    status.textContent = `The simulator could not start: ${message}`;
    status.dataset['kind'] = 'error';
  }
  console.error(error);
}
