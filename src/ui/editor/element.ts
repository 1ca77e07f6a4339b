/**
 * `<ecs-taskdef-editor>`: the only editor code a page loads up front (budget ≤ 2 KB gzip). Until activation the
 * element is the server-rendered preview of the starting document; activation (the "Edit this task definition"
 * button, or clicking / pressing Enter on the preview) imports Monaco and mounts it.
 *
 * Warming: once the element is near the viewport (IntersectionObserver, generous rootMargin), the first sign of
 * intent (pointer over the editor, focus inside it, a touch) starts the download, so Monaco is usually ready by
 * the time the click lands, while a page merely scrolled past downloads nothing.
 */
type SessionModule = typeof import('./editorSession.ts');

let loading: Promise<SessionModule> | undefined;
/** Memoized import of the editor (and with it, Monaco). */
const load = (): Promise<SessionModule> => (loading ??= import('./editorSession.ts'));

class TaskDefEditorElement extends HTMLElement {
  private session: { dispose(): void } | undefined;
  private observer: IntersectionObserver | undefined;
  private activating = false;

  connectedCallback(): void {
    const activate = () => void this.activate();
    this.querySelector('[data-activate]')?.addEventListener('click', activate);
    const preview = this.querySelector<HTMLElement>('[data-preview]');
    preview?.addEventListener('click', activate);
    preview?.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate();
      }
    });
    const warm = () => void load().then((m) => m.prepareTaskDefEditor(), () => undefined);
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.observer?.disconnect();
        for (const type of ['pointerover', 'focusin', 'touchstart']) this.addEventListener(type, warm, { once: true, passive: true });
      },
      { rootMargin: '600px 0px' },
    );
    this.observer.observe(this);
    try {
      // A saved draft shows a note on the preview (CSS): the learner's version opens with the editor.
      if (localStorage.getItem(`ecs-course:taskdef-editor:${this.dataset['id']}`) !== null) this.dataset['draft'] = '';
    } catch {
      // storage disabled: no drafts either
    }
    this.dataset['ready'] = 'preview';
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.session?.dispose();
    this.session = undefined;
  }

  /** Loads Monaco and replaces the preview with the editor. */
  async activate(): Promise<void> {
    if (this.session || this.activating) return;
    this.activating = true;
    const button = this.querySelector<HTMLButtonElement>('[data-activate]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    this.setAttribute('aria-busy', 'true');
    if (status) status.textContent = 'Loading the editor…';
    try {
      const { mountTaskDefEditor } = await load();
      this.querySelector<HTMLElement>('[data-preview]')?.setAttribute('hidden', '');
      button?.setAttribute('hidden', '');
      if (status) status.textContent = '';
      this.session = mountTaskDefEditor(this);
      this.dataset['ready'] = 'true';
    } catch (e) {
      loading = undefined;
      if (status) status.textContent = `The editor could not be loaded (${e instanceof Error ? e.message : 'network error'}). The document above is still readable; try again.`;
    } finally {
      this.activating = false;
      this.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('ecs-taskdef-editor')) customElements.define('ecs-taskdef-editor', TaskDefEditorElement);
