/**
 * The only editor code a page loads before activation: a few hundred bytes gzip (an editor page may load 4 KB
 * gzip of JS in all before activation, test/e2e/budget.spec.ts). Until activation each `<ecs-taskdef-editor>` is
 * the server-rendered preview; activation (the "Edit this task definition" button, a click on the preview, or
 * Enter on it) imports the editor, and with it Monaco, and mounts it.
 *
 * Warming: the first sign of intent (pointer over the editor, focus inside it, a touch) starts the download and
 * Monaco's JSON mode, so Monaco is usually ready when the click lands, while a page merely scrolled past
 * downloads nothing.
 */
const load = () => import('./editorSession.ts');

for (const el of document.querySelectorAll<HTMLElement>('ecs-taskdef-editor')) {
  const preview = el.querySelector('[data-preview]')!;
  const status = el.querySelector('[data-status]')!;
  let state: 'preview' | 'loading' | 'true' = 'preview';
  const activate = async (e: Event) => {
    const t = e.target as Element;
    if (state !== 'preview' || !(e.type === 'click' ? t.closest('[data-activate],[data-preview]') : (e as KeyboardEvent).key === 'Enter' && preview.contains(t))) return;
    state = 'loading';
    status.textContent = 'Loading the editor…';
    try {
      (await load()).mountTaskDefEditor(el);
      state = 'true';
    } catch {
      state = 'preview';
      status.textContent = 'The editor could not be loaded (network error?). The document above stays readable; try again.';
    }
    el.dataset['ready'] = state;
  };
  // The preview's <pre> (max-height, overflow: auto) is a tab stop so keyboard users can scroll it; one that
  // does not scroll needs no tab stop.
  const pre = preview.querySelector('pre');
  if (pre && pre.scrollHeight <= pre.clientHeight && pre.scrollWidth <= pre.clientWidth) pre.removeAttribute('tabindex');
  el.addEventListener('click', activate);
  el.addEventListener('keydown', activate);
  const warm = () => void load().then((m) => m.prepareTaskDefEditor(), () => {});
  for (const type of ['pointerover', 'focusin', 'touchstart']) el.addEventListener(type, warm, { once: true, passive: true });
  try {
    // A saved draft shows a note on the preview (CSS): the learner's version opens with the editor.
    if (localStorage.getItem('ecs-course:taskdef-editor:' + el.dataset['id']) !== null) el.dataset['draft'] = '';
  } catch {
    // storage disabled: no drafts either
  }
  el.dataset['ready'] = state;
}
