/**
 * The simulator's view elements: <ecs-cluster-view>, <ecs-rolling-view>, <ecs-autoscaling-view>,
 * <ecs-lifecycle-view> and <ecs-fault-panel>. This module is all a page ships up front; each element loads its
 * renderer (D3 and the simulator) with `import()` when it nears the viewport, then redraws after every change
 * of the page's one simulation (while the clock runs, a view outside the viewport redraws at most once a second,
 * so its text equivalents stay current without costing every frame). `data-ready="true"` marks a usable widget.
 */
import { whenNear, showLoadError } from './lazy.ts';
import { offscreenThrottle } from './offscreen.ts';

/** What a renderer module exports. */
export interface ViewModule {
  mount(host: HTMLElement, controller: import('./controller.ts').SimController): { update(): void };
}

const RENDERERS: Record<string, () => Promise<ViewModule>> = {
  'ecs-cluster-view': () => import('./render/clusterView.ts'),
  'ecs-rolling-view': () => import('./render/rollingView.ts'),
  'ecs-autoscaling-view': () => import('./render/autoscalingView.ts'),
  'ecs-lifecycle-view': () => import('./render/lifecycleView.ts'),
  'ecs-fault-panel': () => import('./render/faultPanel.ts'),
};

for (const [tag, load] of Object.entries(RENDERERS)) {
  if (customElements.get(tag)) continue;
  customElements.define(
    tag,
    class extends HTMLElement {
      private cancel: (() => void) | undefined;
      private stop: (() => void) | undefined;
      private started = false;

      connectedCallback(): void {
        this.cancel = whenNear(this, () => void this.start());
      }

      disconnectedCallback(): void {
        this.cancel?.();
        this.stop?.();
      }

      private async start(): Promise<void> {
        if (this.started) return;
        this.started = true;
        try {
          const [{ getController }, view] = await Promise.all([import('./controller.ts'), load()]);
          const controller = await getController();
          if (!this.isConnected) return;
          const rendered = view.mount(this, controller);
          this.querySelector('[data-placeholder]')?.replaceChildren(); // "starts when the simulator loads"
          this.stop = controller.onRender(offscreenThrottle(this, controller, () => rendered.update()));
          this.dataset['ready'] = 'true';
        } catch (error) {
          this.started = false;
          showLoadError(this, error);
        }
      }
    },
  );
}
